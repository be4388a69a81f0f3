import { ConfigError, getConfig } from "./env";

/**
 * Runs once when a server starts. A production server with missing or bad configuration
 * stops here with a message naming each variable, instead of serving pages that fail one
 * by one (and it never falls back to the local emulator). In development the message is
 * printed and the server stays up, so the overlay can show it too.
 */
export function checkConfigAtStart(): void {
  // `next build` loads instrumentation as well; configuration is a runtime matter.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    if (process.env.NODE_ENV === "production") process.exit(1);
  }
}

import { ConfigError, getConfig, type AppConfig } from "./env";
import {
  DEMO_APP_ID,
  DEMO_APP_SECRET,
  DEVELOPMENT_SESSION_SECRET,
  isLoopbackUrl,
} from "./development-values";

/**
 * Runs once when a server starts. A production server with missing or bad configuration
 * stops here with a message naming each variable, instead of serving pages that fail one
 * by one (and it never falls back to the local emulator). In development the message is
 * printed and the server stays up, so the overlay can show it too.
 */
export function checkConfigAtStart(): void {
  // `next build` loads instrumentation as well; configuration is a runtime matter.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const production = process.env.NODE_ENV === "production";
  try {
    const config = getConfig();
    const problems = production ? developmentValuesInUse(config) : [];
    if (problems.length > 0) throw new ConfigError(problems);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    if (production) process.exit(1);
  }
}

/**
 * The repository's public development values, refused on a server others can reach. A
 * production build on a loopback APP_URL (the end-to-end tests, a local `npm start`) may
 * still use them against the emulator.
 */
export function developmentValuesInUse(config: AppConfig): string[] {
  if (isLoopbackUrl(config.appUrl)) return [];
  const problems: string[] = [];
  if (config.sessionSecrets.includes(DEVELOPMENT_SESSION_SECRET)) {
    problems.push(
      "SESSION_SECRET is the development value committed in .env.development: anyone could forge sessions with it. Generate your own with `openssl rand -base64 32`.",
    );
  }
  if (config.imgpro.secretKey === DEMO_APP_SECRET) {
    problems.push(
      "IMGPRO_SECRET_KEY is the local emulator's demo secret. Set the machine secret img.pro showed when you registered your app.",
    );
  }
  if (config.imgpro.appId === DEMO_APP_ID) {
    problems.push(
      "IMGPRO_APP_ID is the local emulator's demo app. Set your app's id from img.pro's Apps page.",
    );
  }
  return problems;
}

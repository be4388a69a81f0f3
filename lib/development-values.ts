import { DEMO_APP } from "@/emulator/demo-app";

/**
 * Values committed to the repository for local development: the session secret in
 * .env.development and the emulator's demo app. Anyone can read them, so a deployed app
 * that used them would have sessions anyone could forge and a "secret" anyone knows.
 */
export const DEVELOPMENT_SESSION_SECRET = "development-only-session-secret-change-me-0123456789";
export const DEMO_APP_ID = DEMO_APP.id;
export const DEMO_APP_SECRET = DEMO_APP.secret;

/** localhost, *.localhost, 127.0.0.0/8 and ::1: a server only its own machine can reach. */
export function isLoopbackUrl(url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return false;
  }
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    /^127(\.\d{1,3}){3}$/.test(hostname) ||
    hostname === "[::1]"
  );
}

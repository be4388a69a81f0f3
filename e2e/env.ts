import { site } from "../lib/site";

/**
 * Where end-to-end tests find the app and the emulator. Ports of their own, so a running
 * `npm run dev` (3000 and 4010) never collides with a test run; E2E_APP_PORT and
 * E2E_EMULATOR_PORT (with NEXT_DIST_DIR for the build) let two runs share a machine.
 */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4100);
export const APP_URL = `http://localhost:${APP_PORT}`;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
/**
 * The same build served a second time as a constrained deployment, like a serverless host:
 * a small request-body limit (UPLOAD_MAX_BYTES: in-browser re-encoding, refusals above it)
 * and short timeouts (IMGPRO_UPLOAD_TIMEOUT_MS and IMGPRO_TIMEOUT_MS: a hang ends in a message
 * within seconds). All are read at run time.
 */
export const CONSTRAINED_APP_PORT = APP_PORT + 2;
export const CONSTRAINED_APP_URL = `http://localhost:${CONSTRAINED_APP_PORT}`;
export const CONSTRAINED_UPLOAD_LIMIT = 2_000_000;
export const CONSTRAINED_UPLOAD_TIMEOUT_MS = 5_000;
export const CONSTRAINED_CALL_TIMEOUT_MS = 4_000;
/**
 * `next dev`, what a newcomer runs first, on a port of its own against the same emulator: the
 * dev project walks every page through it (e2e/dev/). Its own build folder, so a developer's
 * running `npm run dev` (which holds .next/dev) is not disturbed.
 */
export const DEV_APP_PORT = APP_PORT + 4;
export const DEV_APP_URL = `http://localhost:${DEV_APP_PORT}`;
export const DEV_DIST_DIR = `${process.env.NEXT_DIST_DIR || ".next"}-e2e-dev`;
/** The emulator's pre-registered demo app (emulator/demo-app.ts). */
export const DEMO_APP_ID = "a8o46yrk";
export const DEMO_APP_NAME = site.name;
/** The e2e servers' SESSION_SECRET: tests seal forged and expired cookies with it. */
export const E2E_SESSION_SECRET = "e2e-session-secret-0123456789-abcdefghijklmnop";

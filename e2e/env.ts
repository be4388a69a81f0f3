/**
 * Where end-to-end tests find the app and the emulator. Ports of their own, so a running
 * `npm run dev` (3000 and 4010) never collides with a test run; E2E_APP_PORT and
 * E2E_EMULATOR_PORT (with NEXT_DIST_DIR for the build) let two runs share a machine.
 */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4100);
export const APP_URL = `http://localhost:${APP_PORT}`;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
/** The emulator's pre-registered demo app (emulator/demo-app.ts). */
export const DEMO_APP_ID = "a8o46yrk";
export const DEMO_APP_NAME = "Photo Shelf";

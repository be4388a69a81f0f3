import path from "node:path";
import { portInUseMessage } from "../scripts/port-free";
import { startEmulator, type RunningEmulator } from "./server";

/**
 * `npm run emulator`: the local img.pro on http://127.0.0.1:4010.
 *   EMULATOR_PORT, EMULATOR_HOST        where to listen
 *   EMULATOR_PUBLIC_URL                 the origin it hands out in URLs (default http://HOST:PORT)
 *   EMULATOR_MEMORY=1                   keep nothing on disk (tests)
 *   EMULATOR_DATA_DIR                   where state persists (default .emulator-data)
 *   EMULATOR_REDIRECT_URIS              extra redirect URIs for the demo app, comma-separated
 *   EMULATOR_RATE_LIMIT                 API requests per minute per app (default 1200)
 */
const port = Number(process.env.EMULATOR_PORT ?? 4010);
const host = process.env.EMULATOR_HOST ?? "127.0.0.1";
const memory = ["1", "true"].includes(process.env.EMULATOR_MEMORY ?? "");
const dataDir = memory ? null : path.resolve(process.env.EMULATOR_DATA_DIR ?? ".emulator-data");

const running: RunningEmulator = await startEmulator({
  port,
  host,
  publicUrl: process.env.EMULATOR_PUBLIC_URL,
  dataDir,
  extraRedirectUris: (process.env.EMULATOR_REDIRECT_URIS ?? "")
    .split(",")
    .map((uri) => uri.trim())
    .filter(Boolean),
  rateLimitPerMinute: process.env.EMULATOR_RATE_LIMIT
    ? Number(process.env.EMULATOR_RATE_LIMIT)
    : undefined,
}).catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
  console.error(portInUseMessage(port, "the img.pro emulator"));
  process.exit(1);
});

console.log(`img.pro emulator on ${running.url} (${dataDir ? `data in ${dataDir}` : "in memory"})`);
console.log(`  hosted login: ${running.url}/connect   dev inbox: ${running.url}/__emulator/inbox`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    process.exit(0);
  });
}

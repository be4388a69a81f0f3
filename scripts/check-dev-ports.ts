import { portInUseMessage, portIsFree } from "./port-free";

/**
 * Before `npm run dev`: the app's port and the emulator's must be free. Otherwise next dev
 * quietly moves to another port, where img.pro's redirect back to APP_URL cannot reach it,
 * and the emulator would stop with a stack trace.
 */
const ports = [
  { port: 3000, what: "the app" },
  { port: Number(process.env.EMULATOR_PORT ?? 4010), what: "the img.pro emulator" },
];

let taken = false;
for (const { port, what } of ports) {
  if (await portIsFree(port)) continue;
  console.error(portInUseMessage(port, what));
  taken = true;
}
process.exit(taken ? 1 : 0);

import { createServer } from "node:net";

/** Whether nothing listens on `port` (on any address, as `next dev` and the emulator bind). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)));
    probe.listen({ port, exclusive: true });
  });
}

/** What to tell someone whose port is taken, most likely by a running `npm run dev`. */
export function portInUseMessage(port: number, what: string): string {
  return (
    `Port ${port} (${what}) is already in use, most likely by an \`npm run dev\` still running ` +
    `in another terminal. Stop that one (Ctrl-C there), or find what holds the port with ` +
    `\`lsof -i :${port}\`, then run \`npm run dev\` again.`
  );
}

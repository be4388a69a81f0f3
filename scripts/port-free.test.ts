import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { portInUseMessage, portIsFree } from "./port-free";

describe("portIsFree", () => {
  it("tells a port something listens on from a free one", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    expect(await portIsFree(port)).toBe(false);
    await new Promise((resolve) => server.close(resolve));
    expect(await portIsFree(port)).toBe(true);
  });

  it("says what to do, naming the port", () => {
    expect(portInUseMessage(3000, "the app")).toMatch(/Port 3000 .*npm run dev.*Ctrl-C/);
  });
});

import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { useEmulator } from "./harness";
import { png, type ErrorBody } from "./media-fixtures";

describe("error.type in the error envelope", () => {
  const emulator = useEmulator();

  const typeOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

  it("401 is authentication_error", async () => {
    const user = (await emulator.createUser()).id;
    for (const secret of [null, "img_sk_live_wrong"]) {
      const response = await emulator.api("GET", "/v1/media", { user, secret });
      expect(response.status).toBe(401);
      expect(await typeOf(response)).toMatchObject({
        type: "authentication_error",
        code: "unauthorized",
      });
    }
  });

  it("429 is rate_limit_error", async () => {
    const user = (await emulator.createUser()).id;
    await emulator.control("POST", "/config", { rate_limit_per_minute: 1 });
    await emulator.api("GET", "/v1/usage", { user });
    const limited = await emulator.api("GET", "/v1/usage", { user });
    expect(limited.status).toBe(429);
    expect(await typeOf(limited)).toMatchObject({ type: "rate_limit_error", code: "rate_limited" });
  });

  it("409 conflict and in-progress are idempotency_error; an over-long key is invalid_request_error", async () => {
    const user = (await emulator.createUser()).id;
    // An import source that answers only when released, so the first request is surely running.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached = () => {};
    const fetching = new Promise<void>((resolve) => (reached = resolve));
    const bytes = await png(20, 20);
    const source = createServer((_request, response: ServerResponse) => {
      reached();
      void held.then(() => response.writeHead(200, { "content-type": "image/png" }).end(bytes));
    });
    await new Promise<void>((resolve) => source.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(source.address() as AddressInfo).port}/slow.png`;
    const headers = { "idempotency-key": "import-1" };
    try {
      const first = emulator.api("POST", "/v1/import", { user, json: { url }, headers });
      await fetching;
      const busy = await emulator.api("POST", "/v1/import", { user, json: { url }, headers });
      expect(busy.status).toBe(409);
      expect(await typeOf(busy)).toMatchObject({
        type: "idempotency_error",
        code: "idempotency_key_in_progress",
      });
      release();
      expect((await first).status).toBe(201);
      const conflict = await emulator.api("POST", "/v1/import", {
        user,
        json: { url, description: "different" },
        headers,
      });
      expect(conflict.status).toBe(409);
      expect(await typeOf(conflict)).toMatchObject({
        type: "idempotency_error",
        code: "idempotency_key_conflict",
      });
      const tooLong = await emulator.api("POST", "/v1/import", {
        user,
        json: { url },
        headers: { "idempotency-key": "k".repeat(256) },
      });
      expect(tooLong.status).toBe(422);
      expect(await typeOf(tooLong)).toMatchObject({
        type: "invalid_request_error",
        code: "validation_error",
      });
    } finally {
      release();
      source.closeAllConnections();
      await new Promise<void>((resolve) => source.close(() => resolve()));
    }
  });
});

import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { monthKey } from "../api/usage";
import { workspaceKey } from "../state";
import { DEMO_APP, errorCode, useEmulator } from "./harness";
import { jpeg, png, solid, upload, type ErrorBody } from "./media-fixtures";

/** What POST /v1/images refuses, and what it does on a retry. */
describe("POST /v1/images: refusals and retries", () => {
  const emulator = useEmulator();
  const idOf = async (response: Response) => ((await response.json()) as { id: string }).id;

  it("decodes for real: a truncated JPEG and a TIFF are 422, not stored", async () => {
    const user = await emulator.createUser();
    const whole = await jpeg(300, 200);
    const tiff = await solid(30, 20).tiff().toBuffer();
    for (const bytes of [whole.subarray(0, Math.floor(whole.length / 2)), tiff]) {
      const response = await upload(emulator, user.id, bytes);
      expect(response.status).toBe(422);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe("validation_error");
      expect(body.error.details?.file).toEqual(expect.any(String));
    }
    expect(Object.keys(emulator.emu.store.state.images)).toHaveLength(0);
  });

  it("answers 403 quota_exceeded with an upgrade action when the month's uploads are used", async () => {
    const user = await emulator.createUser();
    const workspace = emulator.emu.store.state.workspaces[workspaceKey(DEMO_APP.id, user.id)]!;
    workspace.usage = { month: monthKey(emulator.emu.now()), uploads: 100 };
    const response = await upload(emulator, user.id, await jpeg());
    expect(response.status).toBe(403);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toMatchObject({ type: "quota_error", code: "quota_exceeded" });
    expect(body.error.action).toMatchObject({
      type: "upgrade",
      url: expect.stringMatching(/^http/),
    });
    expect(Object.keys(emulator.emu.store.state.images)).toHaveLength(0);
    expect(workspace.usage.uploads).toBe(100);
  });

  it("replays an Idempotency-Key with the same request and rejects a different one", async () => {
    const user = await emulator.createUser();
    const bytes = await jpeg();
    const headers = { "idempotency-key": "upload-1" };
    const send = (fields: Record<string, string>) =>
      upload(emulator, user.id, bytes, { headers, fields });
    const first = await send({ caption: "one" });
    const second = await send({ caption: "one" });
    expect([first.status, second.status]).toEqual([201, 201]);
    const id = await idOf(first);
    expect(await idOf(second)).toBe(id);
    expect(Object.keys(emulator.emu.store.state.images)).toEqual([id]);
    const conflict = await send({ caption: "two" });
    expect(conflict.status).toBe(409);
    expect(await errorCode(conflict)).toBe("idempotency_key_conflict");
    const otherFile = await upload(emulator, user.id, await png(), {
      headers,
      fields: { caption: "one" },
    });
    expect(otherFile.status).toBe(409);
  });

  it("answers 409 idempotency_key_in_progress, with Retry-After, while the key's first request runs", async () => {
    const user = await emulator.createUser();
    const bytes = await jpeg(400, 300);
    const headers = { "idempotency-key": "upload-busy" };
    // Hold the first upload where it stores the original, so the second surely meets it running.
    const blobs = emulator.emu.blobs;
    const put = blobs.put.bind(blobs);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let reached = () => {};
    const storing = new Promise<void>((resolve) => (reached = resolve));
    const hold = vi.spyOn(blobs, "put").mockImplementationOnce(async (key, value) => {
      reached();
      await released;
      return put(key, value);
    });
    const first = upload(emulator, user.id, bytes, { headers });
    await storing;
    const busy = await upload(emulator, user.id, bytes, { headers });
    expect(busy.status).toBe(409);
    expect(await errorCode(busy)).toBe("idempotency_key_in_progress");
    expect(busy.headers.get("retry-after")).toBe("1");
    release();
    const created = await first;
    expect(created.status).toBe(201);
    hold.mockRestore();
    // Once the first has finished, the same request again is its replay, not a second image.
    const retried = await upload(emulator, user.id, bytes, { headers });
    expect(retried.status).toBe(201);
    expect(await idOf(retried)).toBe(await idOf(created));
    expect(Object.keys(emulator.emu.store.state.images)).toHaveLength(1);
  });

  it("refuses an Idempotency-Key over 255 characters (its own limit: img.pro names none)", async () => {
    const user = await emulator.createUser();
    const bytes = await jpeg();
    const tooLong = await upload(emulator, user.id, bytes, {
      headers: { "idempotency-key": "k".repeat(256) },
    });
    expect(tooLong.status).toBe(422);
    expect(((await tooLong.json()) as ErrorBody).error.details).toHaveProperty("Idempotency-Key");
    expect(Object.keys(emulator.emu.store.state.images)).toHaveLength(0);
    const longest = await upload(emulator, user.id, bytes, {
      headers: { "idempotency-key": "k".repeat(255) },
    });
    expect(longest.status).toBe(201);
  });

  it("returns the existing image for a known external_id: 200, X-Deduplicated, nothing counted", async () => {
    const user = await emulator.createUser();
    const fields = { external_id: "post-42" };
    const first = await upload(emulator, user.id, await jpeg(), { fields });
    expect(first.status).toBe(201);
    const again = await upload(emulator, user.id, await png(), { fields });
    expect(again.status).toBe(200);
    expect(again.headers.get("x-deduplicated")).toBe("true");
    expect(await idOf(again)).toBe(await idOf(first));
    expect(again.headers.get("x-monthly-uploads-used")).toBe("1");
    const other = await emulator.createUser();
    expect((await upload(emulator, other.id, await jpeg(), { fields })).status).toBe(201);
  });

  it("creates one image when concurrent uploads share an external_id", async () => {
    const user = await emulator.createUser();
    const bytes = await jpeg(400, 300);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        upload(emulator, user.id, bytes, { fields: { external_id: "same" } }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(await Promise.all(responses.map(idOf))).size).toBe(1);
    expect(Object.keys(emulator.emu.store.state.images)).toHaveLength(1);
  });

  it("keeps the image's real pixels (the stored original is the uploaded file)", async () => {
    const user = await emulator.createUser();
    const bytes = await png(33, 21);
    const id = await idOf(await upload(emulator, user.id, bytes));
    const stored = await emulator.emu.blobs.get(`originals/${id}`);
    expect(stored?.equals(bytes)).toBe(true);
    expect((await sharp(stored!).metadata()).width).toBe(33);
  });
});

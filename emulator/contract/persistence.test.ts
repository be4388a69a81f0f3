import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DEMO_APP } from "../demo-app";
import { startEmulator } from "../server";

describe("state on disk", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "imgpro-emulator-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const headers = (user: string) => ({
    authorization: `Bearer ${DEMO_APP.secret}`,
    "x-img-user": user,
  });

  it("keeps users, images and their bytes across a restart, written atomically", async () => {
    const first = await startEmulator({ port: 0, dataDir });
    const user = (await (
      await fetch(`${first.url}/__emulator/users`, {
        method: "POST",
        body: JSON.stringify({ email: "keep@example.com" }),
      })
    ).json()) as { id: string };
    const form = new FormData();
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#369" } })
      .jpeg()
      .toBuffer();
    form.append("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "kept.jpg");
    const created = (await (
      await fetch(`${first.url}/v1/images`, {
        method: "POST",
        headers: headers(user.id),
        body: form,
      })
    ).json()) as { id: string; url: string };
    await first.close();
    // Only the finished file remains: no temporary file left behind by the atomic write.
    expect(readdirSync(dataDir).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    const second = await startEmulator({ port: 0, dataDir });
    try {
      const media = await fetch(`${second.url}/v1/media/${created.id}`, {
        headers: headers(user.id),
      });
      expect(media.status).toBe(200);
      expect(await media.json()).toMatchObject({
        id: created.id,
        name: "kept.jpg",
        width: 64,
        height: 48,
      });
      const original = await fetch(`${second.url}${new URL(created.url).pathname}`);
      expect(original.status).toBe(200);
      expect(Buffer.from(await original.arrayBuffer()).equals(jpeg)).toBe(true);
    } finally {
      await second.close();
    }
  });
});

describe("saved data from another version", () => {
  const parent = mkdtempSync(path.join(tmpdir(), "imgpro-emulator-stale-"));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it.each([
    ["an older version", JSON.stringify({ version: 0, users: [] })],
    ["a damaged file", "{ not json"],
  ])("starts empty on %s, and keeps the old folder beside it", async (_, contents) => {
    const dataDir = path.join(parent, `data-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, "state.json"), contents);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const emulator = await startEmulator({ port: 0, dataDir });
    try {
      expect((await fetch(`${emulator.url}/__emulator/health`)).status).toBe(200);
      const exchange = await fetch(`${emulator.url}/v1/usage`, {
        headers: { authorization: `Bearer ${DEMO_APP.secret}` },
      });
      expect(exchange.status, "the demo app is registered again").not.toBe(401);
      const kept = readdirSync(parent).filter((name) =>
        name.startsWith(`${path.basename(dataDir)}.old-`),
      );
      expect(kept).toHaveLength(1);
      expect(readFileSync(path.join(parent, kept[0] as string, "state.json"), "utf8")).toBe(
        contents,
      );
      expect(warn.mock.calls[0]?.[0]).toMatch(/another version .* moved to .* starts empty/);
    } finally {
      warn.mockRestore();
      await emulator.close();
    }
  });
});

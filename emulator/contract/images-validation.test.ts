import { describe, expect, it } from "vitest";
import { useEmulator } from "./harness";
import { form, jpeg, pngOfSize, svg, upload, type ErrorBody } from "./media-fixtures";

/** Upload validation, the same on /v1/images and /v1/upload (one shared pipeline). */
describe("upload validation", () => {
  const emulator = useEmulator();

  async function rejected(response: Response): Promise<Record<string, string | string[]>> {
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toMatchObject({ type: "invalid_request_error", code: "validation_error" });
    return body.error.details ?? {};
  }

  it("rejects an empty file", async () => {
    const user = await emulator.createUser();
    const details = await rejected(await upload(emulator, user.id, Buffer.alloc(0)));
    expect(details.file).toMatch(/empty/i);
  });

  it("rejects an HTML page renamed .png, whatever its Content-Type", async () => {
    const user = await emulator.createUser();
    const html = Buffer.from("<!doctype html><html><body><svg></svg>hello</body></html>");
    for (const path of ["/v1/images", "/v1/upload"]) {
      const response = await upload(emulator, user.id, html, {
        name: "cat.png",
        type: "image/png",
        path,
      });
      expect((await rejected(response)).file).toMatch(/not a supported image/);
    }
  });

  it("rejects 70,000,001 bytes and accepts exactly 70,000,000 (MB read as decimal)", async () => {
    const user = await emulator.createUser();
    const exact = await pngOfSize(70_000_000);
    expect(exact.length).toBe(70_000_000);
    const over = Buffer.concat([exact, Buffer.alloc(1)]);
    const details = await rejected(await upload(emulator, user.id, over, { name: "big.png" }));
    expect(details.file).toMatch(/70,000,000 bytes/);
    const accepted = await upload(emulator, user.id, exact, { name: "big.png" });
    expect(accepted.status).toBe(201);
    expect(((await accepted.json()) as { bytes: number }).bytes).toBe(70_000_000);
  }, 60_000);

  it("limits SVG to 10,000,000 bytes", async () => {
    const user = await emulator.createUser();
    const over = svg(100, 50, 10_000_001);
    expect(over.length).toBe(10_000_001);
    const details = await rejected(await upload(emulator, user.id, over, { name: "big.svg" }));
    expect(details.file).toMatch(/SVG.*10,000,000 bytes/);
    const fits = svg(100, 50, 10_000_000);
    expect((await upload(emulator, user.id, fits, { name: "fits.svg" })).status).toBe(201);
  });

  it("requires the file", async () => {
    const user = await emulator.createUser();
    const response = await emulator.api("POST", "/v1/upload", {
      user: user.id,
      body: form(null, { caption: "no file" }),
    });
    expect(Object.keys(await rejected(response))).toEqual(["file"]);
  });

  it("checks tags, namespace, public, date and metadata, naming each field", async () => {
    const user = await emulator.createUser();
    const bytes = await jpeg();
    const cases: [Record<string, string>, string][] = [
      [{ tags: Array.from({ length: 11 }, (_, index) => `t${index}`).join(",") }, "tags"],
      [{ tags: `ok,${"x".repeat(51)}` }, "tags"],
      [{ namespace: "Has-Caps" }, "namespace"],
      [{ namespace: "a" }, "namespace"],
      [{ namespace: "x".repeat(65) }, "namespace"],
      [{ namespace: "under_score" }, "namespace"],
      [{ public: "yes" }, "public"],
      [{ date: "next tuesday" }, "date"],
      [{ metadata: "{not json" }, "metadata"],
      [{ metadata: "[1,2]" }, "metadata"],
    ];
    for (const [fields, field] of cases) {
      const details = await rejected(await upload(emulator, user.id, bytes, { fields }));
      expect(Object.keys(details), JSON.stringify(fields)).toEqual([field]);
    }
    expect(Object.keys(emulator.emu.store.state.images)).toHaveLength(0);
  });

  it("accepts the limits exactly: 10 tags of 50 characters, a 64-character namespace", async () => {
    const user = await emulator.createUser();
    const tags = Array.from({ length: 10 }, (_, index) => `${index}`.padEnd(50, "x"));
    const response = await upload(emulator, user.id, await jpeg(), {
      path: "/v1/upload",
      fields: { tags: tags.join(","), namespace: "n".repeat(64) },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ tags, namespace: "n".repeat(64) });
  });

  it("rejects a JSON import whose metadata holds an object", async () => {
    const user = await emulator.createUser();
    const response = await emulator.api("POST", "/v1/images", {
      user: user.id,
      json: { url: "http://127.0.0.1:9/x.png", metadata: { nested: { no: true } } },
    });
    expect(Object.keys(await rejected(response))).toEqual(["metadata.nested"]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useEmulator } from "./harness";
import { jpeg, png, serveFiles, upload, type ErrorBody, type MediaObject } from "./media-fixtures";

describe("App API uploads are always public", () => {
  const emulator = useEmulator();
  let source: Awaited<ReturnType<typeof serveFiles>>;
  beforeAll(async () => {
    source = await serveFiles({ "/a.png": { body: await png(20, 20), type: "image/png" } });
  });
  afterAll(() => source.close());

  it("ignores public=false on /v1/images, /v1/upload and /v1/import", async () => {
    const user = (await emulator.createUser()).id;
    const image = await upload(emulator, user, await jpeg(), { fields: { public: "false" } });
    expect(image.status).toBe(201);
    const created = (await image.json()) as { id: string; public: boolean; published_at: string };
    expect(created).toMatchObject({ public: true, published_at: expect.any(String) });

    const media = await upload(emulator, user, await jpeg(), {
      path: "/v1/upload",
      fields: { public: "false" },
    });
    expect(media.status).toBe(201);
    const uploaded = (await media.json()) as MediaObject;
    expect(uploaded.url).toBe(`${emulator.url}/${uploaded.id}`);

    const imported = await emulator.api("POST", "/v1/import", {
      user,
      json: { url: `${source.url}/a.png`, public: false },
    });
    expect(imported.status).toBe(201);
    const fromUrl = (await imported.json()) as MediaObject;
    expect(fromUrl.url).toBe(`${emulator.url}/${fromUrl.id}`);

    for (const id of [created.id, uploaded.id, fromUrl.id]) {
      expect(emulator.emu.store.state.images[id]?.public, id).toBe(true);
      expect((await fetch(`${emulator.url}/${id}`)).status, id).toBe(200);
    }
  });

  it("still refuses a public value that is neither true nor false", async () => {
    const user = (await emulator.createUser()).id;
    const response = await upload(emulator, user, await jpeg(), {
      path: "/v1/upload",
      fields: { public: "no" },
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as ErrorBody).error.details).toHaveProperty("public");
  });

  it("lets PATCH make an image private afterwards (the API Reference's public toggle)", async () => {
    const user = (await emulator.createUser()).id;
    const media = (await (
      await upload(emulator, user, await jpeg(), { path: "/v1/upload" })
    ).json()) as MediaObject;
    const hidden = await emulator.api("PATCH", `/v1/media/${media.id}`, {
      user,
      json: { public: false },
    });
    expect(await hidden.json()).not.toHaveProperty("url");
    expect((await fetch(`${emulator.url}/${media.id}`)).status).toBe(404);
  });

  it("serves GET /v1/media/:id of public media without a key; private and unknown are 404", async () => {
    const user = (await emulator.createUser()).id;
    const media = (await (
      await upload(emulator, user, await jpeg(), {
        path: "/v1/upload",
        fields: { description: "shared", tags: "a" },
      })
    ).json()) as MediaObject;
    const read = await emulator.api("GET", `/v1/media/${media.id}`, { secret: null });
    expect(read.status).toBe(200);
    // The owner's view, less `editable`: a caller without a key cannot edit it.
    const { editable, ...shared } = media;
    expect(editable).toBe(true);
    expect(await read.json()).toEqual(shared);
    expect(read.headers.get("x-monthly-uploads-used")).toBeNull();

    await emulator.api("PATCH", `/v1/media/${media.id}`, { user, json: { public: false } });
    for (const id of [media.id, "zzzzzzzz"]) {
      const response = await emulator.api("GET", `/v1/media/${id}`, { secret: null });
      expect(response.status, id).toBe(404);
      const body = (await response.json()) as ErrorBody;
      expect(body.error).toMatchObject({ type: "invalid_request_error", code: "not_found" });
    }
    // Writes still need the key.
    for (const method of ["PATCH", "DELETE"]) {
      const response = await emulator.api(method, `/v1/media/${media.id}`, {
        secret: null,
        json: {},
      });
      expect(response.status, method).toBe(401);
    }
  });
});

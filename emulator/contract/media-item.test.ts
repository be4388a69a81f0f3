import { describe, expect, it } from "vitest";
import { errorCode, useEmulator } from "./harness";
import { jpeg, uploadMedia, type ErrorBody, type MediaObject } from "./media-fixtures";

describe("GET, PATCH and DELETE /v1/media/:id", () => {
  const emulator = useEmulator();

  const get = (user: string, id: string) => emulator.api("GET", `/v1/media/${id}`, { user });
  const patch = (user: string, id: string, json: unknown) =>
    emulator.api("PATCH", `/v1/media/${id}`, { user, json });

  it("gets one media item, and 404 not_found for an unknown id", async () => {
    const user = (await emulator.createUser()).id;
    const created = await uploadMedia(emulator, user, { description: "x" });
    const response = await get(user, created.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(created);
    const missing = await get(user, "zzzzzzzz");
    expect(missing.status).toBe(404);
    expect(await errorCode(missing)).toBe("not_found");
  });

  it("merges a PATCH: sets, replaces tags, removes custom fields with null, ignores reserved names", async () => {
    const user = (await emulator.createUser()).id;
    const created = await uploadMedia(emulator, user, {
      description: "old",
      camera: "X100",
      tags: "a,b",
      namespace: "first",
    });
    const response = await patch(user, created.id, {
      name: "new-name.jpg",
      date: "2024-02-03",
      tags: [" Featured ", "NEW"],
      namespace: "second-ns",
      description: "Updated caption",
      camera: null,
      alt_text: "A vivid sunset",
      rating: 4,
      approved: true,
      id: "hijacked",
      src: "https://evil.example/x.jpg",
      width: 1,
      filesize: 2,
      created_at: 3,
      editable: false,
      sizes: {},
    });
    expect(response.status).toBe(200);
    const updated = (await response.json()) as MediaObject;
    expect(updated).toEqual({
      ...created,
      name: "new-name.jpg",
      date: "2024-02-03",
      tags: ["featured", "new"],
      namespace: "second-ns",
      description: "Updated caption",
      alt_text: "A vivid sunset",
      rating: 4,
      approved: true,
      camera: undefined,
    });
    expect(updated).not.toHaveProperty("camera");
    expect(await (await get(user, created.id)).json()).toEqual(updated);
  });

  it("toggles public (the viewer url comes and goes) and clears namespace, date and tags", async () => {
    const user = (await emulator.createUser()).id;
    const created = await uploadMedia(emulator, user, {
      namespace: "ns",
      date: "2024-01-01",
      tags: "t",
    });
    const hidden = (await (await patch(user, created.id, { public: false })).json()) as MediaObject;
    expect(hidden).not.toHaveProperty("url");
    const cleared = (await (
      await patch(user, created.id, { public: true, namespace: null, date: null, tags: [] })
    ).json()) as MediaObject;
    expect(cleared.url).toBe(`${emulator.url}/${created.id}`);
    for (const field of ["namespace", "date", "tags"]) expect(cleared).not.toHaveProperty(field);
  });

  it("rejects wrong types with per-field details and changes nothing", async () => {
    const user = (await emulator.createUser()).id;
    const created = await uploadMedia(emulator, user, { description: "keep" });
    const response = await patch(user, created.id, {
      description: "would change",
      name: 42,
      tags: "a,b",
      public: "false",
      namespace: "Bad Namespace",
      date: "soon",
      external_id: ["x"],
      nested: { a: 1 },
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("validation_error");
    expect(Object.keys(body.error.details ?? {}).sort()).toEqual(
      ["name", "tags", "public", "namespace", "date", "external_id", "nested"].sort(),
    );
    expect(await (await get(user, created.id)).json()).toEqual(created);
    const tooMany = await patch(user, created.id, {
      tags: Array.from({ length: 11 }, (_, i) => `t${i}`),
    });
    expect(tooMany.status).toBe(422);
    const notObject = await patch(user, created.id, [1, 2]);
    expect(notObject.status).toBe(422);
  });

  it("keeps external_id unique in the workspace: 409 external_id_duplicate", async () => {
    const user = (await emulator.createUser()).id;
    const a = await uploadMedia(emulator, user, { external_id: "one" });
    const b = await uploadMedia(emulator, user);
    const clash = await patch(user, b.id, { external_id: "one" });
    expect(clash.status).toBe(409);
    expect(await errorCode(clash)).toBe("external_id_duplicate");
    expect((await patch(user, a.id, { external_id: "one" })).status).toBe(200);
    expect((await patch(user, b.id, { external_id: "two" })).status).toBe(200);
  });

  it("deletes with 204, removing the original and every cached variant", async () => {
    const user = (await emulator.createUser()).id;
    const created = await uploadMedia(emulator, user, {}, await jpeg(800, 600));
    const variant = await fetch(`${created.src}?size=s&format=webp`);
    expect(variant.status).toBe(200);
    const blobs = emulator.emu.blobs;
    expect(await blobs.get(`originals/${created.id}`)).not.toBeNull();
    expect(await blobs.get(`variants/${created.id}/s.webp`)).not.toBeNull();
    const response = await emulator.api("DELETE", `/v1/media/${created.id}`, { user });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(await blobs.get(`originals/${created.id}`)).toBeNull();
    expect(await blobs.get(`variants/${created.id}/s.webp`)).toBeNull();
    expect((await get(user, created.id)).status).toBe(404);
    expect((await fetch(created.src)).status).toBe(404);
    const again = await emulator.api("DELETE", `/v1/media/${created.id}`, { user });
    expect(again.status).toBe(404);
    expect(await errorCode(again)).toBe("not_found");
  });

  it("never reaches another user's or another app's image: 404 on get, patch and delete", async () => {
    const owner = (await emulator.createUser()).id;
    const stranger = (await emulator.createUser()).id;
    const app = await emulator.createApp();
    const appUser = await emulator.createUser(undefined, app.id);
    const created = await uploadMedia(emulator, owner, { description: "mine" });
    const callers = [{ user: stranger }, { user: appUser.id, secret: app.secret }];
    for (const caller of callers) {
      const attempts = [
        await emulator.api("GET", `/v1/media/${created.id}`, caller),
        await emulator.api("PATCH", `/v1/media/${created.id}`, {
          ...caller,
          json: { description: "hacked" },
        }),
        await emulator.api("DELETE", `/v1/media/${created.id}`, caller),
      ];
      for (const response of attempts) {
        expect(response.status).toBe(404);
        expect(await errorCode(response)).toBe("not_found");
      }
    }
    expect(await (await get(owner, created.id)).json()).toEqual(created);
  });

  it("a processing image (test control) answers processing for its first reads, then ready", async () => {
    const user = (await emulator.createUser()).id;
    await emulator.control("POST", `/users/${user}/processing`, { reads: 2 });
    const created = await uploadMedia(emulator, user, {});
    expect(created).toMatchObject({ status: "processing" });
    for (const expected of ["processing", "processing", undefined]) {
      const body = (await (await get(user, created.id)).json()) as MediaObject;
      expect(body.status).toBe(expected);
    }
    // The request is used up: the next image is ready at once.
    expect(await uploadMedia(emulator, user, {})).not.toHaveProperty("status");
  });

  it("a processing image can end failed", async () => {
    const user = (await emulator.createUser()).id;
    await emulator.control("POST", `/users/${user}/processing`, { reads: 0, then: "failed" });
    const created = await uploadMedia(emulator, user, {});
    expect(created).toMatchObject({ status: "failed" });
  });
});

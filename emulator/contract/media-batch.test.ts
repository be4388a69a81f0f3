import { describe, expect, it } from "vitest";
import { useEmulator } from "./harness";
import { jpeg, png, uploadMedia, type ErrorBody, type MediaObject } from "./media-fixtures";

describe("batch operations and namespaces", () => {
  const emulator = useEmulator();

  const tagsOf = async (user: string, id: string) =>
    ((await (await emulator.api("GET", `/v1/media/${id}`, { user })).json()) as MediaObject).tags ??
    [];

  async function expect422(response: Response, field: string) {
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("validation_error");
    expect(body.error.details).toHaveProperty(field);
  }

  it("PATCH /v1/media/batch adds (default), removes and replaces tags", async () => {
    const user = (await emulator.createUser()).id;
    const a = await uploadMedia(emulator, user, { tags: "keep,old" });
    const b = await uploadMedia(emulator, user);
    const batch = (json: unknown) => emulator.api("PATCH", "/v1/media/batch", { user, json });

    const added = await batch({ ids: [a.id, b.id, "zzzzzzzz"], tags: ["Processed"] });
    expect(added.status).toBe(200);
    expect(await added.json()).toEqual({ updated: 2 });
    expect(await tagsOf(user, a.id)).toEqual(["keep", "old", "processed"]);
    expect(await tagsOf(user, b.id)).toEqual(["processed"]);

    expect(await (await batch({ ids: [a.id], tags: ["old"], tag_mode: "remove" })).json()).toEqual({
      updated: 1,
    });
    expect(await tagsOf(user, a.id)).toEqual(["keep", "processed"]);

    await batch({ ids: [a.id, b.id], tags: "x,y", tag_mode: "replace" });
    expect(await tagsOf(user, a.id)).toEqual(["x", "y"]);
    expect(await tagsOf(user, b.id)).toEqual(["x", "y"]);
  });

  it("validates batch updates: 1–100 ids, tags, tag_mode, the 10-tag limit", async () => {
    const user = (await emulator.createUser()).id;
    const full = await uploadMedia(emulator, user, {
      tags: Array.from({ length: 10 }, (_, index) => `t${index}`).join(","),
    });
    const batch = (json: unknown) => emulator.api("PATCH", "/v1/media/batch", { user, json });
    const ids101 = Array.from({ length: 101 }, (_, index) => `id${index}`);
    await expect422(await batch({ ids: ids101, tags: ["a"] }), "ids");
    await expect422(await batch({ ids: [], tags: ["a"] }), "ids");
    await expect422(await batch({ ids: "abc", tags: ["a"] }), "ids");
    await expect422(await batch({ ids: [full.id] }), "tags");
    await expect422(await batch({ ids: [full.id], tags: ["a"], tag_mode: "merge" }), "tag_mode");
    await expect422(await batch({ ids: [full.id], tags: ["one-too-many"] }), "tags");
    expect(await tagsOf(user, full.id)).toHaveLength(10);
  });

  it("DELETE /v1/media/batch by ids, skipping ids that are not the caller's", async () => {
    const user = (await emulator.createUser()).id;
    const other = (await emulator.createUser()).id;
    const a = await uploadMedia(emulator, user);
    const b = await uploadMedia(emulator, user);
    const c = await uploadMedia(emulator, user);
    const foreign = await uploadMedia(emulator, other);
    const response = await emulator.api("DELETE", "/v1/media/batch", {
      user,
      json: { ids: [a.id, b.id, foreign.id, "zzzzzzzz"] },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: 2 });
    const left = Object.keys(emulator.emu.store.state.images).sort();
    expect(left).toEqual([c.id, foreign.id].sort());
    expect(await emulator.emu.blobs.get(`originals/${a.id}`)).toBeNull();
  });

  it("DELETE /v1/media/batch by namespace deletes only that namespace, only the caller's", async () => {
    const user = (await emulator.createUser()).id;
    const other = (await emulator.createUser()).id;
    await uploadMedia(emulator, user, { namespace: "old-project" });
    await uploadMedia(emulator, user, { namespace: "old-project" });
    const kept = await uploadMedia(emulator, user, { namespace: "new-project" });
    const theirs = await uploadMedia(emulator, other, { namespace: "old-project" });
    const response = await emulator.api("DELETE", "/v1/media/batch", {
      user,
      json: { namespace: "old-project" },
    });
    expect(await response.json()).toEqual({ deleted: 2 });
    expect(Object.keys(emulator.emu.store.state.images).sort()).toEqual(
      [kept.id, theirs.id].sort(),
    );
  });

  it("validates batch deletes: ids or namespace, at most 100 ids", async () => {
    const user = (await emulator.createUser()).id;
    const del = (json: unknown) => emulator.api("DELETE", "/v1/media/batch", { user, json });
    await expect422(await del({}), "ids");
    await expect422(await del({ ids: ["a"], namespace: "abc" }), "ids");
    await expect422(
      await del({ ids: Array.from({ length: 101 }, (_, index) => `i${index}`) }),
      "ids",
    );
    await expect422(await del({ namespace: "Not Valid" }), "namespace");
  });

  it("GET /v1/namespaces counts items and bytes per namespace, biggest first, with paging", async () => {
    const user = (await emulator.createUser()).id;
    const small = await jpeg(8, 8);
    const big = await png(64, 64);
    for (let index = 0; index < 3; index++)
      await uploadMedia(emulator, user, { namespace: "beta" }, small);
    await uploadMedia(emulator, user, { namespace: "alpha" }, big);
    await uploadMedia(emulator, user, { namespace: "alpha" }, small);
    await uploadMedia(emulator, user, { namespace: "gamma" }, small);
    await uploadMedia(emulator, user, {}, small);
    await uploadMedia(emulator, (await emulator.createUser()).id, { namespace: "beta" }, small);

    const all = await emulator.api("GET", "/v1/namespaces", { user });
    expect(all.status).toBe(200);
    expect(await all.json()).toEqual({
      data: [
        { namespace: "beta", count: 3, storage_bytes: 3 * small.length },
        { namespace: "alpha", count: 2, storage_bytes: big.length + small.length },
        { namespace: "gamma", count: 1, storage_bytes: small.length },
      ],
      next_offset: null,
    });
    const first = await (await emulator.api("GET", "/v1/namespaces?limit=2", { user })).json();
    expect(first).toMatchObject({ next_offset: 2 });
    const rest = await (
      await emulator.api("GET", "/v1/namespaces?limit=2&offset=2", { user })
    ).json();
    expect(rest).toEqual({
      data: [{ namespace: "gamma", count: 1, storage_bytes: small.length }],
      next_offset: null,
    });
    await expect422(await emulator.api("GET", "/v1/namespaces?limit=0", { user }), "limit");
    await expect422(await emulator.api("GET", "/v1/namespaces?offset=-1", { user }), "offset");
  });
});

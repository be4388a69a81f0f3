import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/env", () => ({
  getConfig: () => ({ imgpro: { secretKey: "img_sk_live_test", apiUrl: "https://api.test" } }),
}));
const { listAlbums, batchDelete, batchTag, deleteImage } = await import("./images");

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal("fetch", fetchMock);
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("listAlbums", () => {
  it("follows next_offset while it moves forward and never repeats a name", async () => {
    fetchMock
      .mockImplementationOnce(async () =>
        json(200, {
          data: [
            { namespace: "a", count: 2 },
            { namespace: "b", count: 1 },
          ],
          next_offset: 2,
        }),
      )
      .mockImplementationOnce(async () =>
        json(200, {
          data: [
            { namespace: "b", count: 1 },
            { namespace: "c", count: 5 },
          ],
          next_offset: 2,
        }),
      );
    const albums = await listAlbums("u1");
    expect(albums.map((album) => album.namespace)).toEqual(["a", "b", "c"]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("gives no albums, not an error, when img.pro cannot list them", async () => {
    fetchMock.mockImplementation(async () =>
      json(404, { error: { code: "not_found", message: "x" } }),
    );
    expect(await listAlbums("u1")).toEqual([]);
  });

  it("still surfaces the account's lifecycle errors", async () => {
    fetchMock.mockImplementation(async () =>
      json(403, { error: { code: "user_forbidden", message: "x" } }),
    );
    await expect(listAlbums("u1")).rejects.toMatchObject({ code: "user_forbidden" });
  });
});

describe("batchDelete", () => {
  it("sends at most 100 ids a call and reports what was done before a failure", async () => {
    const ids = Array.from({ length: 250 }, (_, index) => `id${index}`);
    fetchMock
      .mockImplementationOnce(async () => json(200, { deleted: 100 }))
      .mockImplementationOnce(async () =>
        json(422, { error: { code: "validation_error", message: "no" } }),
      );
    const result = await batchDelete("u1", ids);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const firstBody = JSON.parse(
      (fetchMock.mock.calls[0] as [string, RequestInit])[1].body as string,
    );
    expect(firstBody.ids).toHaveLength(100);
    expect(result.deleted).toBe(100);
    expect(result.doneIds).toEqual(ids.slice(0, 100));
    expect(result.failure).toMatchObject({ count: 150, error: { code: "validation_error" } });
  });
});

describe("batchTag", () => {
  const ids = Array.from({ length: 150 }, (_, index) => `id${index}`);

  it("reports the chunks done before a failure, with img.pro's counts", async () => {
    fetchMock
      .mockImplementationOnce(async () => json(200, { updated: 99 }))
      .mockImplementationOnce(async () =>
        json(500, { error: { code: "server_error", message: "down" } }),
      );
    const result = await batchTag("u1", ids, ["sky"], "add");
    const firstBody = JSON.parse(
      (fetchMock.mock.calls[0] as [string, RequestInit])[1].body as string,
    );
    expect(firstBody).toEqual({ ids: ids.slice(0, 100), tags: ["sky"], tag_mode: "add" });
    expect(result.updated).toBe(99);
    expect(result.doneIds).toEqual(ids.slice(0, 100));
    expect(result.failure).toMatchObject({ count: 50, error: { code: "server_error" } });
  });

  it("throws img.pro's error when the first chunk fails: nothing was done", async () => {
    fetchMock.mockImplementation(async () =>
      json(422, { error: { code: "validation_error", message: "bad tag" } }),
    );
    await expect(batchTag("u1", ids, ["sky"], "remove")).rejects.toMatchObject({
      code: "validation_error",
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe("deleteImage", () => {
  const quotaHeaders = {
    "x-monthly-uploads-used": "4",
    "x-monthly-uploads-limit": "100",
    "x-monthly-uploads-remaining": "96",
    "x-storage-used": "10",
    "x-storage-limit": "1000",
    "x-storage-remaining": "990",
  };

  it("answers with the quota the delete response carried", async () => {
    fetchMock.mockImplementationOnce(
      async () => new Response(null, { status: 204, headers: quotaHeaders }),
    );
    expect(await deleteImage("u1", "abc12345")).toMatchObject({ uploadsUsed: 4, storageUsed: 10 });
  });

  it("counts an image that is already gone as deleted, with no quota", async () => {
    fetchMock.mockImplementationOnce(async () =>
      json(404, { error: { code: "not_found", message: "x" } }),
    );
    expect(await deleteImage("u1", "abc12345")).toBeNull();
  });
});

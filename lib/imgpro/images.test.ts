import { describe, expect, it, vi } from "vitest";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";

vi.mock("@/lib/env", async () => {
  const { imgproTestConfig } = await import("@/test/imgpro-config");
  return { getConfig: () => imgproTestConfig() };
});
const { listAlbums, listImagesWithQuota, deleteImage } = await import("./images");

const fetchMock = stubFetch({ quiet: true });

const quotaHeaders = {
  "x-monthly-uploads-used": "4",
  "x-monthly-uploads-limit": "100",
  "x-monthly-uploads-remaining": "96",
  "x-storage-used": "10",
  "x-storage-limit": "1000",
  "x-storage-remaining": "990",
};

describe("listImagesWithQuota", () => {
  const page = { data: [], next_cursor: null, has_more: false };

  it("hands back the quota img.pro sent with the list, for the usage line", async () => {
    fetchMock.mockImplementationOnce(
      async () =>
        new Response(JSON.stringify(page), {
          status: 200,
          headers: { "content-type": "application/json", ...quotaHeaders },
        }),
    );
    const listed = await listImagesWithQuota("u1", { limit: 30 });
    expect(listed.page).toEqual({ images: [], nextCursor: null });
    expect(listed.quota).toMatchObject({ uploadsUsed: 4, storageUsed: 10, storageLimit: 1000 });
  });

  it("gives a null quota when the answer has no quota headers", async () => {
    fetchMock.mockImplementationOnce(async () => jsonResponse(200, page));
    expect((await listImagesWithQuota("u1")).quota).toBeNull();
  });
});

describe("listAlbums", () => {
  it("follows next_offset while it moves forward and never repeats a name", async () => {
    fetchMock
      .mockImplementationOnce(async () =>
        jsonResponse(200, {
          data: [
            { namespace: "a", count: 2 },
            { namespace: "b", count: 1 },
          ],
          next_offset: 2,
        }),
      )
      .mockImplementationOnce(async () =>
        jsonResponse(200, {
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
      jsonResponse(404, { error: { code: "not_found", message: "x" } }),
    );
    expect(await listAlbums("u1")).toEqual([]);
  });

  it("still surfaces the account's lifecycle errors", async () => {
    fetchMock.mockImplementation(async () =>
      jsonResponse(403, { error: { code: "user_forbidden", message: "x" } }),
    );
    await expect(listAlbums("u1")).rejects.toMatchObject({ code: "user_forbidden" });
  });
});

describe("deleteImage", () => {
  it("answers with the quota the delete response carried", async () => {
    fetchMock.mockImplementationOnce(
      async () => new Response(null, { status: 204, headers: quotaHeaders }),
    );
    expect(await deleteImage("u1", "abc12345")).toMatchObject({ uploadsUsed: 4, storageUsed: 10 });
  });

  it("says not_found, not success, for an image that is gone or not this user's", async () => {
    fetchMock.mockImplementationOnce(async () =>
      jsonResponse(404, { error: { code: "not_found", message: "Media item not found" } }),
    );
    await expect(deleteImage("u1", "abc12345")).rejects.toMatchObject({
      status: 404,
      code: "not_found",
    });
  });
});

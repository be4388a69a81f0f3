import { describe, expect, it, vi } from "vitest";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";

vi.mock("@/lib/env", async () => {
  const { imgproTestConfig } = await import("@/test/imgpro-config");
  return { getConfig: () => imgproTestConfig() };
});
const { batchDelete, batchTag, readDeleteAnswer } = await import("./batch");

const fetchMock = stubFetch();

describe("batchDelete", () => {
  it("sends at most 100 ids a call and reports what was done before a failure", async () => {
    const ids = Array.from({ length: 250 }, (_, index) => `id${index}`);
    fetchMock
      .mockImplementationOnce(async () => jsonResponse(200, { deleted: 100 }))
      .mockImplementationOnce(async () =>
        jsonResponse(422, { error: { code: "validation_error", message: "no" } }),
      );
    const result = await batchDelete("u1", ids);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const firstBody = JSON.parse(
      (fetchMock.mock.calls[0] as [string, RequestInit])[1].body as string,
    );
    expect(firstBody.ids).toHaveLength(100);
    expect(result.deleted).toBe(100);
    expect(result.deletedIds).toEqual(ids.slice(0, 100));
    expect(result.removedIds).toEqual(ids.slice(0, 100));
    expect(result.failure).toMatchObject({ count: 150, error: { code: "validation_error" } });
  });

  it("lists only what img.pro deleted: ids it no longer had are already gone", async () => {
    // The emulator, like the API Reference, skips ids the user does not have and counts the rest.
    fetchMock.mockImplementationOnce(async () => jsonResponse(200, { deleted: 3 }));
    const ids = ["a", "b", "c", "d", "e"];
    const result = await batchDelete("u1", ids);
    expect(result).toMatchObject({ deleted: 3, alreadyGone: 2, deletedIds: [], failure: null });
    expect(result.removedIds).toEqual(ids);
  });

  it("never claims a delete img.pro did not count", async () => {
    fetchMock.mockImplementationOnce(async () => jsonResponse(200, {}));
    const result = await batchDelete("u1", ["a", "b"]);
    expect(result).toMatchObject({ deleted: 0, alreadyGone: 2, deletedIds: [] });
  });

  it("keeps refused ids of a batch_result out of the removed ones", async () => {
    fetchMock.mockImplementationOnce(async () =>
      jsonResponse(200, {
        object: "batch_result",
        data: [{ id: "a" }],
        errors: [
          { id: "b", error: { code: "not_found", message: "gone" } },
          { id: "c", error: { code: "media_locked", message: "locked" } },
        ],
      }),
    );
    const result = await batchDelete("u1", ["a", "b", "c"]);
    expect(result).toMatchObject({ deleted: 1, alreadyGone: 1, deletedIds: ["a"] });
    expect(result.removedIds).toEqual(["a", "b"]);
    expect(result.failure).toMatchObject({ count: 1, error: { code: "media_locked" } });
  });
});

describe("readDeleteAnswer", () => {
  it("reads the newest batch_result: not_found is already gone, other errors are kept", () => {
    const answer = readDeleteAnswer(["a", "b", "c", "d"], {
      object: "batch_result",
      data: [{ id: "a" }, "b"],
      errors: [
        { id: "c", error: { code: "not_found", message: "gone" } },
        { id: "d", error: { code: "media_locked", message: "locked" } },
      ],
    });
    expect(answer).toMatchObject({ deleted: 2, deletedIds: ["a", "b"] });
    expect(answer.refused).toHaveLength(1);
    expect(answer.refused[0]).toMatchObject({ id: "d", error: { code: "media_locked" } });
  });

  it("names every id of a chunk whose count matches", () => {
    expect(readDeleteAnswer(["a", "b"], { deleted: 2 }).deletedIds).toEqual(["a", "b"]);
  });
});

describe("batchTag", () => {
  const ids = Array.from({ length: 150 }, (_, index) => `id${index}`);

  it("reports the chunks done before a failure, with img.pro's counts", async () => {
    fetchMock
      .mockImplementationOnce(async () => jsonResponse(200, { updated: 99 }))
      .mockImplementationOnce(async () =>
        jsonResponse(500, { error: { code: "server_error", message: "down" } }),
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
      jsonResponse(422, { error: { code: "validation_error", message: "bad tag" } }),
    );
    await expect(batchTag("u1", ids, ["sky"], "remove")).rejects.toMatchObject({
      code: "validation_error",
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

import { describe, expect, it } from "vitest";
import {
  FailedAction,
  batchDeleteMessage,
  failureMessage,
  rollbackMessage,
  unexpectedFailure,
} from "./messages";

describe("messages", () => {
  it("says what was undone, with img.pro's reason", () => {
    expect(
      rollbackMessage("save the caption", { ok: false, error: "img.pro answered 503." }),
    ).toEqual({
      tone: "error",
      text: "Couldn't save the caption: img.pro answered 503. Your change was undone.",
      link: undefined,
    });
  });
  it("claims nothing was undone when img.pro did not answer: the change may have been made", () => {
    const failure = {
      ok: false as const,
      code: "timeout",
      error: "img.pro did not answer in time. Refresh to see whether the change was saved.",
    };
    expect(rollbackMessage("save the caption", failure, "Nothing was saved.").text).toBe(
      "Couldn't save the caption: img.pro did not answer in time. Refresh to see whether the change was saved.",
    );
  });
  it("says how long to wait when img.pro is busy", () => {
    expect(
      failureMessage("delete 3 images", {
        ok: false,
        code: "rate_limited",
        error: "img.pro is busy. Try again in 12 seconds.",
        retryAfter: 12,
      }).text,
    ).toBe("Couldn't delete 3 images: img.pro is busy. Try again in 12 seconds.");
  });
  it("links to billing when a quota ran out", () => {
    expect(
      failureMessage("add the tags", {
        ok: false,
        code: "quota_exceeded",
        error: "Monthly uploads used up. Upgrade your plan to keep going.",
      }).link,
    ).toEqual({ href: "/billing", label: "Upgrade your plan" });
  });
  it("unwraps failures thrown through SWR", () => {
    const failure = { ok: false as const, error: "No." };
    expect(unexpectedFailure(new FailedAction(failure))).toBe(failure);
    expect(unexpectedFailure(new TypeError("Failed to fetch")).error).toBe("Failed to fetch");
  });
});

describe("batchDeleteMessage", () => {
  it("says what img.pro deleted and, calmly, what was already gone", () => {
    expect(batchDeleteMessage({ deleted: 3, alreadyGone: 2, failed: null })).toEqual({
      tone: "success",
      text: "Deleted 3 images. 2 were already gone.",
    });
    expect(batchDeleteMessage({ deleted: 1, alreadyGone: 1, failed: null }).text).toBe(
      "Deleted 1 image. 1 was already gone.",
    );
    expect(batchDeleteMessage({ deleted: 0, alreadyGone: 2, failed: null }).text).toBe(
      "Those 2 images were already gone.",
    );
    expect(batchDeleteMessage({ deleted: 4, alreadyGone: 0, failed: null }).text).toBe(
      "Deleted 4 images.",
    );
  });

  it("adds what was not deleted, and why", () => {
    expect(
      batchDeleteMessage({ deleted: 100, alreadyGone: 0, failed: { count: 5, reason: "busy" } }),
    ).toEqual({ tone: "error", text: "Deleted 100 images. 5 images not deleted: busy" });
  });
});

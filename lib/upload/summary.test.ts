import { describe, expect, it } from "vitest";
import type { UploadItem } from "./queue";
import { summarize } from "./summary";

const item = (status: UploadItem["status"]) => ({ status }) as UploadItem;

describe("summarize", () => {
  it("is empty with nothing to say", () => {
    expect(summarize([])).toBe("");
  });

  it("counts what is under way, done and not uploaded", () => {
    expect(
      summarize([
        item("uploading"),
        item("queued"),
        item("done"),
        item("rejected"),
        item("failed"),
      ]),
    ).toBe("Uploading 2 files… 1 file uploaded. 2 files not uploaded.");
    expect(summarize([item("done"), item("done"), item("canceled")])).toBe("2 files uploaded.");
  });
});

import { describe, expect, it } from "vitest";
import type { UploadItem } from "./queue";
import { summarize, summarizeTray } from "./summary";

const item = (status: UploadItem["status"], progress = 0) => ({ status, progress }) as UploadItem;

describe("summarize", () => {
  it("is empty with nothing to say", () => {
    expect(summarize([])).toBe("");
  });

  it("counts the file being worked on while some go, then what was uploaded", () => {
    expect(
      summarize([
        item("uploading"),
        item("queued"),
        item("done"),
        item("rejected"),
        item("failed"),
      ]),
    ).toBe("Uploading 4 of 5, 2 not uploaded");
    expect(summarize([item("done"), item("done"), item("canceled")])).toBe(
      "2 uploaded, 1 canceled",
    );
    expect(summarize(Array.from({ length: 12 }, () => item("done")))).toBe("12 uploaded");
    expect(summarize([item("failed")])).toBe("1 not uploaded");
  });

  it("measures progress over the files that can go", () => {
    const summary = summarizeTray([item("done"), item("uploading", 0.5), item("rejected")]);
    expect(summary.progress).toBeCloseTo(0.75);
    expect(summary.pending).toBe(1);
    expect(summary.done).toBe(1);
  });
});

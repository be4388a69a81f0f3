import { describe, expect, it } from "vitest";
import { toGalleryImage } from "@/lib/imgpro/shapes";
import { makeImage } from "./test-fixtures";
import { tileState } from "./tile-state";

const processing = makeImage("p1", { status: "processing", width: null, height: null });

describe("tileState", () => {
  it("shows a placeholder while processing, and says when it failed or stalled", () => {
    expect(tileState(processing, new Set())).toBe("processing");
    expect(tileState(processing, new Set(["p1"]))).toBe("stalled");
    expect(tileState(makeImage("f", { status: "failed" }), new Set())).toBe("failed");
    expect(tileState(makeImage("r"), new Set())).toBe("ready");
  });

  it("reads the newest Image object's processing state, sizes unknown", () => {
    const image = toGalleryImage({
      id: "abc12345",
      object: "image",
      url: "https://src.img.pro/4j2/abc12345.jpg",
      page_url: "https://img.pro/abc12345",
      sizes: {},
      width: null,
      height: null,
      bytes: null,
      status: "processing",
    });
    expect(image).toMatchObject({ status: "processing", width: null, height: null });
  });
});

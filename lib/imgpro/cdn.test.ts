import { describe, expect, it } from "vitest";
import { copyableVariants, variantDimensions, variantUrl } from "./cdn";

describe("variantUrl", () => {
  it("adds size and format to the CDN URL, keeping what is there", () => {
    expect(variantUrl("https://src.img.pro/4j2/abc12345.jpg", { size: "s", format: "avif" })).toBe(
      "https://src.img.pro/4j2/abc12345.jpg?size=s&format=avif",
    );
    expect(variantUrl("https://src.img.pro/4j2/abc12345.jpg?v=2", { size: "l" })).toBe(
      "https://src.img.pro/4j2/abc12345.jpg?v=2&size=l",
    );
  });
});

describe("variantDimensions", () => {
  it("scales the short edge to 320/640/1080 and truncates the long edge", () => {
    expect(variantDimensions(4000, 3000, "s")).toEqual({ width: 426, height: 320 });
    expect(variantDimensions(4000, 3000, "m")).toEqual({ width: 853, height: 640 });
    expect(variantDimensions(4000, 3000, "l")).toEqual({ width: 1440, height: 1080 });
    expect(variantDimensions(1500, 2000, "s")).toEqual({ width: 320, height: 426 });
  });

  it("never upscales", () => {
    expect(variantDimensions(300, 200, "l")).toEqual({ width: 300, height: 200 });
  });
});

describe("copyableVariants", () => {
  it("lists the original and each size in each output format", () => {
    const variants = copyableVariants({
      cdnUrl: "https://src.img.pro/a/b.png",
      format: "png",
      transformable: true,
    });
    expect(variants[0]).toEqual({
      label: "Original",
      size: null,
      format: "png",
      url: "https://src.img.pro/a/b.png",
    });
    expect(variants).toHaveLength(1 + 3 * 4);
    expect(variants.map((variant) => variant.url)).toContain(
      "https://src.img.pro/a/b.png?size=m&format=avif",
    );
  });

  it("offers only the original for sources the CDN cannot transform", () => {
    expect(
      copyableVariants({
        cdnUrl: "https://src.img.pro/a/b.svg",
        format: "svg",
        transformable: false,
      }),
    ).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { filtersToSearch, galleryHref, listUrl, matchesFilters, parseFilters } from "./filters";

describe("parseFilters", () => {
  it("reads tags, mode and album from the URL", () => {
    expect(parseFilters({ tags: "Red, blue,red", mode: "all", album: "holiday-2024" })).toEqual({
      tags: ["red", "blue"],
      mode: "all",
      album: "holiday-2024",
    });
  });
  it("drops what it cannot use instead of failing", () => {
    expect(
      parseFilters({ tags: ["a", "b"], mode: "most", album: "Not An Album!", view: "grid" }),
    ).toEqual({ tags: ["a"], mode: "any", album: null });
    expect(parseFilters({ tags: `${"x".repeat(51)},ok` }).tags).toEqual(["ok"]);
  });
});

describe("filter URLs", () => {
  it("round-trips through the page URL, leaving defaults out", () => {
    const filters = { tags: ["red", "blue"], mode: "all" as const, album: "trip" };
    expect(filtersToSearch(filters)).toBe("tags=red,blue&mode=all&album=trip");
    expect(parseFilters(Object.fromEntries(new URLSearchParams(filtersToSearch(filters))))).toEqual(
      filters,
    );
    expect(galleryHref({ tags: [], mode: "all", album: null })).toBe("/gallery");
  });
  it("builds the API URL in img.pro's names", () => {
    expect(listUrl({ tags: ["red"], mode: "all", album: "trip" }, "abc")).toBe(
      "/api/images?tags=red&tag_mode=all&namespace=trip&cursor=abc",
    );
    expect(listUrl({ tags: [], mode: "any", album: null }, null)).toBe("/api/images");
  });
});

describe("matchesFilters", () => {
  const image = { tags: ["red", "sea"], namespace: "trip" };
  it("applies album and any/all tags", () => {
    expect(matchesFilters(image, { tags: [], mode: "any", album: null })).toBe(true);
    expect(matchesFilters(image, { tags: ["red", "blue"], mode: "any", album: null })).toBe(true);
    expect(matchesFilters(image, { tags: ["red", "blue"], mode: "all", album: null })).toBe(false);
    expect(matchesFilters(image, { tags: [], mode: "any", album: "home" })).toBe(false);
  });
});

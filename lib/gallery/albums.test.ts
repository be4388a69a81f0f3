import { describe, expect, it } from "vitest";
import { albumProblem, normalizeAlbum } from "./albums";

describe("albums", () => {
  it("turns what people type into a namespace", () => {
    expect(normalizeAlbum("  Summer 2026 ")).toBe("summer-2026");
    expect(normalizeAlbum("Road_trip  --  Italy")).toBe("road-trip-italy");
  });

  it("explains names img.pro would refuse", () => {
    expect(albumProblem("summer-2026")).toBeNull();
    expect(albumProblem("")).toMatch(/Type an album/);
    expect(albumProblem("a")).toMatch(/at least 2/);
    expect(albumProblem("x".repeat(65))).toMatch(/at most 64/);
    expect(albumProblem("café")).toMatch(/letters, digits and hyphens/);
  });
});

import { describe, expect, it } from "vitest";
import { browserPick, tileCandidates, tileSources } from "./tile-sources";

const cdn = "https://src.img.pro/u/abc.jpg";
const variant = (size: string) => `${cdn}?size=${size}&format=webp`;
/** As lib/imgpro/cdn.ts describes a 4000×3000 photo: by the variants' widths. */
const landscape = {
  width: 4000,
  height: 3000,
  display: {
    src: variant("m"),
    srcSet: `${variant("s")} 426w, ${variant("m")} 853w, ${variant("l")} 1440w`,
  },
};

describe("tileCandidates", () => {
  it("describes a landscape photo's variants by their short edges", () => {
    expect(tileCandidates(landscape).map((candidate) => candidate.edge)).toEqual([320, 640, 1080]);
  });

  it("keeps one candidate per edge when the photo is smaller than a size", () => {
    const small = {
      width: 900,
      height: 500,
      display: {
        src: variant("m"),
        srcSet: `${variant("s")} 576w, ${variant("m")} 900w, ${variant("l")} 900w`,
      },
    };
    expect(tileCandidates(small).map((candidate) => candidate.edge)).toEqual([320, 500]);
  });

  it("has nothing to offer without a srcset or dimensions", () => {
    expect(tileSources({ ...landscape, width: null })).toEqual({
      src: variant("m"),
      srcSet: null,
    });
  });
});

describe("the variant a tile gets", () => {
  const edges = [320, 640, 1080];
  const descriptors = tileCandidates(landscape).map((candidate) => candidate.edge);
  // Tile widths of the grid: 6, 5, 4 and 3 a row, and sizes that round up a little.
  const tiles = [80, 100, 119, 150, 160, 180, 200, 206, 230, 260, 300, 340, 360];

  for (const dpr of [1, 1.5, 2, 2.625, 3]) {
    it(`covers every tile's device pixels at ${dpr}x and is never more than twice them`, () => {
      for (const tile of tiles) {
        const need = tile * dpr;
        const edge = edges[browserPick(descriptors, tile, dpr)]!;
        if (need <= edges.at(-1)!)
          expect(edge, `${tile}px at ${dpr}x`).toBeGreaterThanOrEqual(need);
        // Below the smallest variant's half nothing smaller exists.
        if (need >= edges[0]! / 2)
          expect(edge, `${tile}px at ${dpr}x`).toBeLessThanOrEqual(2 * need);
      }
    });
  }

  it("would have been soft with the widths as descriptors (the bug it fixes)", () => {
    // 206 px tile at 2×, as the grid's sizes say: 412 device pixels.
    expect(edges[browserPick([426, 853, 1440], 206, 2)]).toBe(320);
  });
});

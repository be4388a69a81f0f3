import { VARIANT_SHORT_EDGES } from "@/lib/imgpro/types";

/**
 * Sources for a square tile. A tile shows the image cropped to a square (object-cover), so
 * what must cover the tile's device pixels is the variant's SHORT edge: a 4000×3000 photo's
 * `s` variant is 426×320, and in a 200 px tile at 2× only its 320 px short edge spans the
 * 400 device pixels. Described by its width (426w), the browser took `s` for tiles that
 * needed up to 426 device pixels; described by its short edge (320w), it takes the
 * smallest variant that covers the tile. img.pro's sizes double at most (320, 640, 1080), so
 * that variant is never more than twice what the tile needs (short of the smallest one).
 */

/** Short edge of each CDN size (docs/imgpro-api.md#cdn-variants-and-formats). */
const SHORT_EDGE = VARIANT_SHORT_EDGES;

/** Two columns of 3 on phones, 4, 5 and 6 on wider screens (max-w-7xl, px-6, 4 px gaps). */
export const TILE_SIZES =
  "(min-width: 1280px) 206px, (min-width: 1024px) 20vw, (min-width: 640px) 25vw, 34vw";

export interface TileCandidate {
  url: string;
  /** The variant's short edge, in pixels. */
  edge: number;
}

export interface TileSources {
  src: string;
  /** The short edges as `w` descriptors. */
  srcSet: string | null;
}

/** The candidates of the CDN srcset, by short edge, smallest first, without repeats. */
export function tileCandidates(image: {
  width: number | null;
  height: number | null;
  display: { src: string; srcSet: string | null };
}): TileCandidate[] {
  if (!image.display.srcSet || !image.width || !image.height) return [];
  const short = Math.min(image.width, image.height);
  const byEdge = new Map<number, string>();
  for (const entry of image.display.srcSet.split(",")) {
    const url = entry.trim().split(/\s+/)[0];
    if (!url) continue;
    const size = new URL(url).searchParams.get("size");
    if (!size || !(size in SHORT_EDGE)) continue;
    const edge = Math.min(SHORT_EDGE[size as keyof typeof SHORT_EDGE], short);
    if (!byEdge.has(edge)) byEdge.set(edge, url);
  }
  return [...byEdge.entries()].sort(([a], [b]) => a - b).map(([edge, url]) => ({ url, edge }));
}

export function tileSources(image: {
  width: number | null;
  height: number | null;
  display: { src: string; srcSet: string | null };
}): TileSources {
  const candidates = tileCandidates(image);
  if (candidates.length === 0) return { src: image.display.src, srcSet: null };
  return {
    src: image.display.src,
    srcSet: candidates.map(({ url, edge }) => `${url} ${edge}w`).join(", "),
  };
}

/**
 * The browser's choice among `w` candidates for a slot of `slot` CSS px at `dpr`: the
 * smallest whose density covers the screen, else the largest (Chromium, as measured by
 * e2e/gallery/grid.spec.ts), to test the descriptors against.
 */
export function browserPick(descriptors: readonly number[], slot: number, dpr: number): number {
  const index = descriptors.findIndex((width) => width / slot >= dpr);
  return index === -1 ? descriptors.length - 1 : index;
}

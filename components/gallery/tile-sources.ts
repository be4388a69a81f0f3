/**
 * Sources for a square tile. A tile shows the image cropped to a square (object-cover), so
 * what must cover the tile's device pixels is the variant's SHORT edge: a 4000×3000 photo's
 * `s` variant is 426×320, and in a 200 px tile at 2× only its 320 px short edge spans the
 * 400 device pixels. So every candidate is described by its short edge, not its width.
 *
 * Chromium does not take the smallest candidate that is dense enough: above 1× it takes the
 * smaller of two neighbours unless the device's density reaches their geometric mean
 * (html_srcset_parser.cc), which handed 2× tiles the soft `s` variant. Above 1× the
 * descriptors are therefore spread so that each switch point falls exactly on the smaller
 * variant's short edge; at 1× the short edges themselves do that.
 */

/** Short edge of each CDN size (docs/imgpro-api.md#cdn-variants-and-formats). */
const SHORT_EDGE = { s: 320, m: 640, l: 1080 } as const;

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
  /** For screens up to 1×: the short edges as `w` descriptors. */
  srcSet: string | null;
  /** For denser screens (a <source> with a resolution media query). */
  denseSrcSet: string | null;
}

export const DENSE_MEDIA = "(min-resolution: 1.01dppx)";

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

/**
 * Descriptors for Chromium above 1×: it moves from candidate k to k+1 once the needed
 * pixels reach sqrt(w[k]·w[k+1]) (and w[k+1] covers them). Setting that to edge[k] means
 * the smaller variant is kept exactly while it still covers the tile.
 */
export function denseDescriptors(edges: readonly number[]): number[] {
  const n = edges.length;
  if (n <= 1) return [...edges];
  const switchAt = edges.slice(0, -1);
  const w = new Array<number>(n);
  if (n === 2) {
    w[1] = edges[1]!;
  } else {
    for (let k = 1; k < n - 1; k += 1) w[k] = Math.sqrt(switchAt[k - 1]! * switchAt[k]!);
    w[n - 1] = switchAt[n - 2]! ** 2 / w[n - 2]!;
  }
  w[0] = switchAt[0]! ** 2 / w[1]!;
  return w.map((value) => Math.max(1, Math.round(value)));
}

export function tileSources(image: {
  width: number | null;
  height: number | null;
  display: { src: string; srcSet: string | null };
}): TileSources {
  const candidates = tileCandidates(image);
  if (candidates.length === 0) return { src: image.display.src, srcSet: null, denseSrcSet: null };
  const dense = denseDescriptors(candidates.map((candidate) => candidate.edge));
  return {
    src: image.display.src,
    srcSet: candidates.map(({ url, edge }) => `${url} ${edge}w`).join(", "),
    denseSrcSet: candidates.map(({ url }, index) => `${url} ${dense[index]}w`).join(", "),
  };
}

/**
 * Chromium's choice among `w` candidates for a slot of `slot` CSS px at `dpr`
 * (SelectionLogic in html_srcset_parser.cc), to test the descriptors against.
 */
export function chromiumPick(descriptors: readonly number[], slot: number, dpr: number): number {
  const density = (index: number) => descriptors[index]! / slot;
  let index = 0;
  for (; index < descriptors.length - 1; index += 1) {
    const next = density(index + 1);
    if (next < dpr) continue;
    const current = density(index);
    if ((dpr <= 1 && dpr > current) || dpr >= Math.sqrt(current * next)) return index + 1;
    break;
  }
  return index;
}

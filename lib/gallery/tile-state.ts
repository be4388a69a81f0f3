import type { GalleryImage } from "@/lib/imgpro/types";

export type TileState = "ready" | "processing" | "stalled" | "failed";

/**
 * What a tile shows: a placeholder while processing, and words once it failed or stalled
 * (the poller in ./processing gave up asking). Apart from the poller, which loads only when
 * an image is processing.
 */
export function tileState(image: GalleryImage, stalled: ReadonlySet<string>): TileState {
  if (image.status === "failed") return "failed";
  if (image.status === "processing") return stalled.has(image.id) ? "stalled" : "processing";
  return "ready";
}

"use client";

import { useEffect, useRef, useState } from "react";
import { checkImageAction } from "@/app/(app)/gallery/actions";
import { createProcessingPoller, type ProcessingPoller } from "@/lib/gallery/processing";
import type { GalleryImage } from "@/lib/imgpro/types";

async function check(id: string): Promise<GalleryImage | null> {
  const result = await checkImageAction({ id });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/**
 * Asks img.pro again, with backoff and a bounded number of tries, after every image the grid
 * shows as processing; `onSettled` gets it once ready or failed. Answers the ids that are
 * still processing after the last try, whose tiles say to refresh later.
 */
export function useProcessingImages(
  images: readonly GalleryImage[],
  onSettled: (image: GalleryImage) => void,
): ReadonlySet<string> {
  const [stalled, setStalled] = useState<ReadonlySet<string>>(() => new Set());
  const latest = useRef(onSettled);
  const poller = useRef<ProcessingPoller | null>(null);
  useEffect(() => {
    latest.current = onSettled;
  }, [onSettled]);
  useEffect(() => {
    const created = createProcessingPoller({
      check,
      onSettled: (image) => latest.current(image),
      onStalled: (id) => setStalled((current) => new Set(current).add(id)),
    });
    poller.current = created;
    return () => created.dispose();
  }, []);
  const processingKey = images
    .filter((image) => image.status === "processing")
    .map((image) => image.id)
    .join(",");
  useEffect(() => {
    poller.current?.track(processingKey ? processingKey.split(",") : []);
  }, [processingKey]);
  return stalled;
}

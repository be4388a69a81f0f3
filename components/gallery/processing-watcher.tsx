"use client";

import { useEffect, useRef } from "react";
import { checkImageAction } from "@/app/(app)/gallery/actions";
import { createProcessingPoller, type ProcessingPoller } from "@/lib/gallery/processing";
import type { GalleryImage } from "@/lib/imgpro/types";

async function check(id: string): Promise<GalleryImage | null> {
  const result = await checkImageAction({ id });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

export interface ProcessingWatcherProps {
  /** The ids shown as processing, comma-joined (a string, so a new array is no change). */
  processingKey: string;
  /** Ready or failed: the grid shows it as it now is. */
  onSettled: (image: GalleryImage) => void;
  /** Still processing after the last try: the tile says to refresh later. */
  onStalled: (id: string) => void;
}

/**
 * Asks img.pro again, with backoff and a bounded number of tries, after every image the grid
 * shows as processing. Mounted by the grid only while one is, so its code and its server
 * action load then, not with the page. Draws nothing.
 */
export function ProcessingWatcher({ processingKey, onSettled, onStalled }: ProcessingWatcherProps) {
  const latest = useRef({ onSettled, onStalled });
  const poller = useRef<ProcessingPoller | null>(null);
  useEffect(() => {
    latest.current = { onSettled, onStalled };
  }, [onSettled, onStalled]);
  useEffect(() => {
    const created = createProcessingPoller({
      check,
      onSettled: (image) => latest.current.onSettled(image),
      onStalled: (id) => latest.current.onStalled(id),
    });
    poller.current = created;
    return () => created.dispose();
  }, []);
  useEffect(() => {
    poller.current?.track(processingKey.split(","));
  }, [processingKey]);
  return null;
}

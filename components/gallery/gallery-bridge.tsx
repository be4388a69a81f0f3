"use client";

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { StatusMessage } from "@/lib/gallery/messages";
import type { GalleryImage } from "@/lib/imgpro/types";
import type { UsageSnapshot } from "@/lib/usage-snapshot";

/**
 * What the grid lends the rest of the gallery: the detail modal (a parallel route, so not a
 * child of the grid) reads the list order for Left/Right and reports edits and deletes back,
 * and the upload panel puts new images at the top. The full /images/[id] page renders
 * outside the gallery layout and simply has no list.
 */
export interface GalleryListApi {
  /** Loaded images, in list order. */
  ids: readonly string[];
  placeImage(image: GalleryImage, info: { deduplicated: boolean }): void;
  replaceImage(image: GalleryImage): void;
  removeImages(ids: readonly string[]): void;
  announce(message: StatusMessage): void;
  usageChanged(usage: UsageSnapshot): void;
  /** Moves focus back to an image's tile (or its neighbour when it is gone). */
  focusImage(id: string): void;
}

interface Bridge {
  list: GalleryListApi | null;
  setList(list: GalleryListApi | null): void;
}

const BridgeContext = createContext<Bridge | null>(null);

export function GalleryBridgeProvider({ children }: { children: ReactNode }) {
  const [list, setList] = useState<GalleryListApi | null>(null);
  const bridge = useMemo(() => ({ list, setList }), [list]);
  return <BridgeContext value={bridge}>{children}</BridgeContext>;
}

/** The grid's list, or null outside the gallery (the full detail page). */
export function useGalleryList(): GalleryListApi | null {
  return useContext(BridgeContext)?.list ?? null;
}

export function useProvideGalleryList(list: GalleryListApi) {
  const setList = useContext(BridgeContext)?.setList;
  useEffect(() => {
    if (!setList) return;
    setList(list);
    return () => setList(null);
  }, [list, setList]);
}

import { useCallback, useEffect, useState } from "react";
import { lazyPart } from "@/components/ui/lazy-part";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { GalleryImage } from "@/lib/imgpro/types";
import { tileState } from "@/lib/gallery/tile-state";
import { EAGER_TILES, GRID_CLASSES, ImageTile, TileSkeletons } from "./image-tile";
import type { ProcessingWatcherProps } from "./processing-watcher";

/** Without the watcher's code, the tiles it would watch say to refresh later at once. */
function WatcherUnavailable({ processingKey, onStalled }: ProcessingWatcherProps) {
  useEffect(() => {
    for (const id of processingKey.split(",")) onStalled(id);
  }, [processingKey, onStalled]);
  return null;
}

/** Loads with the first image shown as processing. */
const ProcessingWatcher = lazyPart(
  () => import("./processing-watcher").then((module) => module.ProcessingWatcher),
  WatcherUnavailable,
);

export function ImageGrid({
  images,
  selected,
  onToggle,
  loadingMore,
  onSettled,
}: {
  images: readonly GalleryImage[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, shift: boolean) => void;
  loadingMore: boolean;
  /** An image that was processing is now ready or failed. */
  onSettled: (image: GalleryImage) => void;
}) {
  const [stalled, setStalled] = useState<ReadonlySet<string>>(() => new Set());
  const onStalled = useCallback(
    (id: string) => setStalled((current) => new Set(current).add(id)),
    [],
  );
  const processingKey = images
    .filter((image) => image.status === "processing")
    .map((image) => image.id)
    .join(",");
  // The first page is in the server's HTML: a box ticked before React hydrates it would be
  // ticked on screen but not selected, so the boxes wait until then.
  const selectable = useHydrated();
  return (
    <>
      {processingKey && (
        <ProcessingWatcher
          processingKey={processingKey}
          onSettled={onSettled}
          onStalled={onStalled}
        />
      )}
      <ul
        aria-label="Images"
        aria-busy={loadingMore}
        data-testid="image-grid"
        className={GRID_CLASSES}
      >
        {images.map((image, index) => (
          <ImageTile
            key={image.id}
            image={image}
            state={tileState(image, stalled)}
            eager={index < EAGER_TILES}
            selected={selected.has(image.id)}
            selecting={selected.size > 0}
            selectable={selectable}
            onToggle={onToggle}
          />
        ))}
        {loadingMore && <TileSkeletons count={EAGER_TILES * 2} />}
      </ul>
    </>
  );
}

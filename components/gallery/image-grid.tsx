import { useHydrated } from "@/components/ui/use-hydrated";
import type { GalleryImage } from "@/lib/imgpro/types";
import { tileState } from "@/lib/gallery/processing";
import { EAGER_TILES, GRID_CLASSES, ImageTile, TileSkeletons } from "./image-tile";
import { useProcessingImages } from "./use-processing-images";

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
  const stalled = useProcessingImages(images, onSettled);
  // The first page is in the server's HTML: a box ticked before React hydrates it would be
  // ticked on screen but not selected, so the boxes wait until then.
  const selectable = useHydrated();
  return (
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
  );
}

import type { GalleryImage } from "@/lib/imgpro/types";
import { EAGER_TILES, GRID_CLASSES, ImageTile, TileSkeletons } from "./image-tile";

export function ImageGrid({
  images,
  selected,
  onToggle,
  loadingMore,
}: {
  images: readonly GalleryImage[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, shift: boolean) => void;
  loadingMore: boolean;
}) {
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
          eager={index < EAGER_TILES}
          selected={selected.has(image.id)}
          onToggle={onToggle}
        />
      ))}
      {loadingMore && <TileSkeletons count={EAGER_TILES * 2} />}
    </ul>
  );
}

import { CONTENT_COLUMN } from "@/components/site/column";
import { GalleryHeader } from "./gallery-header";
import { GRID_CLASSES } from "./image-tile";

/** The gallery's page box: wide enough for six tiles a row, tiles edge to edge on phones. */
export const GALLERY_MAIN_CLASSES = `${CONTENT_COLUMN} flex-1 pb-10`;

const block = "animate-pulse rounded-md bg-subtle";

/** The gallery's shape while its first page loads on the server: the same header, then tiles. */
export function GallerySkeleton() {
  return (
    <div aria-busy="true">
      <p aria-live="polite" className="sr-only">
        Loading your photos…
      </p>
      <GalleryHeader
        usage={<span className={`${block} block h-4 w-40`} />}
        filters={<span className={`${block} block h-full w-full sm:w-96`} />}
        upload={<span className={`${block} block h-full w-24`} />}
      />
      <ul className={GRID_CLASSES} aria-hidden="true">
        {Array.from({ length: 18 }, (_, index) => (
          <li key={index} className="bg-subtle aspect-square animate-pulse sm:rounded-md" />
        ))}
      </ul>
    </div>
  );
}

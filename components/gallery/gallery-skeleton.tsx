import { GRID_CLASSES } from "./image-tile";

/** The gallery's shape while its first page loads on the server. */
export function GallerySkeleton() {
  return (
    <div className="mt-6" aria-busy="true">
      <p aria-live="polite" className="sr-only">
        Loading your images…
      </p>
      <div className="mb-8 h-32 animate-pulse rounded-lg bg-neutral-200" aria-hidden="true" />
      <div className="mb-4 flex gap-2" aria-hidden="true">
        {[0, 1, 2].map((index) => (
          <div key={index} className="h-8 w-24 animate-pulse rounded-full bg-neutral-200" />
        ))}
      </div>
      <ul className={GRID_CLASSES} aria-hidden="true">
        {Array.from({ length: 12 }, (_, index) => (
          <li key={index} className="aspect-square animate-pulse rounded-lg bg-neutral-200" />
        ))}
      </ul>
    </div>
  );
}

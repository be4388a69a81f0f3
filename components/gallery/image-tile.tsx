import Link from "next/link";
import { altFor } from "@/lib/gallery/edits";
import type { TileState } from "@/lib/gallery/processing";
import type { GalleryImage } from "@/lib/imgpro/types";

/** Two columns on phones, three from `sm`, four from `lg` (the page is at most 64rem wide). */
export const GRID_SIZES = "(min-width: 1024px) 240px, (min-width: 640px) 33vw, 50vw";
export const GRID_CLASSES = "grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4";
/** Up to four tiles share the first row: those load at once, the rest when scrolled near. */
export const EAGER_TILES = 4;

export const tileLinkId = (id: string) => `tile-${id}`;

/** What a tile says instead of the picture while img.pro has none to show. */
const PLACEHOLDER_TEXT: Record<Exclude<TileState, "ready">, string> = {
  processing: "Processing…",
  stalled: "Still processing. Refresh the page later.",
  failed: "img.pro could not process this image.",
};

export function ImageTile({
  image,
  state,
  eager,
  selected,
  selectable,
  onToggle,
}: {
  image: GalleryImage;
  state: TileState;
  eager: boolean;
  selected: boolean;
  selectable: boolean;
  onToggle: (id: string, shift: boolean) => void;
}) {
  // Tiles are square crops; width and height give the browser the ratio before any byte
  // arrives and aspect-square keeps the box fixed, so nothing shifts as images load.
  const width = image.width ?? 640;
  const height = image.height ?? 640;
  return (
    <li className="relative" data-image-id={image.id}>
      <Link
        id={tileLinkId(image.id)}
        href={`/images/${image.id}`}
        scroll={false}
        prefetch={false}
        className={`block overflow-hidden rounded-lg bg-neutral-200 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${selected ? "ring-3 ring-sky-600" : ""}`}
      >
        {state !== "ready" ? (
          // Same square box as a picture, so nothing shifts when the real image replaces it.
          <span
            data-testid="tile-placeholder"
            data-state={state}
            className={`flex aspect-square w-full flex-col items-center justify-center gap-1 p-3 text-center text-sm ${state === "failed" ? "text-red-800" : "text-neutral-700"} ${state === "processing" ? "animate-pulse" : ""}`}
          >
            <span className="font-medium break-all">{image.filename}</span>
            <span>{PLACEHOLDER_TEXT[state]}</span>
          </span>
        ) : (
          /* eslint-disable-next-line @next/next/no-img-element -- the CDN already serves sized WebP variants; next/image would re-encode them through this server */
          <img
            src={image.display.src}
            srcSet={image.display.srcSet ?? undefined}
            sizes={GRID_SIZES}
            width={width}
            height={height}
            alt={altFor(image)}
            loading={eager ? "eager" : "lazy"}
            decoding="async"
            className="aspect-square h-auto w-full object-cover transition-transform duration-200 hover:scale-[1.02]"
          />
        )}
      </Link>
      <input
        type="checkbox"
        checked={selected}
        disabled={!selectable}
        // React's change event for a checkbox is the click, so it carries the Shift key.
        onChange={(event) =>
          onToggle(image.id, "shiftKey" in event.nativeEvent && Boolean(event.nativeEvent.shiftKey))
        }
        aria-label={`Select ${image.filename}`}
        className="absolute top-2 left-2 size-5 cursor-pointer rounded border-neutral-400 bg-white accent-sky-700 shadow focus-visible:outline-3 focus-visible:outline-sky-600"
      />
    </li>
  );
}

export function TileSkeletons({ count }: { count: number }) {
  return Array.from({ length: count }, (_, index) => (
    <li key={`skeleton-${index}`} aria-hidden="true" data-testid="tile-skeleton">
      <div className="aspect-square animate-pulse rounded-lg bg-neutral-200" />
    </li>
  ));
}

import { AppLink } from "@/components/ui/app-link";
import { altFor } from "@/lib/gallery/alt-text";
import type { TileState } from "@/lib/gallery/tile-state";
import type { GalleryImage } from "@/lib/imgpro/types";
import { TILE_SIZES, tileSources } from "./tile-sources";
import { imagePath } from "@/lib/routes";

/** Three tiles a row on phones with 2 px gaps, then 4, 5 and 6 (see TILE_SIZES). */
export const GRID_CLASSES =
  "-mx-3 grid grid-cols-3 gap-0.5 sm:mx-0 sm:grid-cols-4 sm:gap-1 lg:grid-cols-5 xl:grid-cols-6";
/** Up to six tiles share the first row: those load at once, the rest when scrolled near. */
export const EAGER_TILES = 6;

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
  selecting,
  selectable,
  onToggle,
}: {
  image: GalleryImage;
  state: TileState;
  eager: boolean;
  selected: boolean;
  /** Something is selected: every box shows, so a tap selects rather than opens. */
  selecting: boolean;
  selectable: boolean;
  onToggle: (id: string, shift: boolean) => void;
}) {
  // Tiles are square crops; width and height give the browser the ratio before any byte
  // arrives and aspect-square keeps the box fixed, so nothing shifts as images load.
  const width = image.width ?? 640;
  const height = image.height ?? 640;
  const sources = tileSources(image);
  const caption = image.caption ?? image.filename;
  return (
    <li className="group/tile relative" data-image-id={image.id}>
      <AppLink
        id={tileLinkId(image.id)}
        href={imagePath(image.id)}
        scroll={false}
        prefetch={false}
        className={selected ? "tile-link ring-accent ring-4 ring-inset" : "tile-link"}
      >
        {state !== "ready" ? (
          // Same square box as a picture, so nothing shifts when the real image replaces it.
          <span
            data-testid="tile-placeholder"
            data-state={state}
            className={`tile-placeholder ${state === "failed" ? "text-danger" : "text-muted"} ${state === "processing" ? "animate-pulse" : ""}`}
          >
            <span className="line-clamp-2 font-medium break-all">{image.filename}</span>
            <span>{PLACEHOLDER_TEXT[state]}</span>
          </span>
        ) : (
          /* eslint-disable-next-line @next/next/no-img-element -- the CDN already serves sized WebP variants; next/image would re-encode them through this server */
          <img
            src={sources.src}
            srcSet={sources.srcSet ?? undefined}
            sizes={TILE_SIZES}
            width={width}
            height={height}
            alt={altFor(image)}
            loading={eager ? "eager" : "lazy"}
            decoding="async"
            className={
              selected ? "tile-img scale-[0.92] group-hover/tile:scale-[0.92]" : "tile-img"
            }
          />
        )}
        {/* The caption on a scrim, shown on hover where there is hover (phones tap to open). */}
        <span aria-hidden="true" className="tile-caption">
          {caption}
        </span>
      </AppLink>
      {/* The box: a 44 px target on touch, 28 px with a mouse; shown on hover and focus, and
          always while selecting. */}
      <label className={selecting || selected ? "tile-box opacity-100" : "tile-box tile-box-idle"}>
        <input
          type="checkbox"
          checked={selected}
          disabled={!selectable}
          // React's change event for a checkbox is the click, so it carries the Shift key.
          onChange={(event) =>
            onToggle(
              image.id,
              "shiftKey" in event.nativeEvent && Boolean(event.nativeEvent.shiftKey),
            )
          }
          aria-label={`Select ${image.filename}`}
          className="tile-check"
        />
      </label>
    </li>
  );
}

export function TileSkeletons({ count }: { count: number }) {
  return Array.from({ length: count }, (_, index) => (
    <li key={`skeleton-${index}`} aria-hidden="true" data-testid="tile-skeleton">
      <div className="bg-subtle aspect-square animate-pulse sm:rounded-md" />
    </li>
  ));
}

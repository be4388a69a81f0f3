import type { ReactNode, Ref } from "react";

/**
 * The gallery's header row, shared by the page and its loading skeleton so both are the same
 * height (CLS 0): desktop one row, title and usage then filters and "+ Upload"; phone two,
 * title and "+ Upload" over the filters. Every part is 36 px tall (44 on touch). The
 * selection bar, when there is one, covers it from `barSlot`. It sticks to the top while
 * the grid scrolls, so the selection bar stays in reach; no filter or transform on it, which
 * would make it the box of the tray and the drop overlay (position: fixed) inside it. Its
 * styles are the .gallery-bar classes in app/globals.css.
 */
export function GalleryHeader({
  usage,
  filters,
  upload,
  barSlot,
}: {
  usage: ReactNode;
  filters: ReactNode;
  upload: ReactNode;
  barSlot?: Ref<HTMLDivElement>;
}) {
  return (
    <div className="gallery-bar group/header">
      <div className="gallery-bar-row">
        <div className="gallery-bar-title">
          <h1
            id="gallery-heading"
            tabIndex={-1}
            className="focus-visible:outline-accent shrink-0 rounded text-xl font-semibold focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            Your photos
          </h1>
          <div className="hidden min-w-0 sm:block">{usage}</div>
        </div>
        <div className="gallery-bar-filters">{filters}</div>
        <div className="gallery-bar-upload">{upload}</div>
        {barSlot && <div ref={barSlot} className="contents" />}
      </div>
    </div>
  );
}

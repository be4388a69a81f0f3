import type { ReactNode, Ref } from "react";

/**
 * The gallery's header row, shared by the page and its loading skeleton so both are the same
 * height (CLS 0): desktop one row, title and usage then filters and "+ Upload"; phone two,
 * title and "+ Upload" over the filters. Every part is 36 px tall (44 on touch). The
 * selection bar, when there is one, covers it from `barSlot`. It sticks to the top while
 * the grid scrolls, so the selection bar stays in reach; no filter or transform on it, which
 * would make it the box of the tray and the drop overlay (position: fixed) inside it.
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
    <div className="group/header bg-canvas sticky top-0 z-20 -mx-3 px-3 sm:-mx-6 sm:px-6">
      <div className="relative flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
        <div className="flex h-9 min-w-0 items-center gap-3 pointer-coarse:h-11">
          <h1
            id="gallery-heading"
            tabIndex={-1}
            className="focus-visible:outline-accent shrink-0 rounded text-xl font-semibold focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            Your photos
          </h1>
          <div className="hidden min-w-0 sm:block">{usage}</div>
        </div>
        <div className="order-last flex h-9 w-full items-center group-has-[[data-selection-bar]]/header:invisible sm:order-none sm:ml-auto sm:w-auto pointer-coarse:h-11">
          {filters}
        </div>
        <div className="ml-auto flex h-9 items-center sm:ml-0 pointer-coarse:h-11">{upload}</div>
        {barSlot && <div ref={barSlot} className="contents" />}
      </div>
    </div>
  );
}

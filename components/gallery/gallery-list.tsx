"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { lazyPart, type UnavailableProps } from "@/components/ui/lazy-part";
import { TryAgain } from "@/components/ui/try-again";
import { sessionProblemHref, sessionProblemOf } from "@/lib/auth/session-problem";
import type { GalleryFilters } from "@/lib/gallery/filters";
import { galleryHref } from "@/lib/gallery/filters";
import type { StatusMessage } from "@/lib/gallery/messages";
import { keepShownOrder, removeImages, replaceImage, sameOrder } from "@/lib/gallery/pages";
import {
  EMPTY_SELECTION,
  pruneSelection,
  selectAll,
  toggleSelection,
  type Selection,
} from "@/lib/gallery/selection";
import type { Album, GalleryImage, ImagePage } from "@/lib/imgpro/types";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import { useProvideGalleryList, type GalleryListApi } from "./gallery-bridge";
import { ImageGrid } from "./image-grid";
import { tileLinkId } from "./image-tile";
import { ListFooter } from "./list-footer";
import { useGalleryPages } from "./use-gallery-pages";

/** The batch tools load with the first selection, not with the page. */
const SelectionTools = lazyPart(
  () => import("./selection-tools").then((module) => module.SelectionTools),
  SelectionToolsUnavailable,
);

/** In the bar's place when its code cannot be downloaded (offline, or a new deploy). */
function SelectionToolsUnavailable({ retry, retrying }: UnavailableProps) {
  return (
    <section
      aria-label="Selected images"
      data-selection-bar
      role="alert"
      className="bg-canvas absolute inset-x-0 top-0 z-30 flex min-h-full items-center gap-3 text-sm"
    >
      The selection tools couldn’t be loaded.
      <TryAgain retry={retry} retrying={retrying} />
    </section>
  );
}

/** After uploads, one refetch for a burst of them rather than one per file. */
const REVALIDATE_AFTER_UPLOAD_MS = 1000;

/**
 * Tiles already shown keep their places across refetches (see keepShownOrder). The state is
 * the shown order of ids, not the images array: SWR may hand over a new array with the same
 * images on any render, and comparing ids means the render-time update settles after one
 * pass instead of looping (keepShownOrder of its own result is the same order).
 */
function useShownOrder(images: GalleryImage[]): GalleryImage[] {
  const [shownIds, setShownIds] = useState(() => images.map((image) => image.id));
  const ordered = useMemo(() => keepShownOrder(shownIds, images), [shownIds, images]);
  if (!sameOrder(ordered, shownIds)) setShownIds(ordered.map((image) => image.id));
  return ordered;
}

/** One filtered list: keyed by its filters, so a new filter starts from the server's page. */
export function GalleryList({
  filters,
  initialPage,
  announce,
  onUsage,
  onRemoved,
  onMoved,
  albums,
  selectionBarSlot,
  emptyState,
}: {
  filters: GalleryFilters;
  initialPage: ImagePage;
  announce: (message: StatusMessage) => void;
  onUsage: (usage: UsageSnapshot) => void;
  onRemoved: (images: GalleryImage[]) => void;
  onMoved: () => void;
  albums: readonly Album[];
  /** Where the selection bar goes: over the gallery's header row. */
  selectionBarSlot: HTMLElement | null;
  /** What an empty list shows, rendered by the server (it needs no script of its own). */
  emptyState: ReactNode;
}) {
  const list = useGalleryPages(filters, initialPage);
  const { editPages, revalidate } = list;
  const images = useShownOrder(list.images);
  const order = useMemo(() => images.map((image) => image.id), [images]);
  const [rawSelection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const selection = pruneSelection(rawSelection, order);
  const selected = images.filter((image) => selection.ids.has(image.id));
  const batch = {
    list,
    selected,
    onDone: () => {
      setSelection(EMPTY_SELECTION);
      // The bar and its buttons go with the selection: the focus must not drop to the page.
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || document.activeElement === null)
          document.getElementById("gallery-heading")?.focus();
      });
    },
    announce,
    onUsage,
    onRemoved,
    onMoved,
  };

  const revalidateTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const focusFallback = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (revalidateTimer.current) clearTimeout(revalidateTimer.current);
    },
    [],
  );

  const api = useMemo<GalleryListApi>(
    () => ({
      ids: order,
      placeImage(image, { deduplicated }) {
        // The placement rules load with the first upload (uploads are never synchronous).
        import("@/lib/gallery/page-edits")
          .then(({ placeImage }) =>
            editPages((pages) => {
              const { pages: next, placement } = placeImage(pages, image, filters, deduplicated);
              if (placement === "filtered-out")
                announce({
                  tone: "info",
                  text: `${image.filename} is in your library, but these filters don't show it.`,
                });
              return next;
            }),
          )
          // Without them the image still comes in with the refetch below.
          .catch(() => {});
        if (revalidateTimer.current) clearTimeout(revalidateTimer.current);
        revalidateTimer.current = setTimeout(revalidate, REVALIDATE_AFTER_UPLOAD_MS);
      },
      replaceImage: (image) => void editPages((pages) => replaceImage(pages, image)),
      removeImages(ids) {
        const gone = new Set(ids);
        // Where focus goes if it was on a removed tile: the next image that stays.
        const index = order.findIndex((id) => gone.has(id));
        focusFallback.current =
          index === -1 ? null : (order.slice(index).find((id) => !gone.has(id)) ?? null);
        onRemoved(images.filter((image) => gone.has(image.id)));
        void editPages((pages) => removeImages(pages, gone));
      },
      announce,
      usageChanged: onUsage,
      focusImage(id) {
        const fallback = focusFallback.current;
        const target =
          document.getElementById(tileLinkId(id)) ??
          (fallback ? document.getElementById(tileLinkId(fallback)) : null) ??
          document.getElementById("gallery-heading");
        target?.focus();
      },
    }),
    [order, images, filters, editPages, revalidate, announce, onUsage, onRemoved],
  );
  useProvideGalleryList(api);

  const toggle = useCallback(
    (id: string, shift: boolean) =>
      setSelection((current) => toggleSelection(pruneSelection(current, order), order, id, shift)),
    [order],
  );

  // The session or the app is gone: leave for where that is explained, as uploads and server
  // actions do, rather than keep showing a library the user can no longer act on.
  const problem = list.error ? sessionProblemOf(list.error.status, list.error.code) : null;
  const sessionProblem = problem
    ? { problem, href: sessionProblemHref(problem, galleryHref(filters)) }
    : null;
  const leaveFor = sessionProblem?.href;
  useEffect(() => {
    if (leaveFor) window.location.assign(leaveFor);
  }, [leaveFor]);

  const empty = images.length === 0 && !list.loadingMore;
  return (
    <div>
      {list.engine}
      {selectionBarSlot &&
        selection.ids.size > 0 &&
        createPortal(
          <SelectionTools
            batch={batch}
            count={selection.ids.size}
            loadedCount={images.length}
            albums={albums}
            onSelectAll={() => setSelection(selectAll(order))}
            onClear={() => setSelection(EMPTY_SELECTION)}
          />,
          selectionBarSlot,
        )}
      {empty ? (
        emptyState
      ) : (
        <ImageGrid
          images={images}
          selected={selection.ids}
          onToggle={toggle}
          loadingMore={list.loadingMore}
          onSettled={api.replaceImage}
        />
      )}
      <ListFooter
        pageCount={list.pageCount}
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        error={list.error}
        empty={empty}
        sessionProblem={sessionProblem}
        returnTo={galleryHref(filters)}
        onLoadMore={list.loadMore}
        onRetry={list.revalidate}
      />
    </div>
  );
}

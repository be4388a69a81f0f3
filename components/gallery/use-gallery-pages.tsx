"use client";

import { useCallback, useMemo, useRef, useState, type ComponentType } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { GalleryFilters } from "@/lib/gallery/filters";
import { flattenPages } from "@/lib/gallery/pages";
import type { ImagePage } from "@/lib/imgpro/types";

export type PagesEdit = (pages: ImagePage[]) => ImagePage[];

/** What the list shows of an error: the engine's FetchError, or its own download failing. */
export interface ListError {
  status: number;
  code: string | null;
  message: string;
}

/** What the list's SWR engine (swr-pages.tsx) reports: its pages, how many it wants, its error. */
export interface PagesState {
  pages: ImagePage[];
  size: number;
  error: ListError | undefined;
}

/** What the engine lends: the same edits, plus the ones that need img.pro. */
export interface PagesEngine {
  editPages(edit: PagesEdit): void;
  optimistic<T>(edit: PagesEdit, run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>>;
  loadMore(loaded: number): void;
  revalidate(): void;
}

type Engine = ComponentType<import("./swr-pages").SwrPagesProps>;

/** The list's error when the engine's code could not be downloaded (offline, a new deploy). */
const ENGINE_UNAVAILABLE = "Check your connection and try again";
const engineUnavailable = (): ListError => ({
  status: 0,
  code: "engine_unavailable",
  message: ENGINE_UNAVAILABLE,
});

/**
 * The gallery's pages: the page the server rendered, edited locally, until the list first
 * needs img.pro (another page, a refetch after uploads or an error, a batch action). Then
 * the SWR engine loads (useSWRInfinite over /api/images, seeded with the pages shown) and
 * owns them; what was asked of it meanwhile runs once it is there. Render `engine` anywhere
 * in the list: it draws nothing.
 */
export function useGalleryPages(filters: GalleryFilters, initialPage: ImagePage) {
  const [state, setState] = useState<PagesState>(() => ({
    pages: [initialPage],
    size: 1,
    error: undefined,
  }));
  const [Engine, setEngine] = useState<Engine | null>(null);
  const engine = useRef<PagesEngine | null>(null);
  const loading = useRef(false);
  const waiting = useRef<{ run: (engine: PagesEngine) => void; fail: () => void }[]>([]);

  const onReady = useCallback((ready: PagesEngine | null) => {
    engine.current = ready;
    if (!ready) return;
    for (const task of waiting.current.splice(0)) task.run(ready);
  }, []);

  /**
   * Runs `task` with the engine, downloading it first if need be. If the download fails, the
   * tasks waiting fail and the list shows the error with Retry, which comes back here.
   */
  const withEngine = useCallback(<T,>(task: (engine: PagesEngine) => T): Promise<T> => {
    if (engine.current) return Promise.resolve(task(engine.current));
    const queued = new Promise<T>((resolve, reject) =>
      waiting.current.push({
        run: (ready) => resolve(task(ready)),
        fail: () => reject(engineUnavailable()),
      }),
    );
    if (!loading.current) {
      loading.current = true;
      setState((current) => ({ ...current, error: undefined }));
      import("./swr-pages").then(
        (module) => setEngine(() => module.SwrPages),
        () => {
          loading.current = false;
          for (const task of waiting.current.splice(0)) task.fail();
          setState((current) => ({ ...current, error: engineUnavailable() }));
        },
      );
    }
    return queued;
  }, []);

  const editPages = useCallback((edit: PagesEdit) => {
    if (engine.current) engine.current.editPages(edit);
    else setState((current) => ({ ...current, pages: edit(current.pages) }));
  }, []);

  const optimistic = useCallback(
    <T,>(edit: PagesEdit, run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> =>
      withEngine((ready) => ready.optimistic(edit, run)).then(
        (outcome) => outcome,
        // The only way here: the engine's code could not be downloaded; nothing was sent.
        (): ActionResult<T> => ({ ok: false, error: ENGINE_UNAVAILABLE }),
      ),
    [withEngine],
  );

  const { pages, size, error } = state;
  const loaded = pages.length;
  const loadMore = useCallback(() => {
    setState((current) => ({ ...current, size: current.pages.length + 1 }));
    // A failed download is already on screen as the list's error.
    withEngine((ready) => ready.loadMore(loaded)).catch(() => {});
  }, [withEngine, loaded]);
  const revalidate = useCallback(
    () => void withEngine((ready) => ready.revalidate()).catch(() => {}),
    [withEngine],
  );

  const images = useMemo(() => flattenPages(pages), [pages]);
  const hasMore = Boolean(pages[pages.length - 1]?.nextCursor);

  return {
    images,
    pageCount: pages.length,
    hasMore,
    loadingMore: !error && size > pages.length,
    error,
    loadMore,
    /** Refetches every loaded page (after an error, or to catch up after uploads). */
    revalidate,
    editPages,
    optimistic,
    engine: Engine ? (
      <Engine
        filters={filters}
        seed={pages}
        initialSize={size}
        onState={setState}
        onReady={onReady}
      />
    ) : null,
  };
}

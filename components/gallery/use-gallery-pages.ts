"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { useSWRConfig } from "swr";
import useSWRInfinite from "swr/infinite";
import type { ActionResult } from "@/lib/action-result";
import { FetchError, fetcher } from "@/lib/fetcher";
import { listUrl, type GalleryFilters } from "@/lib/gallery/filters";
import { FailedAction, unexpectedFailure } from "@/lib/gallery/messages";
import { flattenPages } from "@/lib/gallery/pages";
import type { ImagePage } from "@/lib/imgpro/types";

type PagesEdit = (pages: ImagePage[]) => ImagePage[];

/**
 * The gallery's pages through useSWRInfinite over /api/images, seeded with the page the
 * server rendered so the first paint needs no fetch. Local edits go to both SWR caches (the
 * list's and each page's), because useSWRInfinite rebuilds the list from the page caches
 * when it loads another page and would otherwise bring back what was edited away.
 */
export function useGalleryPages(filters: GalleryFilters, initialPage: ImagePage) {
  const getKey = useCallback(
    (index: number, previous: ImagePage | null) => {
      if (index === 0) return listUrl(filters, null);
      return previous?.nextCursor ? listUrl(filters, previous.nextCursor) : null;
    },
    [filters],
  );
  // One array for the server's page: SWR hands fallbackData back as `data` until the cache is
  // seeded, and a new array each render would make every derived value new each render.
  const fallbackPages = useMemo(() => [initialPage], [initialPage]);
  const swr = useSWRInfinite<ImagePage, FetchError>(getKey, (url: string) => fetcher(url), {
    fallbackData: fallbackPages,
    revalidateOnMount: false,
    revalidateFirstPage: false,
    // A 4xx (session ended, bad query) will not fix itself; a 5xx or 429 may.
    shouldRetryOnError: (error) =>
      !(error instanceof FetchError) || error.status >= 500 || error.status === 429,
  });
  const { mutate: mutateKey } = useSWRConfig();
  const { mutate, setSize, error, size } = swr;

  const writePageCaches = useCallback(
    (pages: ImagePage[]) => {
      let previous: ImagePage | null = null;
      pages.forEach((page, index) => {
        const key = getKey(index, previous);
        if (key) void mutateKey(key, page, { revalidate: false });
        previous = page;
      });
    },
    [getKey, mutateKey],
  );

  /** A local edit, shown at once and not sent anywhere (the caller has saved it). */
  const editPages = useCallback(
    (edit: PagesEdit) =>
      mutate(
        (current) => {
          const next = edit(current ?? [initialPage]);
          writePageCaches(next);
          return next;
        },
        { revalidate: false },
      ),
    [mutate, initialPage, writePageCaches],
  );

  const seeded = useRef(false);
  useEffect(() => {
    // Once per list: the server's page becomes the cached first page, so loading the second
    // one does not fetch the first again. A later render of the same list keeps its pages.
    if (seeded.current) return;
    seeded.current = true;
    writePageCaches([initialPage]);
    void mutate([initialPage], { revalidate: false });
  }, [initialPage, mutate, writePageCaches]);

  /**
   * An optimistic edit for an action: shown at once, undone when the action fails, and
   * followed by a refetch of the pages it changed, which also refreshes their caches.
   */
  const optimistic = useCallback(
    async <T>(edit: PagesEdit, run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> => {
      const answer: { outcome: ActionResult<T> | null } = { outcome: null };
      try {
        await mutate(
          async () => {
            const outcome = await run();
            answer.outcome = outcome;
            if (!outcome.ok) throw new FailedAction(outcome);
            return undefined;
          },
          {
            optimisticData: (current) => edit(current ?? [initialPage]),
            populateCache: (_result, committed) => edit(committed ?? [initialPage]),
            rollbackOnError: true,
            revalidate: true,
          },
        );
      } catch (caught) {
        return answer.outcome ?? unexpectedFailure(caught);
      }
      return answer.outcome ?? unexpectedFailure(null);
    },
    [mutate, initialPage],
  );

  const data = swr.data;
  const pages = data ?? fallbackPages;
  const images = useMemo(() => flattenPages(pages), [pages]);
  const hasMore = Boolean(pages[pages.length - 1]?.nextCursor);
  const loadingMore = !error && size > pages.length;

  return {
    images,
    pageCount: pages.length,
    hasMore,
    loadingMore,
    error,
    loadMore: useCallback(() => void setSize(pages.length + 1), [setSize, pages.length]),
    /** Refetches every loaded page (after an error, or to catch up after uploads). */
    revalidate: useCallback(() => void mutate(), [mutate]),
    editPages,
    optimistic,
  };
}

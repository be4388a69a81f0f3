"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { SWRConfig, useSWRConfig } from "swr";
import useSWRInfinite from "swr/infinite";
import type { ActionResult } from "@/lib/action-result";
import { FetchError, fetcher } from "@/lib/fetcher";
import { listUrl, type GalleryFilters } from "@/lib/gallery/filters";
import { FailedAction, unexpectedFailure } from "@/lib/gallery/messages";
import type { ImagePage } from "@/lib/imgpro/types";
import type { PagesEdit, PagesEngine, PagesState } from "./use-gallery-pages";

/** A fresh SWR cache per list: the server's page, not an older visit's, is what shows. */
const freshCache = () => new Map();

export interface SwrPagesProps {
  filters: GalleryFilters;
  /** The pages shown until now (the server's page with any local edits): SWR starts here. */
  seed: ImagePage[];
  /** How many pages the list wants already (one more than the seed when it asked for more). */
  initialSize: number;
  onState: (state: PagesState) => void;
  onReady: (engine: PagesEngine | null) => void;
}

/**
 * The gallery's pages through useSWRInfinite over /api/images: loaded by useGalleryPages the
 * first time the list needs more than the server's page (another page, a refetch, a batch
 * action), so SWR is not part of the page's first download. It renders nothing; it reports
 * its pages up and lends its functions.
 */
export function SwrPages(props: SwrPagesProps) {
  return (
    <SWRConfig value={{ provider: freshCache }}>
      <Pages {...props} />
    </SWRConfig>
  );
}

/**
 * Local edits go to both SWR caches (the list's and each page's), because useSWRInfinite
 * rebuilds the list from the page caches when it loads another page and would otherwise
 * bring back what was edited away.
 */
function Pages({ filters, seed, initialSize, onState, onReady }: SwrPagesProps) {
  const getKey = useCallback(
    (index: number, previous: ImagePage | null) => {
      if (index === 0) return listUrl(filters, null);
      return previous?.nextCursor ? listUrl(filters, previous.nextCursor) : null;
    },
    [filters],
  );
  // Where this engine starts, read once (later renders must not reseed it): the pages shown,
  // and the size the list already showed as loading (a Load more asked for before the engine
  // was here), so it never reports fewer pages wanted than that.
  const [{ fallbackPages, startSize }] = useState({ fallbackPages: seed, startSize: initialSize });
  const swr = useSWRInfinite<ImagePage, FetchError>(getKey, (url: string) => fetcher(url), {
    fallbackData: fallbackPages,
    initialSize: startSize,
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

  const seeded = useRef(false);
  useEffect(() => {
    // The pages so far become the cached pages, so loading the next one does not fetch them.
    if (seeded.current) return;
    seeded.current = true;
    writePageCaches(fallbackPages);
    void mutate(fallbackPages, { revalidate: false });
  }, [fallbackPages, mutate, writePageCaches]);

  const pages = swr.data ?? fallbackPages;
  const engine = useMemo<PagesEngine>(
    () => ({
      editPages: (edit: PagesEdit) =>
        void mutate(
          (current) => {
            const next = edit(current ?? fallbackPages);
            writePageCaches(next);
            return next;
          },
          { revalidate: false },
        ),
      async optimistic<T>(
        edit: PagesEdit,
        run: () => Promise<ActionResult<T>>,
      ): Promise<ActionResult<T>> {
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
              optimisticData: (current) => edit(current ?? fallbackPages),
              populateCache: (_result, committed) => edit(committed ?? fallbackPages),
              rollbackOnError: true,
              revalidate: true,
            },
          );
        } catch (caught) {
          return answer.outcome ?? unexpectedFailure(caught);
        }
        return answer.outcome ?? unexpectedFailure(null);
      },
      loadMore: (loaded: number) => void setSize(loaded + 1),
      revalidate: () => void mutate(),
    }),
    [mutate, setSize, fallbackPages, writePageCaches],
  );

  useEffect(() => {
    onState({ pages, size, error });
  }, [onState, pages, size, error]);
  useEffect(() => {
    onReady(engine);
    return () => onReady(null);
  }, [onReady, engine]);
  return null;
}

"use client";

import { useCallback, useState } from "react";
import { SWRConfig } from "swr";
import { LiveRegion } from "@/components/ui/live-region";
import { ImportFromUrlForm } from "@/components/upload/import-from-url-form";
import { UploadPanel } from "@/components/upload/upload-panel";
import { UsageMeters } from "@/components/usage/usage-meters";
import { filtersToSearch, type GalleryFilters as Filters } from "@/lib/gallery/filters";
import type { StatusMessage } from "@/lib/gallery/messages";
import { albumsAfterRemoval } from "@/lib/gallery/pages";
import type { Album, GalleryImage, ImagePage } from "@/lib/imgpro/types";
import { newerUsage, type UsageSnapshot } from "@/lib/usage-snapshot";
import { useGalleryList } from "./gallery-bridge";
import { GalleryFilters } from "./gallery-filters";
import { GalleryList } from "./gallery-list";
import { useSyncedState } from "./use-synced-state";
import { useUsageRefresh } from "./use-usage-refresh";

/** A fresh SWR cache per list: the server's page, not an older visit's, is what shows. */
const freshCache = () => new Map();

export function GalleryView({
  filters,
  initialPage,
  albums,
  usage,
  maxUploadBytes,
  uploadTimeoutMs,
}: {
  filters: Filters;
  initialPage: ImagePage;
  albums: Album[];
  usage: UsageSnapshot;
  maxUploadBytes: number;
  uploadTimeoutMs: number;
}) {
  // A message belongs to the list it was said about: another filter starts quiet.
  const [status, setStatus] = useState<{ list: string; message: StatusMessage } | null>(null);
  const [meters, setMeters] = useSyncedState(usage);
  const [albumList, setAlbumList] = useSyncedState(albums);
  const list = useGalleryList();
  const filterKey = filtersToSearch(filters);
  const message = status?.list === filterKey ? status.message : null;
  const announce = useCallback(
    (next: StatusMessage) => setStatus({ list: filterKey, message: next }),
    [filterKey],
  );

  const onUsage = useUsageRefresh(
    useCallback(
      (next: UsageSnapshot) => setMeters((previous) => newerUsage(previous, next)),
      [setMeters],
    ),
  );
  const onRemoved = useCallback(
    (images: GalleryImage[]) => setAlbumList((current) => albumsAfterRemoval(current, images)),
    [setAlbumList],
  );
  const onAdded = (image: GalleryImage, info: { deduplicated: boolean }) =>
    list?.placeImage(image, info);

  return (
    <div className="mt-6 flex flex-col gap-8">
      {/* The upload panel brings its own heading. */}
      <section id="add-images" aria-label="Add images" className="flex flex-col gap-4">
        <UploadPanel
          maxUploadBytes={maxUploadBytes}
          uploadTimeoutMs={uploadTimeoutMs}
          onUploaded={onAdded}
          onUsage={onUsage}
        />
        <ImportFromUrlForm onImported={onAdded} onUsage={onUsage} />
        <UsageMeters usage={meters} />
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading" tabIndex={-1} className="mb-3 text-lg font-semibold">
          Your images
        </h2>
        <GalleryFilters key={`filters?${filterKey}`} filters={filters} albums={albumList} />
        <LiveRegion message={message} className="mb-3" testId="gallery-status" />
        <SWRConfig key={`list?${filterKey}`} value={{ provider: freshCache }}>
          <GalleryList
            filters={filters}
            initialPage={initialPage}
            announce={announce}
            onUsage={onUsage}
            onRemoved={onRemoved}
          />
        </SWRConfig>
      </section>
    </div>
  );
}

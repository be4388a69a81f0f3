"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, type ReactNode } from "react";
import { LiveRegion } from "@/components/ui/live-region";
import { UploadControl } from "@/components/upload/upload-control";
import { UsageLine } from "@/components/usage/usage-line";
import { filtersToSearch, type GalleryFilters as Filters } from "@/lib/gallery/filters";
import type { StatusMessage } from "@/lib/gallery/messages";
import type { Album, GalleryImage, ImagePage } from "@/lib/imgpro/types";
import { newerUsage, type UsageSnapshot } from "@/lib/usage-snapshot";
import { useGalleryList } from "./gallery-bridge";
import { GalleryFilters } from "./gallery-filters";
import { GalleryHeader } from "./gallery-header";
import { GalleryList } from "./gallery-list";
import { useSyncedState } from "./use-synced-state";
import { useUsageRefresh } from "./use-usage-refresh";

/**
 * New photos go to the top of the grid: bring it into view if the user is above it (at the
 * header), never pull a user who has scrolled into the grid back up.
 */
function revealGridTop() {
  const grid = document.querySelector("[data-testid=image-grid]");
  if (!grid) return;
  const top = grid.getBoundingClientRect().top;
  if (top > window.innerHeight * 0.6) grid.scrollIntoView({ block: "start", behavior: "smooth" });
}

export function GalleryView({
  filters,
  initialPage,
  albums,
  usage,
  maxUploadBytes,
  uploadTimeoutMs,
  emptyState,
}: {
  filters: Filters;
  initialPage: ImagePage;
  albums: Album[];
  usage: UsageSnapshot;
  maxUploadBytes: number;
  uploadTimeoutMs: number;
  /** What an empty list shows (server-rendered). */
  emptyState: ReactNode;
}) {
  // A message belongs to the list it was said about: another filter starts quiet.
  const [status, setStatus] = useState<{ list: string; message: StatusMessage } | null>(null);
  const [meters, setMeters] = useSyncedState(usage);
  const [albumList, setAlbumList] = useSyncedState(albums);
  const [barSlot, setBarSlot] = useState<HTMLDivElement | null>(null);
  const router = useRouter();
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
    (images: GalleryImage[]) =>
      void import("@/lib/gallery/page-edits")
        .then(({ albumsAfterRemoval }) =>
          setAlbumList((current) => albumsAfterRemoval(current, images)),
        )
        // The counts are a hint; the next page load has them right.
        .catch(() => {}),
    [setAlbumList],
  );
  const onMoved = useCallback(() => router.refresh(), [router]);
  const onAdded = (image: GalleryImage, info: { deduplicated: boolean }) => {
    list?.placeImage(image, info);
    revealGridTop();
  };

  return (
    <>
      <GalleryHeader
        usage={<UsageLine usage={meters} />}
        filters={
          <GalleryFilters key={`filters?${filterKey}`} filters={filters} albums={albumList} />
        }
        upload={
          <UploadControl
            maxUploadBytes={maxUploadBytes}
            uploadTimeoutMs={uploadTimeoutMs}
            onUploaded={onAdded}
            onUsage={onUsage}
          />
        }
        barSlot={setBarSlot}
      />
      <section aria-labelledby="gallery-heading">
        {/* A toast rather than a line above the grid: a message must not push the photos down. */}
        <div className="toast-dock">
          <LiveRegion message={message} className="toast" testId="gallery-status" />
        </div>
        {/* One list per filter: a new filter starts from the server's page. */}
        <GalleryList
          key={`list?${filterKey}`}
          filters={filters}
          initialPage={initialPage}
          announce={announce}
          onUsage={onUsage}
          onRemoved={onRemoved}
          onMoved={onMoved}
          albums={albumList}
          selectionBarSlot={barSlot}
          emptyState={emptyState}
        />
      </section>
    </>
  );
}

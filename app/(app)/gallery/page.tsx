import type { Metadata } from "next";
import { EmptyState } from "@/components/gallery/empty-state";
import { GALLERY_MAIN_CLASSES } from "@/components/gallery/gallery-skeleton";
import { GalleryView } from "@/components/gallery/gallery-view";
import { redirectOnAccountError } from "@/lib/auth/account-errors";
import { getConfig } from "@/lib/env";
import { GALLERY_PAGE_SIZE, hasFilters, parseFilters } from "@/lib/gallery/filters";
import { listAlbums, listImagesWithQuota } from "@/lib/imgpro/images";
import { getUsage } from "@/lib/imgpro/usage";
import { requireUser } from "@/lib/session";
import { snapshotFromQuota, snapshotFromUsage } from "@/lib/usage-snapshot";

export const metadata: Metadata = { title: "Your photos" };

export default async function GalleryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const filters = parseFilters(await searchParams);
  let data: Awaited<ReturnType<typeof load>>;
  try {
    data = await load(user.userId, filters);
  } catch (error) {
    redirectOnAccountError(error);
    throw error;
  }
  const { firstPage, albums, usage } = data;

  return (
    <main className={GALLERY_MAIN_CLASSES}>
      <GalleryView
        filters={filters}
        initialPage={firstPage}
        albums={albums}
        usage={usage}
        maxUploadBytes={getConfig().uploadMaxBytes}
        uploadTimeoutMs={getConfig().uploadTimeoutMs}
        emptyState={<EmptyState filtered={hasFilters(filters)} />}
      />
    </main>
  );
}

/**
 * The first page and the albums, in parallel. The usage meter is drawn from the quota headers
 * img.pro sends with the list (the API Reference promises them on every authenticated
 * answer): one call fewer per view. An img.pro that sends none gets a GET /v1/usage after.
 */
async function load(userId: string, filters: ReturnType<typeof parseFilters>) {
  const [listed, albums] = await Promise.all([
    listImagesWithQuota(userId, {
      limit: GALLERY_PAGE_SIZE,
      tags: filters.tags,
      tagMode: filters.mode,
      namespace: filters.album,
    }),
    listAlbums(userId),
  ]);
  const usage = listed.quota
    ? snapshotFromQuota(listed.quota)
    : snapshotFromUsage(await getUsage(userId));
  return { firstPage: listed.page, albums, usage };
}

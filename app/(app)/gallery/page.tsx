import type { Metadata } from "next";
import { GALLERY_MAIN_CLASSES } from "@/components/gallery/gallery-skeleton";
import { GalleryView } from "@/components/gallery/gallery-view";
import { redirectOnAccountError } from "@/lib/auth/account-errors";
import { getConfig } from "@/lib/env";
import { GALLERY_PAGE_SIZE, parseFilters } from "@/lib/gallery/filters";
import { listAlbums, listImages } from "@/lib/imgpro/images";
import { getUsage } from "@/lib/imgpro/usage";
import { requireUser } from "@/lib/session";
import { snapshotFromUsage } from "@/lib/usage-snapshot";

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
  const [firstPage, albums, usage] = data;

  return (
    <main className={GALLERY_MAIN_CLASSES}>
      <GalleryView
        filters={filters}
        initialPage={firstPage}
        albums={albums}
        usage={snapshotFromUsage(usage)}
        maxUploadBytes={getConfig().uploadMaxBytes}
        uploadTimeoutMs={getConfig().uploadTimeoutMs}
      />
    </main>
  );
}

/** The first page, the albums and the meters, in parallel: none waits for another. */
function load(userId: string, filters: ReturnType<typeof parseFilters>) {
  return Promise.all([
    listImages(userId, {
      limit: GALLERY_PAGE_SIZE,
      tags: filters.tags,
      tagMode: filters.mode,
      namespace: filters.album,
    }),
    listAlbums(userId),
    getUsage(userId),
  ]);
}

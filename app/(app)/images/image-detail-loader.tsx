import "server-only";
import { notFound } from "next/navigation";
import { redirectOnAccountError } from "@/lib/auth/account-errors";
import { IMAGE_ID_PATTERN } from "@/lib/gallery/schemas";
import { copyableVariants } from "@/lib/imgpro/cdn";
import { getImage, listAlbums } from "@/lib/imgpro/images";
import { UNUSABLE_FIELD_NAMES } from "@/lib/imgpro/shapes";
import type { GalleryImage } from "@/lib/imgpro/types";
import { requireUser } from "@/lib/session";
import { DETAIL_TITLE_ID } from "@/components/gallery/detail/detail-title";
import { ImageDetail } from "@/components/gallery/detail/image-detail";
import { imagePath } from "@/lib/routes";

/**
 * Loads one image for the detail page or the modal, fresh from img.pro. The CDN variants
 * are built here (lib/imgpro/cdn is server-only) and handed to the client as plain URLs.
 */
export async function ImageDetailLoader({ id, mode }: { id: string; mode: "page" | "modal" }) {
  const user = await requireUser(imagePath(id));
  let image: GalleryImage | null = null;
  let albums: string[] = [];
  if (IMAGE_ID_PATTERN.test(id)) {
    try {
      const [found, known] = await Promise.all([
        getImage(user.userId, id),
        listAlbums(user.userId),
      ]);
      image = found;
      albums = known.map((album) => album.namespace);
    } catch (error) {
      redirectOnAccountError(error);
      throw error;
    }
  }
  if (!image) {
    if (mode === "page") notFound();
    return (
      <div className="p-5">
        <h2 id={DETAIL_TITLE_ID} className="text-lg font-semibold">
          This image no longer exists
        </h2>
        <p className="text-muted mt-1 text-sm">It may have been deleted elsewhere.</p>
      </div>
    );
  }
  return (
    <ImageDetail
      key={image.id}
      image={image}
      variants={copyableVariants(image)}
      albums={albums}
      unusableFieldNames={[...UNUSABLE_FIELD_NAMES]}
      mode={mode}
    />
  );
}

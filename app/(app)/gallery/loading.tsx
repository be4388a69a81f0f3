import { GALLERY_MAIN_CLASSES, GallerySkeleton } from "@/components/gallery/gallery-skeleton";

export default function GalleryLoading() {
  return (
    <main className={GALLERY_MAIN_CLASSES}>
      <GallerySkeleton />
    </main>
  );
}

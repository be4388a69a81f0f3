import { GallerySkeleton } from "@/components/gallery/gallery-skeleton";

export default function GalleryLoading() {
  return (
    <main className="mx-auto w-full max-w-5xl flex-1 px-6 py-10">
      <h1 className="text-2xl font-semibold">Your gallery</h1>
      <GallerySkeleton />
    </main>
  );
}

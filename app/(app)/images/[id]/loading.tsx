import { DetailSkeleton } from "@/components/gallery/detail/detail-skeleton";

export default function ImageLoading() {
  return (
    <main className="mx-auto w-full max-w-5xl flex-1 px-6 py-8">
      <DetailSkeleton />
    </main>
  );
}

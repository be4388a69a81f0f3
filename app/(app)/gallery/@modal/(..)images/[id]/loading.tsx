import { DetailSkeleton } from "@/components/gallery/detail/detail-skeleton";

export default function ImageModalLoading() {
  return <DetailSkeleton />;
}

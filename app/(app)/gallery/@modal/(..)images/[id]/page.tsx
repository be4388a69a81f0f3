import { ImageDetailLoader } from "@/app/(app)/images/image-detail-loader";

/** /images/[id] opened from the grid: the same detail, inside the gallery's dialog. */
export default async function ImageModalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ImageDetailLoader id={id} mode="modal" />;
}

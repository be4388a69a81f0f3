import type { Metadata } from "next";
import Link from "next/link";
import { ImageDetailLoader } from "@/app/(app)/images/image-detail-loader";

export const metadata: Metadata = { title: "Image" };

/** An image's own page: a shared link, a reload, or a new tab (no modal interception). */
export default async function ImagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <main className="mx-auto w-full max-w-5xl flex-1 px-6 py-8">
      <Link href="/gallery" className="text-sm underline underline-offset-4">
        ← Back to the gallery
      </Link>
      <div className="mt-4">
        <ImageDetailLoader id={id} mode="page" />
      </div>
    </main>
  );
}

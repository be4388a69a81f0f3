"use client";

import { DetailError } from "@/components/gallery/detail/detail-error";

export default function ImageError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="mx-auto w-full max-w-5xl flex-1 px-6 py-8">
      <DetailError retry={retry} />
    </main>
  );
}

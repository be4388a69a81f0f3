"use client";

import { Button } from "@/components/ui/button";

/** img.pro did not answer the gallery's first page (lifecycle errors redirect before this). */
export default function GalleryError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="mx-auto w-full max-w-5xl flex-1 px-6 py-10">
      <h1 className="text-2xl font-semibold">Your gallery</h1>
      <div role="alert" className="mt-6 rounded-lg border border-red-200 bg-red-50 p-4 text-sm">
        <p className="font-medium text-red-900">Your images couldn&apos;t be loaded.</p>
        <p className="mt-1 text-red-900">
          img.pro did not answer as expected. Your images are safe; try again in a moment.
        </p>
        <Button variant="primary" className="mt-3" onClick={() => retry()}>
          Retry
        </Button>
      </div>
    </main>
  );
}

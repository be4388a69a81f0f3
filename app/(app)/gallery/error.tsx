"use client";

import { lazy, Suspense } from "react";

/**
 * Next.js loads a segment's error boundary with its page; the page it shows loads only when
 * there is an error (if even that fails, the app's root boundary takes over).
 */
const GalleryErrorView = lazy(() =>
  import("@/components/gallery/gallery-error").then((module) => ({
    default: module.GalleryErrorView,
  })),
);

export default function GalleryError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <Suspense fallback={null}>
      <GalleryErrorView retry={retry} />
    </Suspense>
  );
}

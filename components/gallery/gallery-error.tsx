"use client";

import { RetryErrorPage } from "@/components/site/retry-error-page";

/** img.pro did not answer the gallery's first page (lifecycle errors redirect before this). */
export function GalleryErrorView({ retry }: { retry: () => void }) {
  return (
    <RetryErrorPage title="Your images couldn't be loaded" retry={retry}>
      <p>img.pro did not answer as expected. Your images are safe; try again in a moment.</p>
    </RetryErrorPage>
  );
}

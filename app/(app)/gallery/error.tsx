"use client";

import { ErrorPage } from "@/components/site/error-page";
import { Button } from "@/components/ui/button";

/** img.pro did not answer the gallery's first page (lifecycle errors redirect before this). */
export default function GalleryError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPage
      title="Your images couldn't be loaded"
      alert
      actions={
        <Button variant="primary" onClick={() => retry()}>
          Retry
        </Button>
      }
    >
      <p>img.pro did not answer as expected. Your images are safe; try again in a moment.</p>
    </ErrorPage>
  );
}

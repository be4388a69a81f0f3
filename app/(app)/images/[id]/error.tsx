"use client";

import { RetryErrorPage } from "@/components/site/retry-error-page";

/** img.pro did not answer for this image (a missing image is the not-found page instead). */
export default function ImageError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <RetryErrorPage title="This image couldn't be loaded." retry={retry}>
      <p>img.pro did not answer as expected. Try again in a moment.</p>
    </RetryErrorPage>
  );
}

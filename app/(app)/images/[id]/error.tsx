"use client";

import { ErrorPage } from "@/components/site/error-page";
import { Button } from "@/components/ui/button";

export default function ImageError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPage
      title="This image couldn't be loaded."
      alert
      actions={
        <Button variant="primary" onClick={() => retry()}>
          Retry
        </Button>
      }
    >
      <p>img.pro did not answer as expected. Try again in a moment.</p>
    </ErrorPage>
  );
}

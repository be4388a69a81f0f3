"use client";

import { Button } from "@/components/ui/button";
import { DETAIL_TITLE_ID } from "./detail-skeleton";

export function DetailError({ retry }: { retry: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm">
      <h2 id={DETAIL_TITLE_ID} className="font-medium text-red-900">
        This image couldn&apos;t be loaded.
      </h2>
      <p className="mt-1 text-red-900">
        img.pro did not answer as expected. Try again in a moment.
      </p>
      <Button variant="primary" className="mt-3" onClick={() => retry()}>
        Retry
      </Button>
    </div>
  );
}

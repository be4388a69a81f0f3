"use client";

import { Button } from "@/components/ui/button";
import { DETAIL_TITLE_ID } from "./detail-title";

export function DetailError({ retry }: { retry: () => void }) {
  return (
    <div
      role="alert"
      className="border-danger-line bg-danger-fill text-ink m-5 rounded-lg border p-4 text-sm"
    >
      <h2 id={DETAIL_TITLE_ID} className="text-danger font-medium">
        This image couldn&apos;t be loaded.
      </h2>
      <p className="mt-1">img.pro did not answer as expected. Try again in a moment.</p>
      <Button variant="primary" className="mt-3" onClick={() => retry()}>
        Retry
      </Button>
    </div>
  );
}

"use client";

import { ErrorPage } from "@/components/site/error-page";
import { Button } from "@/components/ui/button";

/** img.pro did not answer (or answered nonsense): say so rather than show an old plan. */
export default function BillingError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPage
      title="Your plan couldn't be loaded"
      alert
      actions={
        <Button variant="primary" onClick={() => retry()}>
          Try again
        </Button>
      }
    >
      <p>
        We couldn&apos;t read your plan from img.pro just now, so we aren&apos;t showing one.
        Nothing has changed on your account.
      </p>
    </ErrorPage>
  );
}

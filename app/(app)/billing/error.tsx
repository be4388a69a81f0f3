"use client";

import { Button } from "@/components/ui/button";

/** img.pro did not answer (or answered nonsense): say so rather than show an old plan. */
export default function BillingError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="mx-auto w-full max-w-5xl flex-1 space-y-4 px-6 py-10">
      <h1 className="text-2xl font-semibold">Billing</h1>
      <p role="alert" className="text-neutral-700">
        We couldn&apos;t read your plan from img.pro just now, so we aren&apos;t showing one.
        Nothing has changed on your account.
      </p>
      <Button onClick={() => retry()}>Try again</Button>
    </main>
  );
}

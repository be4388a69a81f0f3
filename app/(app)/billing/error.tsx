"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";

/** img.pro did not answer (or answered nonsense): say so rather than show an old plan. */
export default function BillingError({ reset }: { error: Error; reset(): void }) {
  const router = useRouter();
  return (
    <main className="mx-auto w-full max-w-5xl flex-1 space-y-4 px-6 py-10">
      <h1 className="text-2xl font-semibold">Billing</h1>
      <p role="alert" className="text-neutral-700">
        We couldn&apos;t read your plan from img.pro just now, so we aren&apos;t showing one.
        Nothing has changed on your account.
      </p>
      <button
        type="button"
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
        className="rounded-lg border border-neutral-300 px-4 py-2 text-sm font-medium hover:bg-neutral-100"
      >
        Try again
      </button>
    </main>
  );
}

import { CONTENT_COLUMN } from "@/components/site/column";

/** Shown while img.pro answers: the page never shows a plan it has not just read. */
export default function BillingLoading() {
  return (
    <main className={`${CONTENT_COLUMN} flex-1 py-10`}>
      <h1 className="text-2xl font-semibold">Billing</h1>
      <p role="status" aria-live="polite" className="text-muted mt-4">
        Reading your plan from img.pro…
      </p>
    </main>
  );
}

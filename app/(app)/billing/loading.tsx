/** Shown while img.pro answers: the page never shows a plan it has not just read. */
export default function BillingLoading() {
  return (
    <main className="mx-auto w-full max-w-5xl flex-1 px-6 py-10">
      <h1 className="text-2xl font-semibold">Billing</h1>
      <p role="status" aria-live="polite" className="mt-4 text-neutral-600">
        Reading your plan from img.pro…
      </p>
    </main>
  );
}

export const DETAIL_TITLE_ID = "image-detail-title";

/** The detail's shape while the image loads (also labels the dialog meanwhile). */
export function DetailSkeleton() {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" aria-busy="true">
      <div className="aspect-[4/3] animate-pulse rounded-lg bg-neutral-200" aria-hidden="true" />
      <div className="flex flex-col gap-3">
        <h2 id={DETAIL_TITLE_ID} className="text-lg font-semibold text-neutral-500">
          Loading image…
        </h2>
        {[0, 1, 2, 3].map((index) => (
          <div
            key={index}
            className="h-6 animate-pulse rounded bg-neutral-200"
            aria-hidden="true"
          />
        ))}
      </div>
    </div>
  );
}

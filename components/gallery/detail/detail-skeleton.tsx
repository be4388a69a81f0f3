import { VIEWER_STAGE } from "./viewer-bar";

export const DETAIL_TITLE_ID = "image-detail-title";

/** The stage that holds the image and the side panel, shared by the detail and its skeleton. */
export const DETAIL_LAYOUT =
  "lg:grid lg:h-full lg:min-h-0 lg:flex-1 lg:grid-cols-[minmax(0,1fr)_24rem] xl:grid-cols-[minmax(0,1fr)_26rem]";
export const DETAIL_STAGE = `relative w-full max-h-[70dvh] lg:h-full lg:max-h-none ${VIEWER_STAGE}`;
export const DETAIL_PANEL =
  "flex min-w-0 flex-col gap-6 bg-surface p-5 text-ink lg:overflow-y-auto lg:overscroll-contain lg:border-l lg:border-line";

/** The detail's shape while the image loads (also labels the dialog meanwhile). */
export function DetailSkeleton() {
  return (
    <div className={DETAIL_LAYOUT} aria-busy="true">
      <div className={`${DETAIL_STAGE} aspect-[4/3] lg:aspect-auto`} aria-hidden="true">
        <div className="absolute inset-0 animate-pulse bg-white/5 lg:inset-4" />
      </div>
      <div className={DETAIL_PANEL}>
        <h2 id={DETAIL_TITLE_ID} className="text-muted text-lg font-semibold">
          Loading image…
        </h2>
        {[0, 1, 2, 3].map((index) => (
          <div key={index} className="bg-subtle h-6 animate-pulse rounded" aria-hidden="true" />
        ))}
      </div>
    </div>
  );
}

"use client";

import { useSyncExternalStore } from "react";
import { formatCreated } from "@/lib/gallery/detail-format";

const subscribeToNothing = () => () => {};

/**
 * A moment in the viewer's time zone. The server knows no time zone but UTC, so its HTML
 * (and the hydration that must match it) says the UTC time; right after hydration React
 * renders again with the browser's snapshot, the local time, without a mismatch.
 */
export function LocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    subscribeToNothing,
    () => formatCreated(iso, { local: true }),
    () => formatCreated(iso),
  );
  return <time dateTime={iso}>{text}</time>;
}

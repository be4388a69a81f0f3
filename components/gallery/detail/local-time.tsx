"use client";

import { useSyncExternalStore } from "react";
import { APP_LOCALE, formatCreated } from "@/lib/format";

const subscribeToNothing = () => () => {};

// The server's format with the viewer's own time zone: the same width, so nothing shifts
// when the local time replaces the UTC one.
const LOCAL_FORMAT = new Intl.DateTimeFormat(APP_LOCALE, {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
});

function formatLocal(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "Unknown date" : LOCAL_FORMAT.format(date);
}

/**
 * A moment in the viewer's time zone. The server knows no time zone but UTC, so its HTML
 * (and the hydration that must match it) says the UTC time; right after hydration React
 * renders again with the browser's snapshot, the local time, without a mismatch.
 */
export function LocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    subscribeToNothing,
    () => formatLocal(iso),
    () => formatCreated(iso),
  );
  return <time dateTime={iso}>{text}</time>;
}

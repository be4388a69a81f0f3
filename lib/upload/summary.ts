import type { UploadItem } from "./queue";
import { PENDING, PROBLEM } from "./queue-types";

export interface TraySummary {
  /** One sentence for the tray's header and its live region, e.g. "Uploading 4 of 12". */
  text: string;
  /** 0..1 over the files that can still go (refused ones do not count). */
  progress: number;
  pending: number;
  done: number;
}

const count = (items: readonly UploadItem[], statuses: ReadonlySet<UploadItem["status"]>) =>
  items.filter((item) => statuses.has(item.status)).length;

/**
 * What the tray says about the whole batch: "Uploading 4 of 12" while files go (the file
 * being worked on, as Google Photos counts), then "12 uploaded", and what did not go.
 */
export function summarizeTray(items: readonly UploadItem[]): TraySummary {
  const pending = count(items, PENDING);
  const done = items.filter((item) => item.status === "done").length;
  const problems = count(items, PROBLEM);
  const canceled = items.filter((item) => item.status === "canceled").length;
  const counted = items.filter((item) => item.status !== "rejected");
  const progress =
    counted.length === 0
      ? 0
      : counted.reduce(
          (sum, item) =>
            sum + (item.status === "done" ? 1 : PENDING.has(item.status) ? item.progress : 0),
          0,
        ) / counted.length;
  const parts: string[] = [];
  if (pending > 0) {
    const settled = items.length - pending;
    parts.push(`Uploading ${Math.min(settled + 1, items.length)} of ${items.length}`);
  } else if (done > 0) {
    parts.push(`${done} uploaded`);
  }
  if (problems > 0) parts.push(`${problems} not uploaded`);
  if (canceled > 0 && pending === 0) parts.push(`${canceled} canceled`);
  return { text: parts.join(", "), progress, pending, done };
}

/** The tray's sentence alone (its live region reads it). */
export function summarize(items: readonly UploadItem[]): string {
  return summarizeTray(items).text;
}

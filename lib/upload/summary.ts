import type { UploadItem } from "./queue";
import { PENDING, PROBLEM } from "./queue-types";

/** One sentence for the panel's live region, e.g. "Uploading 2 of 5 files… 1 not uploaded." */
export function summarize(items: readonly UploadItem[]): string {
  if (items.length === 0) return "";
  const count = (statuses: ReadonlySet<UploadItem["status"]>) =>
    items.filter((item) => statuses.has(item.status)).length;
  const pending = count(PENDING);
  const done = items.filter((item) => item.status === "done").length;
  const problems = count(PROBLEM);
  const files = (n: number) => `${n} ${n === 1 ? "file" : "files"}`;
  const parts: string[] = [];
  if (pending > 0) parts.push(`Uploading ${files(pending)}…`);
  if (done > 0) parts.push(`${files(done)} uploaded.`);
  if (problems > 0) parts.push(`${files(problems)} not uploaded.`);
  return parts.join(" ");
}

import type { UploadItem } from "./queue";

/** One sentence for the panel's live region, e.g. "Uploading 2 of 5 files… 1 not uploaded." */
export function summarize(items: readonly UploadItem[]): string {
  if (items.length === 0) return "";
  const count = (...statuses: UploadItem["status"][]) =>
    items.filter((item) => statuses.includes(item.status)).length;
  const pending = count("queued", "preparing", "uploading", "retrying");
  const done = count("done");
  const problems = count("rejected", "failed", "stopped");
  const files = (n: number) => `${n} ${n === 1 ? "file" : "files"}`;
  const parts: string[] = [];
  if (pending > 0) parts.push(`Uploading ${files(pending)}…`);
  if (done > 0) parts.push(`${files(done)} uploaded.`);
  if (problems > 0) parts.push(`${files(problems)} not uploaded.`);
  return parts.join(" ");
}

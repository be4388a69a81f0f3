"use client";

import { refocusOnRemoval } from "@/components/ui/focus";
import { formatBytes } from "@/lib/format";
import type { UploadItem, UploadStatus } from "@/lib/upload/queue";
import { PENDING, PROBLEM, RETRYABLE } from "@/lib/upload/queue-types";
import { UploadThumb } from "./upload-thumb";

/** Cancel turns into Remove, or the row goes: the focus stays in the row's buttons. */
const keepRowFocus = refocusOnRemoval((buttons) => [buttons.querySelector("button")]);

const LABELS: Record<UploadStatus, string> = {
  rejected: "Not uploaded",
  queued: "Waiting",
  preparing: "Preparing…",
  uploading: "Uploading",
  retrying: "Waiting to retry",
  done: "Uploaded",
  failed: "Failed",
  canceled: "Canceled",
  stopped: "Not sent",
};

/** States whose message already says what happened ("Already in your gallery"). */
const SAYS_IT_ALL = new Set<UploadStatus>(["done", "retrying", "canceled", "stopped"]);

const WITH_BAR = new Set<UploadStatus>(["preparing", "uploading", "retrying"]);

const rowButton =
  "inline-flex min-h-7 min-w-7 items-center justify-center rounded-md px-2 text-xs font-medium text-ink hover:bg-subtle pointer-coarse:min-h-11 pointer-coarse:min-w-11 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

/** What the row says under the name: the state, then img.pro's or the browser's reason. */
function statusLine(item: UploadItem, percent: number): string {
  if (item.status === "uploading") return percent >= 100 ? "Processing…" : `${percent}%`;
  const label = LABELS[item.status];
  if (!item.message) return label;
  return SAYS_IT_ALL.has(item.status) || item.message.startsWith(label)
    ? item.message
    : `${label}: ${item.message}`;
}

export function UploadRow({
  item,
  file,
  onCancel,
  onRetry,
  onRemove,
}: {
  item: UploadItem;
  file: File | undefined;
  onCancel(id: string): void;
  onRetry(id: string): void;
  onRemove(id: string): void;
}) {
  const active = PENDING.has(item.status);
  const retryable = RETRYABLE.has(item.status);
  const percent = Math.round(item.progress * 100);
  const problem = PROBLEM.has(item.status);
  return (
    <li className="flex items-center gap-3 px-3 py-2" data-status={item.status}>
      <UploadThumb file={file} />
      <div className="min-w-0 flex-1">
        <p className="text-ink truncate text-sm font-medium" title={item.name}>
          {item.name}
        </p>
        {WITH_BAR.has(item.status) && (
          <div
            role="progressbar"
            aria-label={`Upload progress for ${item.name}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="bg-subtle my-1 h-1 overflow-hidden rounded-full"
          >
            <div
              className="bg-accent h-full rounded-full transition-[width]"
              style={{ width: `${percent}%` }}
            />
          </div>
        )}
        <p
          aria-live="polite"
          className={`text-xs break-words ${problem ? "text-danger" : "text-muted"}`}
        >
          {statusLine(item, percent)}
          {item.status !== "done" && !active && ` · ${formatBytes(item.size)}`}
        </p>
        {item.note && <p className="text-muted text-xs">{item.note}</p>}
      </div>
      <div className="flex shrink-0 items-center gap-1">
        {/* Cancel and Retry are one button, so the focus stays on it as one turns into the
            other; when an upload ends by itself, the focus moves on to Remove. */}
        {(active || retryable) && (
          <button
            type="button"
            className={rowButton}
            onClick={() => (active ? onCancel(item.id) : onRetry(item.id))}
            ref={keepRowFocus}
            aria-label={`${active ? "Cancel" : "Retry"} ${item.name}`}
          >
            {active ? "Cancel" : "Retry"}
          </button>
        )}
        {!active && (
          <button
            type="button"
            className={rowButton}
            onClick={() => onRemove(item.id)}
            aria-label={`Remove ${item.name} from the list`}
          >
            <span aria-hidden="true" className="text-base leading-none">
              ×
            </span>
          </button>
        )}
      </div>
    </li>
  );
}

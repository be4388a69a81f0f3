"use client";

import { refocusOnRemoval } from "@/components/ui/focus";
import { formatBytes } from "@/lib/format";
import type { UploadItem, UploadStatus } from "@/lib/upload/queue";
import { PENDING, PROBLEM, RETRYABLE } from "@/lib/upload/queue-types";

const WITH_BAR = new Set<UploadStatus>(["queued", "preparing", "uploading", "retrying", "done"]);

/** Cancel turns into Remove, or the row goes: the focus stays in the row's buttons. */
const keepRowFocus = refocusOnRemoval((buttons) => [buttons.querySelector("button")]);

const LABELS: Record<UploadStatus, string> = {
  rejected: "Not uploaded",
  queued: "Waiting",
  preparing: "Preparing…",
  uploading: "Uploading",
  retrying: "Waiting to retry",
  done: "Done",
  failed: "Failed",
  canceled: "Canceled",
  stopped: "Not sent",
};

const button =
  "rounded-md border border-neutral-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-neutral-100 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-neutral-900";

export function UploadRow({
  item,
  onCancel,
  onRetry,
  onRemove,
}: {
  item: UploadItem;
  onCancel(id: string): void;
  onRetry(id: string): void;
  onRemove(id: string): void;
}) {
  const active = PENDING.has(item.status);
  const retryable = RETRYABLE.has(item.status);
  const percent = Math.round(item.progress * 100);
  const label =
    item.status === "uploading"
      ? percent >= 100
        ? "Processing…"
        : `${percent}%`
      : LABELS[item.status];
  return (
    <li className="rounded-lg border border-neutral-200 bg-white p-3">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate text-sm font-medium text-neutral-900" title={item.name}>
            {item.name}
          </p>
          <p className="text-xs text-neutral-600">
            {formatBytes(item.size)} · {label}
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          {/* Cancel and Retry are one button, so the focus stays on it as one turns into the
              other; when an upload ends by itself, the focus moves on to Remove. */}
          {(active || retryable) && (
            <button
              type="button"
              className={button}
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
              className={button}
              onClick={() => onRemove(item.id)}
              aria-label={`Remove ${item.name} from the list`}
            >
              Remove
            </button>
          )}
        </div>
      </div>
      {WITH_BAR.has(item.status) && (
        <div
          role="progressbar"
          aria-label={`Upload progress for ${item.name}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="mt-2 h-1.5 overflow-hidden rounded-full bg-neutral-200"
        >
          <div
            className={`h-full rounded-full transition-[width] ${item.status === "done" ? "bg-emerald-600" : "bg-neutral-900"}`}
            style={{ width: `${percent}%` }}
          />
        </div>
      )}
      {item.note && <p className="mt-2 text-xs text-neutral-700">{item.note}</p>}
      <p
        aria-live="polite"
        className={`mt-1 text-xs ${PROBLEM.has(item.status) ? "text-red-700" : "text-neutral-700"}`}
      >
        {item.message}
      </p>
    </li>
  );
}

"use client";

import { AppLink } from "@/components/ui/app-link";
import { useEffect, useId, useRef, useState } from "react";
import { focusFirst } from "@/components/ui/focus";
import type { UploadItem, UploadQueue } from "@/lib/upload/queue";
import { FINISHED, PENDING } from "@/lib/upload/queue-types";
import { summarizeTray } from "@/lib/upload/summary";
import { UploadRow } from "./upload-row";
import { ROUTES } from "@/lib/routes";

const iconButton =
  "inline-flex size-8 items-center justify-center rounded-md text-ink hover:bg-subtle pointer-coarse:size-11 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";
const textButton =
  "inline-flex min-h-7 items-center rounded-md px-2 text-xs font-medium text-ink underline-offset-4 hover:underline pointer-coarse:min-h-11 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

/** Uploaded with nothing more to say: folds away once the batch is over. */
const isPlainUpload = (item: UploadItem) =>
  item.status === "done" && !item.note && !item.deduplicated;

/**
 * Bottom right, only while there is something to show: the batch's progress, a row per
 * file (thumbnail, Cancel, Retry), and the uploaded ones folded into "12 uploaded" once
 * nothing is left to go. Refusals stay as rows, each with its own reason.
 */
export function UploadTray({
  queue,
  items,
  returnFocus,
}: {
  queue: UploadQueue;
  items: readonly UploadItem[];
  /** Where the focus goes when the tray closes or a row it was in goes. */
  returnFocus: () => HTMLElement | null;
}) {
  const [collapsed, setCollapsed] = useState(false);
  const [showUploaded, setShowUploaded] = useState(false);
  const listId = useId();
  const rowList = useRef<HTMLUListElement>(null);
  const summary = summarizeTray(items);
  const busy = summary.pending > 0;
  // While files go every row shows; after, the plain uploaded ones fold into "Show N
  // uploaded". A row with a note (resized to fit, already in the gallery) stays: it tells
  // the user something about what was stored.
  const foldedCount = items.filter(isPlainUpload).length;
  const foldUploaded = !busy && foldedCount > 0 && !showUploaded;
  const rows = foldUploaded ? items.filter((item) => !isPlainUpload(item)) : items;
  const quotaStop = items.find((item) => item.status === "failed" && item.upgradeUrl);
  const finished = items.some((item) => FINISHED.has(item.status));

  // A keyboard user on a row that folds away (Remove, Retry) would drop to the page: the
  // focus goes to the button that shows the uploaded rows again.
  const tray = useRef<HTMLDivElement>(null);
  const showUploadedButton = useRef<HTMLButtonElement>(null);
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const element = tray.current;
    const note = (event: FocusEvent) => (lastFocused.current = event.target as Element);
    element?.addEventListener("focusin", note);
    return () => element?.removeEventListener("focusin", note);
  }, []);
  useEffect(() => {
    const lost = lastFocused.current;
    const dropped = document.activeElement === null || document.activeElement === document.body;
    if (foldUploaded && lost && !lost.isConnected && dropped) showUploadedButton.current?.focus();
  }, [foldUploaded]);

  // A row's buttons go with it: the focus moves first, to the next row that stays, else the
  // previous one, else back to the Upload button, so it never drops to the page.
  function removeRow(id: string) {
    const children = rowList.current?.children;
    const index = rows.findIndex((item) => item.id === id);
    focusFirst(
      children?.[index + 1]?.querySelector("button"),
      children?.[index - 1]?.querySelector("button"),
      returnFocus(),
    );
    queue.remove(id);
  }
  function clearFinished() {
    focusFirst(returnFocus());
    queue.clearFinished();
    setShowUploaded(false);
  }
  function close() {
    focusFirst(returnFocus());
    for (const item of items) if (!PENDING.has(item.status)) queue.remove(item.id);
    setShowUploaded(false);
    setCollapsed(false);
  }

  return (
    <div
      ref={tray}
      hidden={items.length === 0}
      className="border-line bg-surface text-ink visible fixed right-3 bottom-3 left-3 z-40 flex max-h-[min(28rem,70vh)] flex-col overflow-hidden rounded-xl border shadow-xl sm:left-auto sm:w-96"
    >
      <div className="border-line flex items-center gap-2 border-b px-3 py-2">
        <div className="min-w-0 flex-1">
          <p role="status" className="truncate text-sm font-semibold">
            {summary.text}
          </p>
          {busy && (
            <div
              aria-hidden="true"
              className="bg-subtle mt-1 h-1 overflow-hidden rounded-full"
              data-testid="tray-progress"
            >
              <div
                className="bg-accent h-full rounded-full transition-[width]"
                style={{ width: `${Math.round(summary.progress * 100)}%` }}
              />
            </div>
          )}
        </div>
        <button
          type="button"
          className={iconButton}
          aria-expanded={!collapsed}
          aria-controls={listId}
          aria-label={collapsed ? "Show uploads" : "Hide uploads"}
          onClick={() => setCollapsed((value) => !value)}
        >
          <span
            aria-hidden="true"
            className={`transition-transform ${collapsed ? "" : "rotate-180"}`}
          >
            ▴
          </span>
        </button>
        {!busy && (
          <button type="button" className={iconButton} aria-label="Close uploads" onClick={close}>
            <span aria-hidden="true" className="text-lg leading-none">
              ×
            </span>
          </button>
        )}
      </div>
      <div id={listId} hidden={collapsed} className="min-h-0 overflow-y-auto">
        <div aria-live="polite">
          {quotaStop && (
            <div className="border-warn-line bg-warn-fill text-warn m-3 rounded-lg border p-3 text-sm">
              <p>{quotaStop.message}</p>
              <AppLink
                href={quotaStop.upgradeUrl ?? ROUTES.billing}
                className="focus-visible:outline-accent mt-1 inline-block font-medium underline focus-visible:outline-2 focus-visible:outline-offset-2"
              >
                Upgrade plan
              </AppLink>
            </div>
          )}
        </div>
        {rows.length > 0 && (
          <ul ref={rowList} aria-label="Uploads" className="divide-line divide-y">
            {rows.map((item) => (
              <UploadRow
                key={item.id}
                item={item}
                file={item.status === "rejected" ? undefined : queue.fileOf(item.id)}
                onCancel={(id) => queue.cancel(id)}
                onRetry={(id) => queue.retry(id)}
                onRemove={removeRow}
              />
            ))}
          </ul>
        )}
        {(!busy && foldedCount > 0) || finished ? (
          <div className="border-line flex items-center justify-between gap-2 border-t px-3 py-1.5">
            {!busy && foldedCount > 0 ? (
              <button
                ref={showUploadedButton}
                type="button"
                className={textButton}
                aria-expanded={showUploaded}
                onClick={() => setShowUploaded((value) => !value)}
              >
                {showUploaded ? "Hide uploaded" : `Show ${foldedCount} uploaded`}
              </button>
            ) : (
              <span />
            )}
            {finished && (
              <button type="button" className={textButton} onClick={clearFinished}>
                Clear finished
              </button>
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}

"use client";

import Link from "next/link";
import { useEffect, useId, useRef } from "react";
import { useDropzone } from "react-dropzone";
import { focusFirst } from "@/components/ui/focus";
import { Button } from "@/components/ui/button";
import type { GalleryImage } from "@/lib/imgpro/types";
import { IMGPRO_MAX_UPLOAD_BYTES } from "@/lib/limits";
import { formatBytes } from "@/lib/format";
import { ACCEPT_ATTRIBUTE, FORMAT_NAMES } from "@/lib/upload/formats";
import { filesFromClipboard } from "@/lib/upload/paste";
import { FINISHED } from "@/lib/upload/queue-types";
import { summarize } from "@/lib/upload/summary";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import { UploadRow } from "./upload-row";
import { useUploadQueue } from "./use-upload-queue";

export interface UploadPanelProps {
  /** The deployment's request-body limit (UPLOAD_MAX_BYTES), from the server. */
  maxUploadBytes: number;
  /** How long the server gives one upload (IMGPRO_UPLOAD_TIMEOUT_MS), from the server. */
  uploadTimeoutMs: number;
  /** Called once per file that img.pro stored, or already had (deduplicated). */
  onUploaded(image: GalleryImage, info: { deduplicated: boolean }): void;
  /** After each upload: usage from img.pro's quota headers, or null when it sent none. */
  onUsage(usage: UsageSnapshot | null): void;
}

const focusRing =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-neutral-900";

/**
 * Drop, pick or paste images; each file gets a row with its progress, Cancel while it goes,
 * Retry when it failed. The rules (checks, 5 at a time, retries, quota) live in lib/upload.
 */
export function UploadPanel({
  maxUploadBytes,
  uploadTimeoutMs,
  onUploaded,
  onUsage,
}: UploadPanelProps) {
  const { queue, items } = useUploadQueue({
    maxUploadBytes,
    uploadTimeoutMs,
    onUploaded,
    onUsage,
  });
  const headingId = useId();
  const hintId = useId();
  const { getRootProps, getInputProps, open, isDragActive } = useDropzone({
    onDrop: (accepted, refused) => queue.add([...accepted, ...refused.map(({ file }) => file)]),
    multiple: true,
    noClick: true,
    noKeyboard: true,
    useFsAccessApi: false,
  });

  // Paste works anywhere on the page while the panel is open, not only when it has focus.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = filesFromClipboard(event.clipboardData);
      if (files.length === 0) return;
      event.preventDefault();
      queue.add(files);
    };
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, [queue]);

  // A row's buttons go with it: the focus moves first, to the next row that stays, else the
  // previous one, else the picker, so it never drops to the page.
  const chooseButton = useRef<HTMLButtonElement>(null);
  const rowList = useRef<HTMLUListElement>(null);
  function removeRow(id: string) {
    const rows = rowList.current?.children;
    const index = items.findIndex((item) => item.id === id);
    focusFirst(
      rows?.[index + 1]?.querySelector("button"),
      rows?.[index - 1]?.querySelector("button"),
      chooseButton.current,
    );
    queue.remove(id);
  }
  function clearFinished() {
    focusFirst(chooseButton.current);
    queue.clearFinished();
  }

  const limit = Math.min(maxUploadBytes, IMGPRO_MAX_UPLOAD_BYTES);
  const quotaStop = items.find((item) => item.status === "failed" && item.upgradeUrl);
  const finished = items.some((item) => FINISHED.has(item.status));

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-neutral-200 bg-white p-4"
    >
      <h2 id={headingId} className="text-base font-semibold">
        Upload images
      </h2>
      <div
        {...getRootProps({
          className: `mt-3 flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center ${
            isDragActive ? "border-neutral-900 bg-neutral-50" : "border-neutral-300"
          }`,
        })}
        // The page-wide paste listener above handles paste; the drop area must not add twice.
        onPaste={undefined}
      >
        {/* The picker behind "Choose images": hidden from assistive tech, which gets the button. */}
        <input {...getInputProps({ accept: ACCEPT_ATTRIBUTE })} aria-hidden="true" />
        <p className="text-sm text-neutral-700">
          {isDragActive ? "Drop to upload" : "Drag images here, or paste one from the clipboard"}
        </p>
        <Button ref={chooseButton} variant="primary" onClick={open} aria-describedby={hintId}>
          Choose images
        </Button>
        <p id={hintId} className="text-xs text-neutral-600">
          {FORMAT_NAMES}, up to {formatBytes(limit)} each (SVG 10 MB).
          {limit < IMGPRO_MAX_UPLOAD_BYTES &&
            " Larger JPEG, PNG and WebP files are resized to fit."}
        </p>
      </div>

      <div aria-live="polite">
        {quotaStop && (
          <div className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <p>{quotaStop.message}</p>
            <Link
              href={quotaStop.upgradeUrl ?? "/billing"}
              className={`mt-2 inline-block font-medium underline ${focusRing}`}
            >
              Upgrade plan
            </Link>
          </div>
        )}
      </div>

      <p role="status" className="mt-3 text-sm text-neutral-700">
        {summarize(items)}
      </p>

      {items.length > 0 && (
        <ul ref={rowList} aria-label="Uploads" className="mt-2 flex flex-col gap-2">
          {items.map((item) => (
            <UploadRow
              key={item.id}
              item={item}
              onCancel={(id) => queue.cancel(id)}
              onRetry={(id) => queue.retry(id)}
              onRemove={removeRow}
            />
          ))}
        </ul>
      )}
      {finished && (
        <button
          type="button"
          onClick={clearFinished}
          className={`mt-3 text-sm font-medium text-neutral-700 underline hover:text-neutral-950 ${focusRing}`}
        >
          Clear finished
        </button>
      )}
    </section>
  );
}

"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyPart, Nothing, type UnavailableProps } from "@/components/ui/lazy-part";
import { TryAgain } from "@/components/ui/try-again";
import { useDismiss } from "@/components/ui/use-dismiss";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { GalleryImage } from "@/lib/imgpro/types";
import { IMGPRO_MAX_UPLOAD_BYTES } from "@/lib/limits";
import { formatBytes } from "@/lib/format";
import { ACCEPT_ATTRIBUTE, FORMAT_NAMES } from "@/lib/upload/formats";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import type { UploadEngineProps } from "./upload-engine";
import { UploadEngineUnavailable, type HeldFiles } from "./upload-engine-unavailable";
import { useWindowDrop } from "./use-window-drop";

export interface UploadControlProps {
  /** The deployment's request-body limit (UPLOAD_MAX_BYTES), from the server. */
  maxUploadBytes: number;
  /** How long the server gives one upload (IMGPRO_UPLOAD_TIMEOUT_MS), from the server. */
  uploadTimeoutMs: number;
  /** Called once per file that img.pro stored, or already had (deduplicated). */
  onUploaded(image: GalleryImage, info: { deduplicated: boolean }): void;
  /** After each upload: usage from img.pro's quota headers, or null when it sent none. */
  onUsage(usage: UsageSnapshot | null): void;
}

/**
 * The overlay loads with the first files dragged over the window. The drop works without it,
 * so if its code cannot be fetched there is simply no overlay.
 */
const DropOverlay = lazyPart(
  () => import("./drop-overlay").then((module) => module.DropOverlay),
  Nothing,
);

/** The import form loads when it is first asked for, not with the page. */
const ImportFromUrlForm = lazyPart(
  () => import("./import-from-url-form").then((module) => module.ImportFromUrlForm),
  ImportUnavailable,
  <p className="text-muted min-h-24 text-sm">Loading…</p>,
);

function ImportUnavailable(props: UnavailableProps) {
  return (
    <div role="alert" className="text-sm">
      <p className="text-danger mb-2">
        The import form couldn’t be loaded. Check your connection and try again.
      </p>
      <TryAgain {...props} />
    </div>
  );
}

/**
 * The queue and the tray load on first use: a pointer or the focus on "+ Upload", files
 * dragged over the window, or files chosen, dropped or pasted (held until it is there). If
 * their code cannot be fetched, a small notice names the files held and tries again.
 */
const UploadEngine = lazyPart<UploadEngineProps & HeldFiles>(
  () => import("./upload-engine").then((module) => module.UploadEngine),
  UploadEngineUnavailable,
);

/**
 * The gallery's one way in for photos: "+ Upload" opens Choose images, the paste hint and
 * Import from a URL; files dropped anywhere on the window or pasted anywhere go too. The
 * tray shows what is on its way. The rules (checks, 5 at a time, retries, quota) live in
 * lib/upload.
 */
export function UploadControl(props: UploadControlProps) {
  const { maxUploadBytes, onUploaded, onUsage } = props;
  const { engineWanted, wantEngine, addFiles, connect, held } = useLazyQueue();
  const hydrated = useHydrated();
  const dragging = useWindowDrop(addFiles, hydrated);
  useEffect(() => {
    if (dragging) wantEngine();
  }, [dragging, wantEngine]);
  const [open, setOpen] = useState<"menu" | "import" | null>(null);
  const menuId = useId();
  const hintId = useId();
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const firstItem = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);

  const closeMenu = useCallback(() => setOpen(null), []);
  useEffect(() => {
    if (open === "menu") firstItem.current?.focus();
  }, [open]);
  useDismiss(open !== null, container, trigger, closeMenu);

  const limit = Math.min(maxUploadBytes, IMGPRO_MAX_UPLOAD_BYTES);
  return (
    <section aria-label="Upload images" ref={container} className="relative">
      <Button
        ref={trigger}
        variant="primary"
        aria-expanded={open !== null}
        aria-controls={menuId}
        onClick={() => setOpen((current) => (current ? null : "menu"))}
        onPointerEnter={wantEngine}
        onFocus={wantEngine}
        className="group-has-[[data-selection-bar]]/header:invisible"
      >
        <span aria-hidden="true" className="text-base leading-none">
          +
        </span>
        Upload
      </Button>
      {/* The picker behind "Choose images": hidden from assistive tech, which gets the button. */}
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        aria-hidden="true"
        tabIndex={-1}
        className="hidden"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = "";
          if (files.length > 0) addFiles(files);
        }}
      />
      <div
        id={menuId}
        hidden={open === null}
        className="menu-panel right-0 z-30 w-[min(22rem,calc(100vw-1.5rem))] p-2"
      >
        {open === "import" ? (
          <div className="p-2">
            <ImportFromUrlForm onImported={onUploaded} onUsage={onUsage} autoFocus />
          </div>
        ) : (
          <>
            <button
              ref={firstItem}
              type="button"
              className="menu-item"
              aria-describedby={hintId}
              onClick={() => {
                setOpen(null);
                input.current?.click();
              }}
            >
              Choose images
            </button>
            <button type="button" className="menu-item" onClick={() => setOpen("import")}>
              Import from a URL…
            </button>
            <div className="border-line text-muted mt-1 border-t px-3 pt-2 pb-1 text-xs">
              <p className="pointer-coarse:hidden">
                Or drag photos onto the page, or paste one with Ctrl+V (⌘V on a Mac).
              </p>
              <p id={hintId} className="mt-1">
                {FORMAT_NAMES}, up to {formatBytes(limit)} each (SVG 10 MB).
                {limit < IMGPRO_MAX_UPLOAD_BYTES &&
                  " Larger JPEG, PNG and WebP files are resized to fit."}
              </p>
            </div>
          </>
        )}
      </div>
      {dragging && <DropOverlay />}
      {engineWanted && (
        <UploadEngine
          {...props}
          connect={connect}
          held={held}
          returnFocus={() => trigger.current}
        />
      )}
    </section>
  );
}

/**
 * The queue lives in UploadEngine, which loads on first use. Files that come before it is
 * there are held and handed over as it connects, in the order they came: none is lost, even
 * when its code could not be fetched at first and comes on a later try.
 */
function useLazyQueue() {
  const [engineWanted, setEngineWanted] = useState(false);
  const addToQueue = useRef<((files: File[]) => void) | null>(null);
  const holding = useRef<File[]>([]);
  // What is held, for the notice shown while the code cannot be fetched.
  const [held, setHeld] = useState<readonly File[]>([]);
  const wantEngine = useCallback(() => setEngineWanted(true), []);
  const addFiles = useCallback((files: File[]) => {
    // Files still held go first: a later choice never overtakes an earlier one.
    if (addToQueue.current && holding.current.length === 0) {
      addToQueue.current(files);
      return;
    }
    holding.current.push(...files);
    setHeld([...holding.current]);
    setEngineWanted(true);
  }, []);
  const connect = useCallback((add: (files: File[]) => void) => {
    addToQueue.current = add;
    // Handed over a task later, not in the effect itself: React's development build mounts,
    // unmounts and mounts again, and the unmount aborts whatever the queue has started.
    const handOver = setTimeout(() => {
      const waiting = holding.current.splice(0);
      setHeld([]);
      if (waiting.length > 0) add(waiting);
    });
    return () => {
      clearTimeout(handOver);
      addToQueue.current = null;
    };
  }, []);
  return { engineWanted, wantEngine, addFiles, connect, held };
}

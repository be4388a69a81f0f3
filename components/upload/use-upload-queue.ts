"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { GalleryImage } from "@/lib/imgpro/types";
import { prepareUpload } from "@/lib/upload/prepare";
import { sessionProblemHref, type SessionProblem } from "@/lib/auth/session-problem";
import { sleep } from "@/lib/sleep";
import { UploadQueue, type UploadItem } from "@/lib/upload/queue";
import { browserTimeoutMs, sendUpload } from "@/lib/upload/transport";
import { newIdempotencyKey } from "@/lib/upload/upload-contract";
import type { UsageSnapshot } from "@/lib/usage-snapshot";

interface Options {
  maxUploadBytes: number;
  uploadTimeoutMs: number;
  onUploaded(image: GalleryImage, info: { deduplicated: boolean }): void;
  onUsage(usage: UsageSnapshot | null): void;
}

const NO_ITEMS: readonly UploadItem[] = [];

/** An upload found the session or the app gone: leave for where that is explained. */
function leaveFor(problem: SessionProblem) {
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(sessionProblemHref(problem, here));
}

/** One UploadQueue for the panel's lifetime, wired to the real browser transport. */
export function useUploadQueue({ maxUploadBytes, uploadTimeoutMs, onUploaded, onUsage }: Options) {
  const [queue] = useState(
    () =>
      new UploadQueue({
        maxUploadBytes,
        prepare: (file, accepted) => prepareUpload(file, accepted),
        send: (upload, key, hooks) =>
          sendUpload(upload, key, { ...hooks, timeoutMs: browserTimeoutMs(uploadTimeoutMs) }),
        wait: sleep,
        newKey: newIdempotencyKey,
        onUploaded,
        onUsage,
        onSessionProblem: leaveFor,
      }),
  );
  useEffect(() => queue.setCallbacks({ onUploaded, onUsage }), [queue, onUploaded, onUsage]);
  useEffect(() => () => queue.dispose(), [queue]);
  const items = useSyncExternalStore(queue.subscribe, queue.getSnapshot, () => NO_ITEMS);
  return { queue, items };
}

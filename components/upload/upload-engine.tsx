"use client";

import { useEffect } from "react";
import type { UploadControlProps } from "./upload-control";
import { UploadTray } from "./upload-tray";
import { useUploadQueue } from "./use-upload-queue";

export interface UploadEngineProps extends UploadControlProps {
  /**
   * Hands UploadControl the queue's `add` (it passes on the files it held while this code
   * loaded); answers with the undo for unmount.
   */
  connect(add: (files: File[]) => void): () => void;
  /** Where the focus goes when the tray closes or a row it was in goes. */
  returnFocus(): HTMLElement | null;
}

/**
 * The upload machinery: the queue with its checks, re-encoding, hashing and transport, and
 * the tray that shows it. UploadControl loads it on first use, so the gallery's first load
 * does not carry it.
 */
export function UploadEngine({ connect, returnFocus, ...options }: UploadEngineProps) {
  const { queue, items } = useUploadQueue(options);
  useEffect(() => connect((files) => queue.add(files)), [connect, queue]);
  return <UploadTray queue={queue} items={items} returnFocus={returnFocus} />;
}

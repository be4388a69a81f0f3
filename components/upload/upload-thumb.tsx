"use client";

import { useCallback } from "react";
import { looksLikeImage } from "@/lib/upload/sniff";

/**
 * A preview of the file itself, before img.pro has it: an object URL made when the row
 * appears and revoked when it goes (a finished batch folds away, and its URLs with it).
 * Files that are not images by their first bytes keep the plain square.
 */
export function UploadThumb({ file }: { file: File | undefined }) {
  const preview = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img || !file) return;
      let url: string | null = null;
      let gone = false;
      void looksLikeImage(file).then((image) => {
        if (!image || gone) return;
        url = URL.createObjectURL(file);
        img.src = url;
      });
      return () => {
        gone = true;
        if (url) URL.revokeObjectURL(url);
      };
    },
    [file],
  );
  return (
    <span aria-hidden="true" className="bg-subtle block size-10 shrink-0 overflow-hidden rounded">
      {/* eslint-disable-next-line @next/next/no-img-element -- a local object URL, not a served image */}
      <img
        ref={preview}
        alt=""
        // A batch of 50 large photos must not decode 50 previews at once: rows scrolled out
        // of the tray wait.
        loading="lazy"
        decoding="async"
        data-testid="upload-thumb"
        // Bytes that look like an image yet do not decode leave the plain square too.
        onError={(event) => {
          event.currentTarget.hidden = true;
        }}
        className="size-full object-cover"
      />
    </span>
  );
}

"use client";

import { useCallback } from "react";

/**
 * A preview of the file itself, before img.pro has it: an object URL made when the row
 * appears and revoked when it goes (a finished batch folds away, and its URLs with it).
 */
export function UploadThumb({ file }: { file: File | undefined }) {
  const preview = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img || !file || !file.type.startsWith("image/") || file.size === 0) return;
      const url = URL.createObjectURL(file);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [file],
  );
  return (
    <span aria-hidden="true" className="bg-subtle block size-10 shrink-0 overflow-hidden rounded">
      {/* eslint-disable-next-line @next/next/no-img-element -- a local object URL, not a served image */}
      <img
        ref={preview}
        alt=""
        decoding="async"
        data-testid="upload-thumb"
        // Bytes that are not an image (a page renamed .png) leave the plain square.
        onError={(event) => {
          event.currentTarget.hidden = true;
        }}
        className="size-full object-cover"
      />
    </span>
  );
}

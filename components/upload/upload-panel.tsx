"use client";

import type { GalleryImage } from "@/lib/imgpro/types";
import type { UsageSnapshot } from "@/lib/usage-snapshot";

export interface UploadPanelProps {
  /** The deployment's request-body limit (UPLOAD_MAX_BYTES), from the server. */
  maxUploadBytes: number;
  /** Called once per file that img.pro stored, or already had (deduplicated). */
  onUploaded(image: GalleryImage, info: { deduplicated: boolean }): void;
  /** Called with fresh usage after each upload (from img.pro's quota headers). */
  onUsage(usage: UsageSnapshot): void;
}

// TODO(issue 4): being implemented — dropzone, paste, per-file progress, cancel, retry.
export function UploadPanel(_props: UploadPanelProps) {
  return null;
}

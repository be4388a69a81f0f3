"use client";

import type { GalleryImage } from "@/lib/imgpro/types";
import type { UsageSnapshot } from "@/lib/usage-snapshot";

export interface ImportFromUrlFormProps {
  onImported(image: GalleryImage, info: { deduplicated: boolean }): void;
  onUsage(usage: UsageSnapshot): void;
}

// TODO(issue 4): being implemented — server action importing an http(s) URL.
export function ImportFromUrlForm(_props: ImportFromUrlFormProps) {
  return null;
}

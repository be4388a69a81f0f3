"use client";

import { useId, useTransition } from "react";
import type { SaveImage } from "./use-image-editor";

export function PublicToggle({ isPublic, save }: { isPublic: boolean; save: SaveImage }) {
  const id = useId();
  const [, startTransition] = useTransition();
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        checked={isPublic}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const next = event.target.checked;
          startTransition(async () => {
            await save(
              { public: next },
              next
                ? { doing: "make the image public", done: "The viewer page is public now." }
                : { doing: "make the image private", done: "The viewer page is private now." },
            );
          });
        }}
        className="accent-ink size-6 shrink-0"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          Public viewer page
        </label>
        <p id={`${id}-hint`} className="text-muted text-xs">
          Anyone with the link can open the image&apos;s page on img.pro. The image links below work
          either way.
        </p>
      </div>
    </div>
  );
}

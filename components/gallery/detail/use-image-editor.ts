"use client";

import { startTransition, useCallback, useOptimistic, useState } from "react";
import { updateImageAction } from "@/app/(app)/gallery/actions";
import type { ActionResult } from "@/lib/action-result";
import { applyChange, type ImageChange } from "@/lib/gallery/edits";
import { rollbackMessage, unexpectedFailure, type StatusMessage } from "@/lib/gallery/messages";
import type { GalleryImage } from "@/lib/imgpro/types";

export interface SaveLabels {
  /** Completes "Couldn't …", e.g. `save the caption`. */
  doing: string;
  /** Said when img.pro took it, e.g. `Saved the caption.` */
  done: string;
  /** Said after a failure instead of "Your change was undone." */
  undone?: string;
}

export type SaveImage = (change: ImageChange, labels: SaveLabels) => Promise<GalleryImage | null>;

/**
 * One image being edited: `image` is what img.pro last confirmed, `shown` adds the changes
 * still on their way (useOptimistic), which fall away by themselves when a save fails; the
 * message then says what was undone. `save` must run inside a transition or form action.
 */
export function useImageEditor(initial: GalleryImage, onSaved: (image: GalleryImage) => void) {
  const [image, setImage] = useState(initial);
  const [shown, showChange] = useOptimistic(image, applyChange);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const save = useCallback<SaveImage>(
    async (change, labels) => {
      showChange(change);
      let result: ActionResult<GalleryImage>;
      try {
        result = await updateImageAction({ id: initial.id, ...change });
      } catch (error) {
        result = unexpectedFailure(error);
      }
      if (!result.ok) {
        setMessage(rollbackMessage(labels.doing, result, labels.undone));
        return null;
      }
      const saved = result.data;
      startTransition(() => setImage(saved));
      onSaved(saved);
      setMessage({ tone: "success", text: labels.done });
      return saved;
    },
    [initial.id, onSaved, showChange],
  );

  return { image, shown, save, message };
}

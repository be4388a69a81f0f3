"use client";

import { useState } from "react";
import { batchDeleteAction, batchTagAction, updateImageAction } from "@/app/(app)/gallery/actions";
import { removeImages, mapImages } from "@/lib/gallery/pages";
import {
  batchDeleteMessage,
  failureMessage,
  rollbackMessage,
  type StatusMessage,
} from "@/lib/gallery/messages";
import { countLabel } from "@/lib/gallery/selection";
import { applyTagMode, firstOverTagLimit, type TagMode } from "@/lib/gallery/tag-edits";
import { MAX_TAGS } from "@/lib/gallery/tags";
import type { GalleryImage } from "@/lib/imgpro/types";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import type { useGalleryPages } from "./use-gallery-pages";

/** Moves sent at once: img.pro takes one image per call. */
const MOVE_AT_ONCE = 4;

const quoted = (tags: string[]) => tags.map((tag) => `"${tag}"`).join(", ");

/**
 * Tagging and deleting the selection: optimistic in the grid, rolled back with a message
 * when img.pro refuses, and reported with img.pro's own counts when it agrees.
 */
export function useBatchActions({
  list,
  selected,
  onDone,
  announce,
  onUsage,
  onRemoved,
  onMoved,
}: {
  list: ReturnType<typeof useGalleryPages>;
  selected: GalleryImage[];
  onDone: () => void;
  announce: (message: StatusMessage) => void;
  onUsage: (usage: UsageSnapshot) => void;
  onRemoved: (images: GalleryImage[]) => void;
  /** Album counts changed: the server's list of albums is read again. */
  onMoved: () => void;
}) {
  const [pending, setPending] = useState(false);
  const ids = selected.map((image) => image.id);
  const idSet = new Set(ids);
  const what = countLabel(ids.length);

  async function tag(tags: string[], mode: TagMode): Promise<boolean> {
    const action = `${mode} ${quoted(tags)} ${mode === "add" ? "to" : "from"} ${what}`;
    const over = mode === "add" ? firstOverTagLimit(selected, tags) : null;
    if (over) {
      announce(
        failureMessage(action, {
          ok: false,
          error: `${over.filename} would have more than ${MAX_TAGS} tags; remove some of its tags first`,
        }),
      );
      return false;
    }
    setPending(true);
    const result = await list.optimistic(
      (pages) =>
        mapImages(pages, (image) =>
          idSet.has(image.id) ? { ...image, tags: applyTagMode(image.tags, tags, mode) } : image,
        ),
      () => batchTagAction({ ids, tags, mode }),
    );
    setPending(false);
    if (!result.ok) {
      announce(rollbackMessage(action, result));
      return false;
    }
    const verb = mode === "add" ? "Added" : "Removed";
    const done = `${verb} ${quoted(tags)} ${mode === "add" ? "to" : "from"} ${countLabel(result.data.updated)}.`;
    const { failed } = result.data;
    // Earlier chunks went through and stay done; the refetch shows the rest as they are.
    announce(
      failed
        ? {
            tone: "error",
            text: `${done} ${countLabel(failed.count)} not changed: ${failed.reason}`,
          }
        : { tone: "success", text: done },
    );
    return !failed;
  }

  async function remove(): Promise<void> {
    const doomed = selected;
    setPending(true);
    const result = await list.optimistic(
      (pages) => removeImages(pages, idSet),
      () => batchDeleteAction({ ids }),
    );
    setPending(false);
    if (!result.ok) {
      announce(rollbackMessage(`delete ${what}`, result));
      return;
    }
    const { removedIds, usage, failed } = result.data;
    const gone = new Set(removedIds);
    onRemoved(doomed.filter((image) => gone.has(image.id)));
    if (usage) onUsage(usage);
    if (!failed) onDone();
    // The removed ones are gone for good; the refetch brings any others back into view.
    announce(batchDeleteMessage(result.data));
  }

  /**
   * Moves the selection to an album (null: out of any album), a few images at a time: img.pro
   * has no batch call for the namespace. Images that moved stay moved; the rest are named.
   */
  async function move(album: string | null): Promise<boolean> {
    const where = album
      ? `to "${album}"`
      : ids.length === 1
        ? "out of its album"
        : "out of their albums";
    setPending(true);
    const moved = new Set<string>();
    const result = await list.optimistic(
      (pages) =>
        mapImages(pages, (image) => (idSet.has(image.id) ? { ...image, namespace: album } : image)),
      async () => {
        let firstFailure: Awaited<ReturnType<typeof updateImageAction>> | null = null;
        for (let start = 0; start < ids.length; start += MOVE_AT_ONCE) {
          const chunk = ids.slice(start, start + MOVE_AT_ONCE);
          const answers = await Promise.all(
            chunk.map((id) => updateImageAction({ id, namespace: album })),
          );
          answers.forEach((answer, index) => {
            if (answer.ok) moved.add(chunk[index]!);
            else firstFailure ??= answer;
          });
        }
        return firstFailure && moved.size === 0 ? firstFailure : { ok: true as const, data: null };
      },
    );
    setPending(false);
    if (!result.ok) {
      announce(rollbackMessage(`move ${what} ${where}`, result));
      return false;
    }
    onMoved();
    const missed = ids.length - moved.size;
    announce(
      missed > 0
        ? {
            tone: "error",
            text: `Moved ${countLabel(moved.size)} ${where}. ${countLabel(missed)} not moved; try again.`,
          }
        : { tone: "success", text: `Moved ${countLabel(moved.size)} ${where}.` },
    );
    if (missed === 0) onDone();
    return missed === 0;
  }

  return { pending, tag, remove, move };
}

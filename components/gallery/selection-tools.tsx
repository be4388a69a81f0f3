"use client";

import type { ComponentProps } from "react";
import { SelectionBar } from "./selection-bar";
import { useBatchActions } from "./use-batch-actions";

type BarProps = ComponentProps<typeof SelectionBar>;

/**
 * The selection bar with the batch actions behind it (their server actions, checks and
 * messages): one chunk that loads with the first selection, not with the page.
 */
export function SelectionTools({
  batch: batchOptions,
  ...bar
}: Omit<BarProps, "pending" | "onTag" | "onMove" | "onDelete"> & {
  batch: Parameters<typeof useBatchActions>[0];
}) {
  const batch = useBatchActions(batchOptions);
  return (
    <SelectionBar
      {...bar}
      pending={batch.pending}
      onTag={batch.tag}
      onMove={batch.move}
      onDelete={batch.remove}
    />
  );
}

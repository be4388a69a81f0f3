/**
 * Multi-selection over the grid's current order: a click toggles one image, a shift-click
 * sets every image between the previous click (the anchor) and this one to the clicked
 * image's new state, as file managers and mail clients do.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

export function toggleSelection(
  selection: Selection,
  order: readonly string[],
  id: string,
  shift: boolean,
): Selection {
  const ids = new Set(selection.ids);
  const select = !ids.has(id);
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(id);
  if (shift && from !== -1 && to !== -1) {
    const [start, end] = from < to ? [from, to] : [to, from];
    for (const each of order.slice(start, end + 1)) {
      if (select) ids.add(each);
      else ids.delete(each);
    }
  } else if (select) {
    ids.add(id);
  } else {
    ids.delete(id);
  }
  return { ids, anchor: id };
}

export function selectAll(order: readonly string[]): Selection {
  return { ids: new Set(order), anchor: null };
}

/** Drops ids that are no longer in the list (deleted, or filtered out by a refresh). */
export function pruneSelection(selection: Selection, order: readonly string[]): Selection {
  const present = new Set(order);
  const ids = [...selection.ids].filter((id) => present.has(id));
  if (ids.length === selection.ids.size) return selection;
  return {
    ids: new Set(ids),
    anchor: selection.anchor !== null && present.has(selection.anchor) ? selection.anchor : null,
  };
}

export function countLabel(count: number, noun = "image"): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export function selectionSummary(count: number): string {
  return count === 0 ? "No images selected" : `${countLabel(count)} selected`;
}

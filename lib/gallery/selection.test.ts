import { describe, expect, it } from "vitest";
import {
  EMPTY_SELECTION,
  pruneSelection,
  selectAll,
  selectionSummary,
  toggleSelection,
} from "./selection";

const order = ["a", "b", "c", "d", "e"];
const ids = (selection: { ids: ReadonlySet<string> }) => [...selection.ids].sort();

describe("toggleSelection", () => {
  it("toggles one image per click", () => {
    const one = toggleSelection(EMPTY_SELECTION, order, "b", false);
    expect(ids(one)).toEqual(["b"]);
    expect(ids(toggleSelection(one, order, "b", false))).toEqual([]);
  });

  it("selects the range from the anchor on shift-click, in either direction", () => {
    const anchored = toggleSelection(EMPTY_SELECTION, order, "b", false);
    expect(ids(toggleSelection(anchored, order, "d", true))).toEqual(["b", "c", "d"]);
    const fromD = toggleSelection(EMPTY_SELECTION, order, "d", false);
    expect(ids(toggleSelection(fromD, order, "a", true))).toEqual(["a", "b", "c", "d"]);
  });

  it("deselects the range when the shift-clicked image was selected", () => {
    let selection = selectAll(order);
    selection = toggleSelection(selection, order, "b", false);
    selection = toggleSelection(selection, order, "d", true);
    expect(ids(selection)).toEqual(["a", "e"]);
  });

  it("treats shift-click without an anchor as a click", () => {
    expect(ids(toggleSelection(EMPTY_SELECTION, order, "c", true))).toEqual(["c"]);
  });
});

describe("pruneSelection and the summary", () => {
  it("forgets images that left the list", () => {
    const selection = toggleSelection(selectAll(order), order, "e", true);
    const pruned = pruneSelection(selection, ["a", "b"]);
    expect(ids(pruned)).toEqual(["a", "b"]);
    expect(pruned.anchor).toBeNull();
    const same = selectAll(["a"]);
    expect(pruneSelection(same, order)).toBe(same);
  });
  it("announces the count", () => {
    expect(selectionSummary(0)).toBe("No images selected");
    expect(selectionSummary(1)).toBe("1 image selected");
    expect(selectionSummary(12)).toBe("12 images selected");
  });
});

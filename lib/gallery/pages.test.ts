import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "./filters";
import { albumsAfterRemoval, placeImage } from "./page-edits";
import {
  flattenPages,
  keepShownOrder,
  sameOrder,
  neighbours,
  removeImages,
  replaceImage,
} from "./pages";
import { makeImage, makePages } from "./test-fixtures";

const idsOf = (pages: Parameters<typeof flattenPages>[0]) => flattenPages(pages).map((i) => i.id);

describe("flattenPages", () => {
  it("keeps list order and shows an image once when pages overlap", () => {
    expect(idsOf(makePages(["a", "b"], ["b", "c"]))).toEqual(["a", "b", "c"]);
    expect(flattenPages(undefined)).toEqual([]);
  });
});

describe("placeImage", () => {
  const pages = makePages({ ids: ["b", "c"], cursor: "next" }, ["d"]);

  it("puts a new upload at the top, keeping every page's cursor", () => {
    const result = placeImage(pages, makeImage("a"), NO_FILTERS, false);
    expect(result.placement).toBe("inserted");
    expect(idsOf(result.pages)).toEqual(["a", "b", "c", "d"]);
    expect(result.pages.map((page) => page.nextCursor)).toEqual(["next", null]);
  });

  it("never shows a deduplicated upload twice", () => {
    const again = makeImage("c", { caption: "fresh" });
    const result = placeImage(pages, again, NO_FILTERS, true);
    expect(result.placement).toBe("replaced");
    expect(idsOf(result.pages)).toEqual(["b", "c", "d"]);
    expect(flattenPages(result.pages)[1]?.caption).toBe("fresh");
    expect(placeImage(pages, makeImage("old"), NO_FILTERS, true).placement).toBe("not-loaded");
  });

  it("leaves out an upload the filters would not show", () => {
    const result = placeImage(
      pages,
      makeImage("a"),
      { tags: [], mode: "any", album: "trip" },
      false,
    );
    expect(result.placement).toBe("filtered-out");
    expect(idsOf(result.pages)).toEqual(["b", "c", "d"]);
  });

  it("starts a list that was empty", () => {
    expect(idsOf(placeImage([], makeImage("a"), NO_FILTERS, false).pages)).toEqual(["a"]);
  });
});

describe("replace and remove", () => {
  it("edits in place and removes across pages", () => {
    const pages = makePages(["a", "b"], ["c"]);
    expect(flattenPages(replaceImage(pages, makeImage("b", { tags: ["x"] })))[1]?.tags).toEqual([
      "x",
    ]);
    expect(idsOf(removeImages(pages, new Set(["a", "c"])))).toEqual(["b"]);
  });
});

describe("neighbours", () => {
  it("finds previous and next in list order", () => {
    expect(neighbours(["a", "b", "c"], "b")).toEqual({ previous: "a", next: "c" });
    expect(neighbours(["a", "b", "c"], "a")).toEqual({ previous: null, next: "b" });
    expect(neighbours(["a", "b", "c"], "c")).toEqual({ previous: "b", next: null });
    expect(neighbours(["a"], "zzz")).toEqual({ previous: null, next: null });
  });
});

describe("albumsAfterRemoval", () => {
  it("decrements counts and drops emptied albums", () => {
    const albums = [
      { namespace: "trip", count: 2, storageBytes: 300 },
      { namespace: "home", count: 1, storageBytes: 100 },
    ];
    expect(
      albumsAfterRemoval(albums, [
        { namespace: "trip", bytes: 100 },
        { namespace: "home", bytes: 100 },
        { namespace: null, bytes: 5 },
      ]),
    ).toEqual([{ namespace: "trip", count: 1, storageBytes: 200 }]);
  });
});

describe("keepShownOrder", () => {
  const images = (...ids: string[]) => ids.map((id) => makeImage(id));
  const ids = (list: { id: string }[]) => list.map((image) => image.id);

  it("keeps the tiles on screen where they are when a refetch orders them otherwise", () => {
    expect(ids(keepShownOrder(["b", "a", "c"], images("a", "b", "c")))).toEqual(["b", "a", "c"]);
  });

  it("puts images not yet shown where the list has them, around the kept ones", () => {
    expect(ids(keepShownOrder(["b", "a"], images("new", "a", "b", "older")))).toEqual([
      "new",
      "b",
      "a",
      "older",
    ]);
  });

  it("drops what the list no longer has, and takes the list as it is at first", () => {
    expect(ids(keepShownOrder(["b", "gone", "a"], images("a", "b")))).toEqual(["b", "a"]);
    expect(ids(keepShownOrder([], images("a", "b")))).toEqual(["a", "b"]);
  });

  it("changes nothing when given its own result, so the grid's order settles in one pass", () => {
    const list = images("new", "a", "b", "older");
    const once = keepShownOrder(["b", "gone", "a"], list);
    const twice = keepShownOrder(ids(once), list);
    expect(sameOrder(twice, ids(once))).toBe(true);
    expect(sameOrder(once, ["new", "a", "b", "older"])).toBe(false);
  });
});

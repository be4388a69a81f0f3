import { describe, expect, it } from "vitest";
import { diffImageEdit, draftFromImage } from "./image-edit";
import { makeImage } from "./test-fixtures";

const reserved = new Set(["tags"]);

describe("diffImageEdit", () => {
  const image = makeImage("a", {
    fields: { caption: "Old", camera: "Leica" },
    caption: "Old",
    tags: ["sea"],
    namespace: "holiday-2026",
  });

  it("finds nothing to save in an untouched draft", () => {
    expect(diffImageEdit(image, draftFromImage(image), reserved)).toMatchObject({
      ok: true,
      empty: true,
      change: {},
    });
  });

  it("saves caption, tags, album and a field together, in one change", () => {
    const draft = {
      ...draftFromImage(image),
      caption: "New",
      tagText: "golden hour, Travel",
      album: "Summer 2026",
    };
    draft.rows = [...draft.rows, { rowId: "new-1", original: null, key: "lens", value: "35mm" }];
    expect(diffImageEdit(image, draft, reserved)).toEqual({
      ok: true,
      empty: false,
      change: {
        caption: "New",
        fields: { lens: "35mm" },
        tags: ["sea", "golden hour", "travel"],
        namespace: "summer-2026",
      },
      what: 'the caption, the field "lens", the tags and the album "summer-2026"',
    });
  });

  it("takes the image out of its album when the album is cleared", () => {
    const draft = { ...draftFromImage(image), album: "  " };
    expect(diffImageEdit(image, draft, reserved)).toMatchObject({
      ok: true,
      change: { namespace: null },
      what: "the removal from the album",
    });
  });

  it("refuses a bad album or tag with a message for its field", () => {
    expect(diffImageEdit(image, { ...draftFromImage(image), album: "x" }, reserved)).toMatchObject({
      ok: false,
      albumError: "An album name needs at least 2 characters.",
    });
    expect(
      diffImageEdit(image, { ...draftFromImage(image), tagText: "x".repeat(51) }, reserved),
    ).toMatchObject({ ok: false, tagError: /at most 50 characters/ });
  });
});

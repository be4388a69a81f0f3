import { describe, expect, it } from "vitest";
import { applyChange } from "./edits";
import { makeImage } from "./test-fixtures";

describe("applyChange", () => {
  const image = makeImage("a", {
    fields: { caption: "Old", camera: "Leica", alt_text: "Alt" },
    caption: "Old",
    altText: "Alt",
    tags: ["sea"],
  });

  it("sets the caption and alt text through their stored fields", () => {
    const next = applyChange(image, { caption: "New", altText: null });
    expect(next.caption).toBe("New");
    expect(next.altText).toBeNull();
    expect(next.fields).toEqual({ caption: "New", camera: "Leica" });
    expect(image.fields.alt_text).toBe("Alt");
  });

  it("merges custom fields, null removing one, and replaces tags", () => {
    const next = applyChange(image, { fields: { camera: null, lens: "35mm" }, tags: ["sky"] });
    expect(next.fields).toEqual({ caption: "Old", alt_text: "Alt", lens: "35mm" });
    expect(next.tags).toEqual(["sky"]);
  });

  it("hides the viewer page of an image made private", () => {
    expect(applyChange(image, { public: false })).toMatchObject({ public: false, pageUrl: null });
    const privateImage = makeImage("b", { public: false, pageUrl: null });
    expect(applyChange(privateImage, { public: true })).toMatchObject({
      public: true,
      pageUrl: null,
    });
  });
});

describe("applyChange for albums", () => {
  it("moves an image into an album and out again", () => {
    const image = makeImage("c", { namespace: null });
    expect(applyChange(image, { namespace: "trips" }).namespace).toBe("trips");
    expect(applyChange({ ...image, namespace: "trips" }, { namespace: null }).namespace).toBeNull();
    expect(applyChange({ ...image, namespace: "trips" }, { tags: [] }).namespace).toBe("trips");
  });
});

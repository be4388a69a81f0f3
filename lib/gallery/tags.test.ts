import { describe, expect, it } from "vitest";
import { addTag, applyTagMode, firstOverTagLimit, parseTagList } from "./tags";

describe("addTag", () => {
  it("lowercases and trims", () => {
    expect(addTag(["a"], "  Sunset ")).toEqual({ ok: true, tags: ["a", "sunset"] });
  });
  it("refuses empty, duplicate, over-long and comma tags with a message", () => {
    expect(addTag([], "   ")).toEqual({ ok: false, error: "Type a tag first." });
    expect(addTag(["sea"], "SEA")).toEqual({
      ok: false,
      error: 'This image already has the tag "sea".',
    });
    expect(addTag([], "x".repeat(51))).toMatchObject({ ok: false, error: /at most 50/ });
    expect(addTag([], "x".repeat(50))).toMatchObject({ ok: true });
    expect(addTag([], "a,b")).toMatchObject({ ok: false, error: /comma/ });
  });
  it("refuses an eleventh tag", () => {
    const ten = Array.from({ length: 10 }, (_, index) => `t${index}`);
    expect(addTag(ten.slice(0, 9), "new")).toMatchObject({ ok: true });
    expect(addTag(ten, "new")).toMatchObject({ ok: false, error: /at most 10 tags/ });
  });
});

describe("parseTagList", () => {
  it("splits, normalizes and deduplicates", () => {
    expect(parseTagList(" Red, blue ,red,, ")).toEqual({ ok: true, tags: ["red", "blue"] });
  });
  it("needs at least one valid tag", () => {
    expect(parseTagList(" , ")).toMatchObject({ ok: false });
    expect(parseTagList(`ok, ${"y".repeat(60)}`)).toMatchObject({ ok: false, error: /at most 50/ });
  });
});

describe("applyTagMode and the batch limit", () => {
  it("adds without duplicates and removes", () => {
    expect(applyTagMode(["a", "b"], ["b", "c"], "add")).toEqual(["a", "b", "c"]);
    expect(applyTagMode(["a", "b"], ["b", "c"], "remove")).toEqual(["a"]);
  });
  it("finds the first image that would pass 10 tags", () => {
    const full = { id: "full", tags: Array.from({ length: 10 }, (_, index) => `t${index}`) };
    const light = { id: "light", tags: ["a"] };
    expect(firstOverTagLimit([light, full], ["new"])).toBe(full);
    expect(firstOverTagLimit([light, full], ["t1"])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { addTags, applyTagMode, firstOverTagLimit, parseTagList } from "./tag-edits";

describe("addTags", () => {
  it("lowercases and trims", () => {
    expect(addTags(["a"], "  Sunset ")).toEqual({ ok: true, tags: ["a", "sunset"] });
  });
  it("takes commas the way the filter and batch fields do: one entry, several tags", () => {
    expect(addTags([], "golden hour, travel")).toEqual({
      ok: true,
      tags: ["golden hour", "travel"],
    });
    expect(addTags(["travel"], "Travel, sea,, sea")).toEqual({ ok: true, tags: ["travel", "sea"] });
  });
  it("refuses empty, duplicate and over-long tags with a message", () => {
    expect(addTags([], "   ")).toEqual({ ok: false, error: "Type a tag first." });
    expect(addTags([], " , ")).toEqual({ ok: false, error: "Type a tag first." });
    expect(addTags(["sea"], "SEA")).toEqual({
      ok: false,
      error: 'This image already has the tag "sea".',
    });
    expect(addTags(["a", "b"], "b, a")).toEqual({
      ok: false,
      error: "This image already has these tags.",
    });
    expect(addTags([], "x".repeat(51))).toMatchObject({ ok: false, error: /at most 50/ });
    expect(addTags([], "x".repeat(50))).toMatchObject({ ok: true });
  });
  it("refuses going over ten tags", () => {
    const ten = Array.from({ length: 10 }, (_, index) => `t${index}`);
    expect(addTags(ten.slice(0, 9), "new")).toMatchObject({ ok: true });
    expect(addTags(ten, "new")).toMatchObject({ ok: false, error: /at most 10 tags. Remove one/ });
    expect(addTags(ten.slice(0, 9), "x, y, z")).toMatchObject({ ok: false, error: /Remove 2/ });
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

import { describe, expect, it } from "vitest";
import { batchDeleteSchema, batchTagSchema, updateImageSchema } from "./schemas";

const update = updateImageSchema(new Set(["id", "tags", "format"]));

describe("updateImageSchema", () => {
  it("normalizes tags and turns an empty caption into a removal", () => {
    expect(
      update.parse({
        id: "abc123",
        caption: "  ",
        altText: " Alt ",
        tags: ["Sea", "sea", " SKY "],
      }),
    ).toEqual({ id: "abc123", caption: null, altText: "Alt", tags: ["sea", "sky"] });
  });

  it("takes null to remove a custom field", () => {
    expect(update.parse({ id: "abc123", fields: { camera: null, lens: "35mm" } }).fields).toEqual({
      camera: null,
      lens: "35mm",
    });
  });

  it("refuses reserved, dedicated and malformed field names, and bad ids", () => {
    for (const key of ["format", "description", "alt_text", "9lives", "with space"]) {
      expect(update.safeParse({ id: "abc123", fields: { [key]: "x" } }).success, key).toBe(false);
    }
    expect(update.safeParse({ id: "../etc" }).success).toBe(false);
  });

  it("refuses more than 10 tags or a tag over 50 characters", () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `t${index}`);
    expect(update.safeParse({ id: "a", tags: eleven }).success).toBe(false);
    expect(update.safeParse({ id: "a", tags: ["x".repeat(51)] }).success).toBe(false);
  });
});

describe("batch schemas", () => {
  it("deduplicates ids and needs at least one", () => {
    expect(batchDeleteSchema.parse({ ids: ["a", "a", "b"] })).toEqual({ ids: ["a", "b"] });
    expect(batchDeleteSchema.safeParse({ ids: [] }).success).toBe(false);
  });
  it("needs tags and a known mode", () => {
    expect(batchTagSchema.safeParse({ ids: ["a"], tags: [], mode: "add" }).success).toBe(false);
    expect(batchTagSchema.safeParse({ ids: ["a"], tags: ["x"], mode: "replace" }).success).toBe(
      false,
    );
    expect(batchTagSchema.parse({ ids: ["a"], tags: ["X"], mode: "remove" })).toEqual({
      ids: ["a"],
      tags: ["x"],
      mode: "remove",
    });
  });
});

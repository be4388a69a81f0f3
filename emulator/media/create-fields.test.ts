import { describe, expect, it } from "vitest";
import { ApiError } from "../errors";
import { parseCreateFields } from "./create-fields";

function details(raw: Record<string, unknown>) {
  try {
    parseCreateFields(raw);
  } catch (error) {
    if (error instanceof ApiError) return error.extras.details;
  }
  throw new Error("expected a validation error");
}

describe("parseCreateFields", () => {
  it("defaults every field", () => {
    expect(parseCreateFields({})).toEqual({
      tags: [],
      namespace: null,
      name: null,
      date: null,
      externalId: null,
      ttl: null,
      custom: {},
    });
  });

  it("normalizes tags and treats empty multipart values as absent", () => {
    const fields = parseCreateFields({
      tags: " Hero, hero ,,Home ",
      namespace: "",
      public: "",
      name: "",
    });
    expect(fields).toMatchObject({
      tags: ["hero", "home"],
      namespace: null,
      name: null,
    });
  });

  it("merges metadata under top-level custom fields and drops reserved names", () => {
    const fields = parseCreateFields({
      metadata: '{"author":"A","license":"x","width":5}',
      license: "cc-by",
      caption: "Hi",
      id: "nope",
      ttl: "5m",
      file: "x",
      url: "http://example.com",
      empty: null,
    });
    expect(fields.custom).toEqual({ author: "A", license: "cc-by", caption: "Hi" });
  });

  it("names every bad field at once", () => {
    expect(
      details({
        tags: ["ok", 3],
        namespace: "NO",
        public: "maybe",
        date: "2024-13-45",
        external_id: 7,
        x: [],
      }),
    ).toEqual({
      tags: expect.any(String),
      namespace: expect.any(String),
      public: expect.any(String),
      date: expect.any(String),
      external_id: expect.any(String),
      x: expect.any(String),
    });
  });
});

import { describe, expect, it } from "vitest";
import { listQuerySchema } from "./list-query";

describe("listQuerySchema", () => {
  it("accepts a valid query", () => {
    expect(listQuerySchema.parse({ tags: "a,b", tag_mode: "all", cursor: "eyJ0Ijo" })).toEqual({
      tags: ["a", "b"],
      tag_mode: "all",
      cursor: "eyJ0Ijo",
    });
  });
  it("refuses bad values", () => {
    expect(listQuerySchema.safeParse({ tag_mode: "some" }).success).toBe(false);
    expect(listQuerySchema.safeParse({ namespace: "No Spaces" }).success).toBe(false);
    expect(listQuerySchema.safeParse({ cursor: "a b" }).success).toBe(false);
    expect(listQuerySchema.safeParse({ tags: "x".repeat(51) }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { altFor } from "./alt-text";

describe("altFor", () => {
  it("prefers alt text, then caption, then the file name", () => {
    expect(altFor({ altText: "alt", caption: "cap", filename: "f.jpg" })).toBe("alt");
    expect(altFor({ altText: null, caption: "cap", filename: "f.jpg" })).toBe("cap");
    expect(altFor({ altText: null, caption: null, filename: "f.jpg" })).toBe("f.jpg");
  });
});

import { describe, expect, it } from "vitest";
import { importUrlProblem } from "./import-url";

describe("importUrlProblem", () => {
  it.each([
    "https://example.com/photo.jpg",
    "http://127.0.0.1:8080/a.png?size=large",
    "  https://example.com/x.webp  ",
  ])("accepts %s", (url) => {
    expect(importUrlProblem(url)).toBeNull();
  });

  it.each([
    ["", /Enter the address/],
    ["   ", /Enter the address/],
    ["example.com/photo.jpg", /full address/],
    ["/relative/photo.jpg", /full address/],
    ["ftp://example.com/photo.jpg", /Only http and https/],
    ["file:///etc/passwd", /Only http and https/],
    ["javascript:alert(1)", /Only http and https/],
    ["data:image/png;base64,AAAA", /Only http and https/],
    ["https://user:secret@example.com/a.png", /user name and password/],
    ["https://user@example.com/a.png", /user name and password/],
    [`https://example.com/${"a".repeat(2050)}`, /too long/],
  ])("refuses %j", (url, message) => {
    expect(importUrlProblem(url)).toMatch(message);
  });
});

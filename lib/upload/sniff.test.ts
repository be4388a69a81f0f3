import { describe, expect, it } from "vitest";
import { looksLikeImage, looksLikeImageBytes } from "./sniff";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(
    values.flatMap((value) =>
      typeof value === "string" ? Array.from(value, (char) => char.charCodeAt(0)) : [value],
    ),
  );

describe("looksLikeImageBytes", () => {
  it.each([
    ["PNG", bytes(0x89, "PNG", 0x0d, 0x0a)],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0)],
    ["GIF", bytes("GIF89a")],
    ["WebP", bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 ")],
    ["AVIF", bytes(0, 0, 0, 0x20, "ftypavif")],
    ["BMP", bytes("BM", 0, 0)],
    ["ICO", bytes(0, 0, 1, 0, 1)],
    ["SVG", bytes("\n  <svg xmlns=")],
    ["SVG with a prolog", bytes('<?xml version="1.0"?>')],
  ])("knows %s", (_, head) => {
    expect(looksLikeImageBytes(head)).toBe(true);
  });

  it.each([
    ["a page renamed .png", bytes("<!doctype html><p>hi")],
    ["zeros", new Uint8Array(16)],
    ["a RIFF that is not WebP", bytes("RIFF", 0, 0, 0, 0, "WAVE")],
  ])("refuses %s", (_, head) => {
    expect(looksLikeImageBytes(head)).toBe(false);
  });

  it("refuses an empty file", async () => {
    expect(await looksLikeImage(new Blob([]))).toBe(false);
    expect(await looksLikeImage(new Blob([bytes(0x89, "PNG")]))).toBe(true);
  });
});

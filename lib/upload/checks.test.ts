import { describe, expect, it } from "vitest";
import { IMGPRO_MAX_UPLOAD_BYTES, SVG_MAX_UPLOAD_BYTES } from "@/lib/limits";
import { checkFile } from "./checks";
import { formatOfFile, formatOfType } from "./formats";

const VERCEL = 4_500_000;
const file = (name: string, type: string, size = 1000) => ({ name, type, size });

describe("formatOfFile", () => {
  it.each([
    ["a.jpg", "image/jpeg", "jpeg"],
    ["a.png", "image/png", "png"],
    ["a.gif", "image/gif", "gif"],
    ["a.webp", "image/webp", "webp"],
    ["a.avif", "image/avif", "avif"],
    ["a.heic", "image/heic", "heic"],
    ["a.heif", "image/heif", "heic"],
    ["a.svg", "image/svg+xml", "svg"],
    ["a.bmp", "image/bmp", "bmp"],
    ["a.ico", "image/vnd.microsoft.icon", "ico"],
    ["a.ico", "image/x-icon", "ico"],
  ])("knows %s (%s)", (name, type, format) => {
    expect(formatOfFile({ name, type })).toBe(format);
  });

  it("uses the extension only when the browser gave no type", () => {
    expect(formatOfFile({ name: "IMG_0001.HEIC", type: "" })).toBe("heic");
    expect(formatOfFile({ name: "photo.jpeg", type: "application/octet-stream" })).toBe("jpeg");
    expect(formatOfFile({ name: "notes.txt", type: "" })).toBeNull();
    expect(formatOfFile({ name: "noextension", type: "" })).toBeNull();
  });

  it("refuses a declared non-image type whatever the extension says", () => {
    expect(formatOfFile({ name: "page.png", type: "text/html" })).toBeNull();
    expect(formatOfFile({ name: "scan.tiff", type: "image/tiff" })).toBeNull();
    expect(formatOfFile({ name: "clip.mp4", type: "video/mp4" })).toBeNull();
  });

  it("ignores case and parameters in the type", () => {
    expect(formatOfType("IMAGE/SVG+XML; charset=utf-8")).toBe("svg");
  });
});

describe("checkFile", () => {
  it("accepts an image within the limit as is", () => {
    expect(checkFile(file("a.jpg", "image/jpeg"), VERCEL)).toEqual({
      ok: true,
      format: "jpeg",
      contentType: "image/jpeg",
      reencodeTo: null,
    });
  });

  it("sends the canonical type for an extension-only file", () => {
    const check = checkFile(file("a.heif", ""), VERCEL);
    expect(check).toMatchObject({ ok: true, contentType: "image/heic" });
  });

  it.each([
    [file("page.png", "text/html"), /Not a supported image/],
    [file("a.png", "image/png", 0), /empty \(0 bytes\)/],
    [file("a.svg", "image/svg+xml", SVG_MAX_UPLOAD_BYTES + 1), /SVG files can be at most 10 MB/],
    [file("a.jpg", "image/jpeg", IMGPRO_MAX_UPLOAD_BYTES + 1), /at most 70 MB/],
  ])("refuses %o with its reason", (input, reason) => {
    const check = checkFile(input, IMGPRO_MAX_UPLOAD_BYTES);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });

  it("takes files of exactly the limits (decimal megabytes)", () => {
    expect(
      checkFile(file("a.svg", "image/svg+xml", SVG_MAX_UPLOAD_BYTES), IMGPRO_MAX_UPLOAD_BYTES).ok,
    ).toBe(true);
    expect(
      checkFile(file("a.gif", "image/gif", IMGPRO_MAX_UPLOAD_BYTES), IMGPRO_MAX_UPLOAD_BYTES).ok,
    ).toBe(true);
  });

  it("re-encodes JPEG, PNG and WebP above the deployment limit", () => {
    for (const [name, type] of [
      ["a.jpg", "image/jpeg"],
      ["a.png", "image/png"],
      ["a.webp", "image/webp"],
    ] as const) {
      expect(checkFile(file(name, type, VERCEL + 1), VERCEL)).toMatchObject({
        ok: true,
        reencodeTo: VERCEL,
      });
    }
  });

  it("refuses other types above the deployment limit, naming the limit", () => {
    for (const [name, type] of [
      ["a.gif", "image/gif"],
      ["a.svg", "image/svg+xml"],
      ["a.heic", "image/heic"],
    ] as const) {
      expect(checkFile(file(name, type, VERCEL + 1), VERCEL)).toEqual({
        ok: false,
        reason: "This file is larger than this app's 4.5 MB upload limit.",
      });
    }
  });

  it("never treats the deployment limit as more than img.pro's own", () => {
    expect(checkFile(file("a.jpg", "image/jpeg", IMGPRO_MAX_UPLOAD_BYTES + 1), 1e9).ok).toBe(false);
  });
});

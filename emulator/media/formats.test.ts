import { describe, expect, it } from "vitest";
import { detectFormat, looksLikeSvg } from "./formats";

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(
    values.map((value) =>
      typeof value === "string" ? Buffer.from(value, "latin1") : Buffer.from([value]),
    ),
  );

function ftyp(major: string, ...compatible: string[]) {
  const body = Buffer.from(`${major}\0\0\0\0${compatible.join("")}`, "latin1");
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + body.length);
  return Buffer.concat([size, Buffer.from("ftyp"), body, Buffer.alloc(16)]);
}

function bmpHeader(dib: number) {
  const header = Buffer.alloc(30);
  header.write("BM", 0, "latin1");
  header.writeUInt32LE(dib, 14);
  return header;
}

describe("detectFormat", () => {
  it("reads the magic numbers", () => {
    expect(detectFormat(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0))).toBe("jpg");
    expect(detectFormat(bytes(0x89, "PNG\r\n", 0x1a, "\n", 0, 0))).toBe("png");
    expect(detectFormat(bytes("GIF89a", 0, 0))).toBe("gif");
    expect(detectFormat(bytes("GIF87a", 0, 0))).toBe("gif");
    expect(detectFormat(bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "))).toBe("webp");
    expect(detectFormat(bmpHeader(40))).toBe("bmp");
    expect(detectFormat(bytes(0, 0, 1, 0, 1, 0, ...Array<number>(16).fill(0)))).toBe("ico");
  });

  it("tells AVIF from HEIC by the ftyp brands", () => {
    expect(detectFormat(ftyp("avif", "mif1", "miaf"))).toBe("avif");
    expect(detectFormat(ftyp("mif1", "avif"))).toBe("avif");
    expect(detectFormat(ftyp("heic", "mif1"))).toBe("heic");
    expect(detectFormat(ftyp("mif1", "heic"))).toBe("heic");
    expect(detectFormat(ftyp("heix"))).toBe("heic");
    expect(detectFormat(ftyp("mif1"))).toBe("heic");
    expect(detectFormat(ftyp("isom", "mp41"))).toBeNull();
  });

  it("refuses what is not an image", () => {
    expect(detectFormat(Buffer.alloc(0))).toBeNull();
    expect(detectFormat(Buffer.from("<!doctype html><html><svg></svg></html>"))).toBeNull();
    expect(detectFormat(Buffer.from("BM is just text"))).toBeNull();
    expect(detectFormat(bmpHeader(99))).toBeNull();
    expect(detectFormat(bytes(0, 0, 2, 0, 1, 0, ...Array<number>(16).fill(0)))).toBeNull();
    expect(detectFormat(bytes("II*", 0, 8, 0, 0, 0))).toBeNull();
    expect(detectFormat(Buffer.from("%PDF-1.7"))).toBeNull();
  });
});

describe("looksLikeSvg", () => {
  it("accepts an svg root after a declaration, comments and a doctype", () => {
    expect(looksLikeSvg(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(true);
    expect(
      looksLikeSvg(
        Buffer.from(
          '\ufeff<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg>',
        ),
      ),
    ).toBe(true);
  });

  it("refuses HTML and other text", () => {
    expect(looksLikeSvg(Buffer.from("<html><svg></svg></html>"))).toBe(false);
    expect(looksLikeSvg(Buffer.from("<svgfoo>"))).toBe(false);
    expect(looksLikeSvg(Buffer.from("hello <svg>"))).toBe(false);
  });

  it("stays fast on pathological input", () => {
    const started = Date.now();
    looksLikeSvg(Buffer.from(" ".repeat(4000) + "<!--" + "-".repeat(90)));
    expect(Date.now() - started).toBeLessThan(100);
  });
});

import { describe, expect, it } from "vitest";
import {
  MAX_PIXELS,
  MAX_TRIES,
  MIN_EDGE,
  QUALITIES,
  firstAttempt,
  fitToLimit,
  nextAttempt,
  renameForType,
  type EncodeAttempt,
} from "./reencode-plan";

/** A stand-in encoder: bytes grow with pixels and quality, like a real one, roughly. */
const fakeEncoder = (bytesPerPixelAtFull: number) => {
  const tries: EncodeAttempt[] = [];
  const encode = async (attempt: EncodeAttempt) => {
    tries.push(attempt);
    const factor = 0.3 + attempt.quality; // 1.2 at 0.9, 0.9 at 0.6
    return { size: Math.round(attempt.width * attempt.height * bytesPerPixelAtFull * factor) };
  };
  return { tries, encode };
};

describe("firstAttempt", () => {
  it("keeps the size of an image a canvas can hold", () => {
    expect(firstAttempt(4000, 3000)).toEqual({ width: 4000, height: 3000, quality: 0.9 });
  });

  it("starts within every browser's canvas limits", () => {
    const attempt = firstAttempt(12_000, 9_000);
    expect(attempt.width * attempt.height).toBeLessThanOrEqual(MAX_PIXELS);
    expect(attempt.width / attempt.height).toBeCloseTo(12 / 9, 2);
    expect(firstAttempt(40_000, 100).width).toBeLessThanOrEqual(16_384);
  });
});

describe("nextAttempt", () => {
  const start = { width: 4000, height: 3000, quality: 0.9 };

  it("lowers the quality first when the result is a little over", () => {
    expect(nextAttempt(start, 5_000_000, 4_500_000)).toEqual({ ...start, quality: 0.8 });
    expect(nextAttempt({ ...start, quality: 0.7 }, 5e6, 4.5e6)).toEqual({ ...start, quality: 0.6 });
  });

  it("shrinks the dimensions when far over, or when quality is at its floor", () => {
    const far = nextAttempt(start, 40_000_000, 4_500_000);
    expect(far!.width).toBeLessThan(start.width * Math.sqrt(4.5 / 40));
    expect(far!.quality).toBe(QUALITIES[1]);
    const floor = nextAttempt({ ...start, quality: 0.6 }, 4_600_000, 4_500_000);
    // Always at least 10% smaller, so the loop ends.
    expect(floor!.width).toBeLessThanOrEqual(start.width * 0.9);
    expect(floor!.height / floor!.width).toBeCloseTo(0.75, 2);
  });

  it("gives up rather than produce a thumbnail", () => {
    expect(nextAttempt({ width: 340, height: 200, quality: 0.6 }, 9e6, 4.5e6)).toBeNull();
    expect(MIN_EDGE).toBeGreaterThan(0);
  });
});

describe("fitToLimit", () => {
  it("returns the first result within the limit", async () => {
    const { tries, encode } = fakeEncoder(1);
    const fitted = await fitToLimit({ width: 2000, height: 2000 }, 4_500_000, encode);
    expect(fitted?.result.size).toBeLessThanOrEqual(4_500_000);
    expect(tries).toHaveLength(2); // 4.8 MB at 0.9, then 4.4 MB at 0.8
  });

  it("gets a 24-megapixel photo under Vercel's 4.5 MB in a few tries", async () => {
    const { tries, encode } = fakeEncoder(1.5);
    const fitted = await fitToLimit({ width: 6000, height: 4000 }, 4_500_000, encode);
    expect(fitted).not.toBeNull();
    expect(fitted!.result.size).toBeLessThanOrEqual(4_500_000);
    expect(tries.length).toBeLessThanOrEqual(5);
    // It shrank, but not to a thumbnail.
    expect(fitted!.attempt.width).toBeGreaterThan(1500);
  });

  it("stops after MAX_TRIES when nothing fits", async () => {
    const { tries, encode } = fakeEncoder(1);
    const stubborn = async (attempt: EncodeAttempt) => ({
      size: (await encode(attempt)).size + 1e9,
    });
    expect(await fitToLimit({ width: 16_000, height: 16_000 }, 1000, stubborn)).toBeNull();
    expect(tries.length).toBeLessThanOrEqual(MAX_TRIES);
  });
});

describe("renameForType", () => {
  it("names the file after what it now is", () => {
    expect(renameForType("holiday.png", "image/webp")).toBe("holiday.webp");
    expect(renameForType("scan.final.PNG", "image/jpeg")).toBe("scan.final.jpg");
    expect(renameForType("noext", "image/webp")).toBe("noext.webp");
    expect(renameForType(".png", "image/webp")).toBe(".png.webp");
  });
});

import { describe, expect, it } from "vitest";
import { AnonymousLimiter } from "./anonymous-limit";

const HOUR = 3_600_000;

describe("AnonymousLimiter", () => {
  it("allows 20 in any hour per IP and says when the next one fits", () => {
    const limiter = new AnonymousLimiter();
    for (let index = 0; index < 20; index++) expect(limiter.take("a", index * 1000)).toBeNull();
    expect(limiter.take("a", 30_000)).toBe(3570);
    expect(limiter.take("b", 30_000)).toBeNull();
    expect(limiter.take("a", HOUR - 1)).toBe(1);
    expect(limiter.take("a", HOUR)).toBeNull();
  });

  it("allows 100 in any 24 hours", () => {
    const limiter = new AnonymousLimiter();
    for (let index = 0; index < 100; index++) {
      expect(limiter.take("a", Math.floor(index / 20) * HOUR + index)).toBeNull();
    }
    expect(limiter.take("a", 5 * HOUR)).toBe(19 * 3600);
    expect(limiter.take("a", 24 * HOUR)).toBeNull();
  });
});

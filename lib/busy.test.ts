import { describe, expect, it } from "vitest";
import { busyMessage } from "./busy";

describe("busyMessage", () => {
  it("is one sentence with what happens next", () => {
    expect(busyMessage(12)).toBe("img.pro is busy. Try again in 12 seconds.");
    expect(busyMessage(null)).toBe("img.pro is busy. Try again shortly.");
    expect(busyMessage(3, { retrying: true })).toBe("img.pro is busy. Retrying in 3 seconds…");
  });
  it("counts whole seconds, never fewer than one", () => {
    expect(busyMessage(1.2, { retrying: true })).toBe("img.pro is busy. Retrying in 2 seconds…");
    expect(busyMessage(0, { retrying: true })).toBe("img.pro is busy. Retrying in 1 second…");
    expect(busyMessage(1)).toBe("img.pro is busy. Try again in 1 second.");
  });
});

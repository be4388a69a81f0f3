import { describe, expect, it } from "vitest";
import { newerUsage, type UsageSnapshot } from "./usage-snapshot";

const shown: UsageSnapshot = {
  uploadsUsed: 2,
  uploadsLimit: 100,
  storageUsed: 2_000,
  storageLimit: 1_000_000,
  resetsAt: "2026-12-01T00:00:00.000Z",
};
const beforeReset = new Date("2026-11-21T12:00:00.000Z");
const afterReset = new Date("2026-12-01T00:00:01.000Z");

describe("newerUsage", () => {
  it("drops a late response with a lower upload count", () => {
    const late = { ...shown, uploadsUsed: 1, storageUsed: 1_000, resetsAt: null };
    expect(newerUsage(shown, late, beforeReset)).toBe(shown);
  });

  it("takes a higher count, keeping the known reset date when headers carry none", () => {
    const next = { ...shown, uploadsUsed: 3, storageUsed: 3_000, resetsAt: null };
    expect(newerUsage(shown, next, beforeReset)).toEqual({ ...next, resetsAt: shown.resetsAt });
  });

  it("takes an equal count, so a delete's lower storage shows", () => {
    const afterDelete = { ...shown, storageUsed: 500, resetsAt: null };
    expect(newerUsage(shown, afterDelete, beforeReset).storageUsed).toBe(500);
  });

  it("accepts a lower count once the period has reset", () => {
    const fresh = { ...shown, uploadsUsed: 1, resetsAt: null };
    expect(newerUsage(shown, fresh, afterReset).uploadsUsed).toBe(1);
  });

  it("takes a new reset date from a full usage read", () => {
    const read = { ...shown, uploadsUsed: 0, resetsAt: "2027-01-01T00:00:00.000Z" };
    expect(newerUsage(shown, read, afterReset)).toEqual(read);
  });
});

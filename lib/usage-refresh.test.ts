import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createUsageRefresher } from "./usage-refresh";
import type { UsageSnapshot } from "./usage-snapshot";

const snapshot = (uploadsUsed: number): UsageSnapshot => ({
  uploadsUsed,
  uploadsLimit: 100,
  storageUsed: uploadsUsed * 10,
  storageLimit: 1000,
  resetsAt: null,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function harness(load: () => Promise<UsageSnapshot | null> = vi.fn(async () => snapshot(7))) {
  const delivered: UsageSnapshot[] = [];
  const refresher = createUsageRefresher({
    load,
    deliver: (usage) => delivered.push(usage),
    delayMs: 1000,
  });
  return { refresher, load, delivered };
}

describe("createUsageRefresher", () => {
  it("asks for usage once after a burst of uploads that carried none", async () => {
    const h = harness();
    for (let index = 0; index < 5; index += 1) {
      h.refresher.changed(null);
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(h.load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.load).toHaveBeenCalledTimes(1);
    expect(h.delivered).toEqual([snapshot(7)]);
  });

  it("shows usage an answer carried at once, without asking", async () => {
    const h = harness();
    h.refresher.changed(snapshot(3));
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.delivered).toEqual([snapshot(3)]);
    expect(h.load).not.toHaveBeenCalled();
  });

  it("asks again when an upload finished while the read was on its way", async () => {
    let finish: (usage: UsageSnapshot) => void = () => {};
    const load = vi
      .fn<() => Promise<UsageSnapshot | null>>()
      .mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
      .mockImplementationOnce(async () => snapshot(9));
    const h = harness(load);
    h.refresher.changed(null);
    await vi.advanceTimersByTimeAsync(1000);
    h.refresher.changed(null);
    await vi.advanceTimersByTimeAsync(1000);
    finish(snapshot(8));
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).toHaveBeenCalledTimes(2);
    expect(h.delivered).toEqual([snapshot(8), snapshot(9)]);
  });

  it("keeps the meters as they are when the read fails", async () => {
    const h = harness(vi.fn(async () => Promise.reject(new Error("offline"))));
    h.refresher.changed(null);
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.delivered).toEqual([]);
  });
});

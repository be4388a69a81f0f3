import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PROCESSING_DELAYS_MS, createProcessingPoller } from "./processing";
import { makeImage } from "./test-fixtures";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const processing = makeImage("p1", { status: "processing", width: null, height: null });

function harness(check: (id: string) => Promise<ReturnType<typeof makeImage> | null>) {
  const settled: { id: string; status: string }[] = [];
  const stalled: string[] = [];
  const poller = createProcessingPoller({
    check: vi.fn(check),
    onSettled: (image) => settled.push({ id: image.id, status: image.status }),
    onStalled: (id) => stalled.push(id),
  });
  return { poller, settled, stalled };
}

const total = PROCESSING_DELAYS_MS.reduce((sum, ms) => sum + ms, 0);

describe("createProcessingPoller", () => {
  it("asks again with backoff and shows the real image once img.pro says it is ready", async () => {
    let calls = 0;
    const h = harness(async (id) => {
      calls += 1;
      return calls < 3 ? processing : makeImage(id);
    });
    h.poller.track(["p1"]);
    await vi.advanceTimersByTimeAsync(PROCESSING_DELAYS_MS[0]);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(PROCESSING_DELAYS_MS[1]);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(PROCESSING_DELAYS_MS[2]);
    expect(h.settled).toEqual([{ id: "p1", status: "ready" }]);
    await vi.advanceTimersByTimeAsync(total);
    expect(calls).toBe(3);
  });

  it("gives up after six tries and says it is still processing", async () => {
    const check = vi.fn(async () => processing);
    const h = harness(check);
    h.poller.track(["p1"]);
    // Re-renders track the same id again: the count carries on, it never restarts.
    await vi.advanceTimersByTimeAsync(5_000);
    h.poller.track(["p1"]);
    await vi.advanceTimersByTimeAsync(total * 2);
    expect(check).toHaveBeenCalledTimes(6);
    expect(h.stalled).toEqual(["p1"]);
    expect(h.settled).toEqual([]);
  });

  it("reports a failed image so its tile can say so, and counts errors as tries", async () => {
    let calls = 0;
    const h = harness(async (id) => {
      calls += 1;
      if (calls === 1) throw new Error("busy");
      return makeImage(id, { status: "failed" });
    });
    h.poller.track(["p1"]);
    await vi.advanceTimersByTimeAsync(PROCESSING_DELAYS_MS[0] + PROCESSING_DELAYS_MS[1]);
    expect(h.settled).toEqual([{ id: "p1", status: "failed" }]);
  });

  it("stops asking after an image that left the list", async () => {
    const check = vi.fn(async () => processing);
    const h = harness(check);
    h.poller.track(["p1"]);
    h.poller.track([]);
    await vi.advanceTimersByTimeAsync(total);
    expect(check).not.toHaveBeenCalled();
  });
});

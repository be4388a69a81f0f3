import { describe, expect, it, vi } from "vitest";
import { bufferCollector, COLLECT_EVERY_BYTES, youngCollection } from "./socket-buffers";

describe("bufferCollector", () => {
  it("collects once each time its step has passed, whatever the chunk sizes", () => {
    const collect = vi.fn();
    const count = bufferCollector(collect);
    const chunk = 64 * 1024;
    for (let sent = 0; sent < 3 * COLLECT_EVERY_BYTES; sent += chunk) count(chunk);
    expect(collect).toHaveBeenCalledTimes(3);
    count(COLLECT_EVERY_BYTES - 1);
    expect(collect).toHaveBeenCalledTimes(3);
  });

  it("does nothing where no collection is available", () => {
    expect(() => bufferCollector(null)(2 * COLLECT_EVERY_BYTES)).not.toThrow();
  });
});

describe("youngCollection", () => {
  it("frees buffers nothing holds any more, on the Node the app supports, with no gc global left", () => {
    const collect = youngCollection();
    expect(collect).toBeTypeOf("function");
    // A buffer of its own (not from Node's pool), counted while held, then let go. Nothing
    // allocates between letting it go and the collection, so V8 cannot free it first.
    let held: Buffer | null = Buffer.alloc(COLLECT_EVERY_BYTES, 1);
    const before = process.memoryUsage().arrayBuffers;
    expect(held.length).toBe(COLLECT_EVERY_BYTES);
    held = null;
    collect?.();
    expect(before - process.memoryUsage().arrayBuffers).toBeGreaterThanOrEqual(COLLECT_EVERY_BYTES);
    expect("gc" in globalThis).toBe(false);
  });

  it("uses the gc a process started with --expose-gc already has", () => {
    const exposed = vi.fn();
    vi.stubGlobal("gc", exposed);
    try {
      youngCollection()?.();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(exposed).toHaveBeenCalledWith({ type: "minor" });
  });
});

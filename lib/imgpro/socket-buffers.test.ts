import { afterEach, describe, expect, it, vi } from "vitest";
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

  describe("where Node will not give it", () => {
    afterEach(() => {
      vi.doUnmock("node:v8");
      vi.resetModules();
    });

    async function withFlags(setFlagsFromString: (flags: string) => void) {
      vi.resetModules();
      vi.doMock("node:v8", () => ({ setFlagsFromString }));
      return import("./socket-buffers");
    }

    it("is null when the flag is refused, and counting uploaded bytes still works", async () => {
      const refuse = vi.fn(() => {
        throw new Error("flag not allowed");
      });
      const buffers = await withFlags(refuse);
      expect(buffers.youngCollection()).toBeNull();
      expect(() => buffers.countUploadedBytes(3 * COLLECT_EVERY_BYTES)).not.toThrow();
    });

    it("is null, with the flag set back, when the flag is taken but no gc appears", async () => {
      const ignore = vi.fn();
      const buffers = await withFlags(ignore);
      expect(buffers.youngCollection()).toBeNull();
      expect(ignore).toHaveBeenLastCalledWith("--no-expose-gc");
      expect("gc" in globalThis).toBe(false);
    });
  });
});

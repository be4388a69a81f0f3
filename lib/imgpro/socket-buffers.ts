import "server-only";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Frees the socket buffers uploads leave behind, each time COLLECT_EVERY_BYTES have passed.
 *
 * Each chunk Node reads from the browser's socket is a new buffer, held outside V8's heap
 * and freed only when V8 collects its young generation. V8 schedules that by what
 * JavaScript allocates, and an upload allocates next to nothing while a Next.js server's
 * young generation is large (it grows to 16 MB and more while pages render). So the
 * buffers, already sent on to img.pro, piled up: 30 to 45 MB during one 70 MB upload, until
 * V8's external-memory pressure started full collections of the whole server heap (about
 * 40 MB to mark, 20 to 40 ms each, several per 100 MB uploaded). A minimal Node proxy does
 * not see this: its young generation stays at 1 MB and fills every few chunks.
 *
 * A young collection every 8 MB (the step below) keeps the pile that small. Measured on
 * `next start` (README, "Benchmark"): the growth during a 70 MB upload went from 30-45 MB
 * to 8-11 MB, and the server's CPU per 20 × 5 MB from 400-460 ms (140 ms in a run that
 * happened to have no full collection) to about 150 ms, the minimal proxy's 100-150 ms.
 * Each collection copies what is still alive in the young generation: 1 to 1.5 ms as a
 * rule in this server, up to 30 ms when both cores are busy (`--trace-gc`). Steps of 4 MB
 * cost 190 ms a round, and steps of 16 MB let full collections back (270-280 ms).
 *
 * Node has no other way to ask for one than the `gc` function of a context made while
 * `--expose-gc` is set; the flag is set back at once, so nothing else sees it. Where that
 * is refused, nothing is collected early and uploads work as before.
 */

/** How many bytes of upload pass between two young collections. */
export const COLLECT_EVERY_BYTES = 8 * 1024 * 1024;

type CollectYoung = () => void;

/** Counts streamed bytes and calls `collect` each time COLLECT_EVERY_BYTES have passed. */
export function bufferCollector(collect: CollectYoung | null): (bytes: number) => void {
  if (!collect) return () => {};
  let sinceCollection = 0;
  return (bytes) => {
    sinceCollection += bytes;
    if (sinceCollection < COLLECT_EVERY_BYTES) return;
    sinceCollection = 0;
    collect();
  };
}

/** V8's young-generation collection, or null where this Node will not give it. */
export function youngCollection(): CollectYoung | null {
  // A process started with --expose-gc has it already, and keeps its flag as it was.
  const exposed: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === "function") return () => exposed({ type: "minor" });
  let gc: unknown;
  try {
    setFlagsFromString("--expose-gc");
    try {
      gc = runInNewContext("gc");
    } finally {
      setFlagsFromString("--no-expose-gc");
    }
  } catch {
    return null;
  }
  return typeof gc === "function" ? () => gc({ type: "minor" }) : null;
}

/** Every upload counts into one collector: the buffers are the process's, not one upload's. */
export const countUploadedBytes = bufferCollector(youngCollection());

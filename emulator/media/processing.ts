import type { Emulator } from "../context";
import type { ImageRecord } from "../state";

/**
 * Images that are still processing, which img.pro's newest docs describe (status
 * "processing", width, height and sizes null until ready) and the emulator otherwise never
 * produces: it inspects a file in one go. A test asks for one with
 * POST /__emulator/users/:id/processing; that user's next created image then answers
 * "processing" to its first `reads` reads (GET /v1/media/:id), and `then` after.
 */

export interface ProcessingSpec {
  reads: number;
  then: "ready" | "failed";
}

const pending = new WeakMap<Emulator, Map<string, ProcessingSpec>>();

export function processNextImage(emu: Emulator, userId: string, spec: ProcessingSpec): void {
  const forEmulator = pending.get(emu) ?? new Map<string, ProcessingSpec>();
  forEmulator.set(userId, spec);
  pending.set(emu, forEmulator);
}

export function forgetProcessing(emu: Emulator): void {
  pending.delete(emu);
}

/** For a new image: whether it starts processing (the request is used up). */
export function takeProcessing(emu: Emulator, userId: string): ImageRecord["processing"] {
  const spec = pending.get(emu)?.get(userId);
  if (!spec) return undefined;
  pending.get(emu)?.delete(userId);
  return { readsLeft: spec.reads, then: spec.then };
}

export function statusOf(image: ImageRecord): "ready" | "processing" | "failed" {
  if (!image.processing) return "ready";
  return image.processing.readsLeft > 0 ? "processing" : image.processing.then;
}

/** After a read of the image: one fewer "processing" answer left. */
export function countRead(image: ImageRecord): void {
  if (image.processing && image.processing.readsLeft > 0) image.processing.readsLeft -= 1;
}

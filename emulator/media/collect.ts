import { validationError, type ApiError } from "../errors";
import { MAX_BYTES, MAX_SVG_BYTES, SNIFF_BYTES, byteLimitFor, describeLimit } from "./formats";

/**
 * Gathers an incoming file (multipart part or fetched body) chunk by chunk and stops keeping
 * bytes as soon as the file passes its limit, so an oversized upload costs reading it, never
 * holding it. The SVG limit is lower than the general one, so once a file passes it the first
 * bytes decide which limit applies.
 */
export class CappedBuffer {
  /** `cap`: the caller's limit (70 MB, or 20 MB without a key), at least the SVG limit. */
  constructor(private readonly cap = MAX_BYTES) {}

  private chunks: Buffer[] = [];
  private sniffed: number | null = null;
  size = 0;
  /** The limit the file went past, once it has. */
  exceeded: number | null = null;

  push(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.exceeded !== null) return;
    this.chunks.push(chunk);
    if (this.size <= MAX_SVG_BYTES) return;
    // Here the chunks hold every byte so far, more than MAX_SVG_BYTES >= SNIFF_BYTES.
    this.sniffed ??= Math.min(this.cap, byteLimitFor(Buffer.concat(this.chunks, SNIFF_BYTES)));
    if (this.size > this.sniffed) this.overflow(this.sniffed);
  }

  /** Called when the source itself reports more bytes than allowed (e.g. busboy's limit). */
  overflow(limit = this.cap): void {
    this.exceeded ??= limit;
    this.chunks = [];
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }

  /** The 422 for an oversized file, reported on `field` (`file` or `url`). */
  error(field: string): ApiError | null {
    return this.exceeded === null
      ? null
      : validationError({ [field]: describeLimit(this.exceeded) });
  }
}

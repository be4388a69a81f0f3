import busboy from "busboy";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { validationError } from "../errors";
import { MAX_BYTES } from "./formats";
import { CappedBuffer } from "./collect";

export interface ReceivedFile {
  bytes: Buffer;
  /** The name the client gave the part, without any directory. */
  filename: string;
  /** The part's declared Content-Type: kept for the idempotency fingerprint, never trusted. */
  mimeType: string;
}

export interface MultipartBody {
  fields: Record<string, string>;
  file: ReceivedFile | null;
}

interface Collected {
  buffer: CappedBuffer;
  filename: string;
  mimeType: string;
}

const FIELD_LIMITS = { fields: 200, fieldSize: 1_000_000, parts: 1_000 };

function baseName(name: string): string {
  return name.split(/[\\/]/).pop()?.trim() ?? "";
}

/**
 * Streams a multipart body through busboy. Only the first file part named `file` is kept;
 * other file parts are drained unread. Text fields repeat last-wins. An oversized file is
 * read to the end (so the client gets an answer instead of a reset connection) but not kept.
 */
export async function readMultipart(
  request: Request,
  maxBytes = MAX_BYTES,
): Promise<MultipartBody> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body) throw validationError({ file: "A file is required." });
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // busboy reports `limit` on reaching the limit, not on passing it: one byte of slack
      // lets a file of exactly maxBytes through.
      limits: { ...FIELD_LIMITS, fileSize: maxBytes + 1 },
      defParamCharset: "utf8",
    });
  } catch {
    throw validationError({ file: "Send the image as multipart/form-data with a boundary." });
  }

  const fields: Record<string, string> = {};
  const truncated: string[] = [];
  // Assigned in a callback: the cast keeps TypeScript from narrowing it to `null` for good.
  let collected = null as Collected | null;

  await new Promise<void>((resolve, reject) => {
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) truncated.push(name);
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || collected) {
        stream.resume();
        return;
      }
      const buffer = new CappedBuffer(maxBytes);
      collected = { buffer, filename: baseName(info.filename ?? ""), mimeType: info.mimeType };
      stream.on("data", (chunk: Buffer) => buffer.push(chunk));
      stream.on("limit", () => buffer.overflow());
    });
    parser.on("close", resolve);
    parser.on("error", (error: unknown) => reject(error));
    const source = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
    source.on("error", reject);
    source.pipe(parser);
  }).catch((error: unknown) => {
    throw validationError({
      file: `The multipart body could not be read (${error instanceof Error ? error.message : "malformed"}).`,
    });
  });

  if (truncated.length > 0) {
    throw validationError(
      Object.fromEntries(truncated.map((name) => [name, "Fields can be at most 1,000,000 bytes."])),
    );
  }
  const file = collected;
  if (!file) return { fields, file: null };
  const tooLarge = file.buffer.error("file");
  if (tooLarge) throw tooLarge;
  return {
    fields,
    file: { bytes: file.buffer.bytes(), filename: file.filename, mimeType: file.mimeType },
  };
}

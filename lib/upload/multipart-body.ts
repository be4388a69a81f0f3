import { toHex } from "@/lib/hex";

/**
 * A multipart/form-data body around a file stream, produced chunk by chunk as img.pro reads
 * it (pull-based, so backpressure reaches the browser and memory stays flat whatever the
 * file's size). It also holds the browser to its Content-Length: a body longer than declared
 * is cut off, a shorter one is not passed on as complete.
 */
export type BodyViolation = "too_large" | "incomplete";

export class UploadBodyError extends Error {
  constructor(readonly violation: BodyViolation) {
    super(
      violation === "too_large"
        ? "The upload is longer than its Content-Length."
        : "The upload ended before its Content-Length.",
    );
    this.name = "UploadBodyError";
  }
}

export interface MultipartUpload {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  /** What went wrong with the browser's bytes, once something did. */
  violation(): BodyViolation | null;
}

export function newBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `----imgpro-upload-${toHex(bytes)}`;
}

/** Quoted-string escaping as browsers do it for form data (WHATWG HTML, multipart). */
export function quoteParameter(value: string): string {
  return `"${value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}"`;
}

export function multipartUpload(input: {
  file: ReadableStream<Uint8Array>;
  filename: string;
  fileType: string;
  /** Text fields, sent before the file. */
  fields: Record<string, string>;
  expectedBytes: number;
  boundary?: string;
}): MultipartUpload {
  const boundary = input.boundary ?? newBoundary();
  const encoder = new TextEncoder();
  const fieldParts = Object.entries(input.fields)
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name=${quoteParameter(name)}\r\n\r\n${value}\r\n`,
    )
    .join("");
  const preamble = encoder.encode(
    `${fieldParts}--${boundary}\r\n` +
      `Content-Disposition: form-data; name="file"; filename=${quoteParameter(input.filename)}\r\n` +
      `Content-Type: ${input.fileType}\r\n\r\n`,
  );
  const epilogue = encoder.encode(`\r\n--${boundary}--\r\n`);

  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let received = 0;
  let violation: BodyViolation | null = null;
  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, kind: BodyViolation) => {
    violation = kind;
    controller.error(new UploadBodyError(kind));
  };

  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!reader) {
          reader = input.file.getReader();
          controller.enqueue(preamble);
          return;
        }
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch {
          // The browser went away mid-upload.
          return fail(controller, "incomplete");
        }
        if (chunk.done) {
          if (received !== input.expectedBytes) return fail(controller, "incomplete");
          controller.enqueue(epilogue);
          controller.close();
          return;
        }
        received += chunk.value.byteLength;
        if (received > input.expectedBytes) {
          await reader.cancel().catch(() => undefined);
          return fail(controller, "too_large");
        }
        controller.enqueue(chunk.value);
      },
      async cancel(reason) {
        await (reader ?? input.file).cancel(reason).catch(() => undefined);
      },
    },
    // Nothing is read ahead of what img.pro asks for.
    { highWaterMark: 0 },
  );

  return {
    body,
    contentType: `multipart/form-data; boundary=${boundary}`,
    violation: () => violation,
  };
}

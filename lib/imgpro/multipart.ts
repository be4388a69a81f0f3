import "server-only";
import { toHex } from "@/lib/hex";

/**
 * img.pro's wire format for an upload: multipart/form-data with the text fields first and
 * the file last. Only the frame around the file is built here, so the file itself can pass
 * straight through without being held or copied.
 */
export interface MultipartFrame {
  /** The fields and the file part's headers, sent before the file's bytes. */
  preamble: Buffer;
  /** The closing boundary, sent after them. */
  epilogue: Buffer;
  contentType: string;
}

export function newBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `----imgpro-upload-${toHex(bytes)}`;
}

/** Quoted-string escaping as browsers do it for form data (WHATWG HTML, multipart). */
export function quoteParameter(value: string): string {
  return `"${value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}"`;
}

export function multipartFrame(input: {
  filename: string;
  fileType: string;
  /** Text fields, sent before the file. */
  fields: Record<string, string>;
  boundary?: string;
}): MultipartFrame {
  const boundary = input.boundary ?? newBoundary();
  const fieldParts = Object.entries(input.fields)
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name=${quoteParameter(name)}\r\n\r\n${value}\r\n`,
    )
    .join("");
  return {
    preamble: Buffer.from(
      `${fieldParts}--${boundary}\r\n` +
        `Content-Disposition: form-data; name="file"; filename=${quoteParameter(input.filename)}\r\n` +
        `Content-Type: ${input.fileType}\r\n\r\n`,
    ),
    epilogue: Buffer.from(`\r\n--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

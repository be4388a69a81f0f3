import busboy from "busboy";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { describe, expect, it } from "vitest";
import { UploadBodyError, multipartUpload, quoteParameter } from "./multipart-body";

function sourceOf(chunks: Uint8Array[]) {
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[pulls];
        pulls += 1;
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulls: () => pulls };
}

/** Parses the body the way the emulator (and a typical server) does. */
async function parse(body: ReadableStream<Uint8Array>, contentType: string) {
  const fields: Record<string, string> = {};
  const files: { name: string; filename: string; mimeType: string; bytes: Buffer }[] = [];
  await new Promise<void>((resolve, reject) => {
    const parser = busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8" });
    parser.on("field", (name, value) => (fields[name] = value));
    parser.on("file", (name, stream, info) => {
      const parts: Buffer[] = [];
      stream.on("data", (part: Buffer) => parts.push(part));
      stream.on("end", () =>
        files.push({
          name,
          filename: info.filename ?? "",
          mimeType: info.mimeType,
          bytes: Buffer.concat(parts),
        }),
      );
    });
    parser.on("close", resolve);
    parser.on("error", reject);
    Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>).pipe(parser);
  });
  return { fields, files };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe("multipartUpload", () => {
  it("wraps the file and the external_id in a body any multipart parser reads", async () => {
    const binary = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x00, 0xff]);
    const content = [binary, bytes("\r\n--not-a-boundary\r\n"), bytes("rest of the file")];
    const total = content.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    const upload = multipartUpload({
      file: sourceOf(content).stream,
      filename: 'Été "1".png',
      fileType: "image/png",
      fields: { external_id: "f".repeat(64) },
      expectedBytes: total,
    });
    const { fields, files } = await parse(upload.body, upload.contentType);
    expect(fields).toEqual({ external_id: "f".repeat(64) });
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      name: "file",
      filename: "Été %221%22.png",
      mimeType: "image/png",
    });
    expect(files[0]!.bytes).toEqual(Buffer.concat(content));
    expect(upload.violation()).toBeNull();
  });

  it("reads the file only as fast as the body is consumed", async () => {
    const chunks = Array.from({ length: 100 }, () => new Uint8Array(1024));
    const source = sourceOf(chunks);
    const upload = multipartUpload({
      file: source.stream,
      filename: "a.png",
      fileType: "image/png",
      fields: {},
      expectedBytes: 100 * 1024,
    });
    const reader = upload.body.getReader();
    await reader.read(); // the preamble
    await reader.read(); // one chunk of the file
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Nothing buffered ahead: memory does not grow with the file.
    expect(source.pulls()).toBeLessThanOrEqual(2);
    await reader.cancel();
  });

  it("cuts off a body longer than its Content-Length", async () => {
    const upload = multipartUpload({
      file: sourceOf([bytes("12345"), bytes("6789")]).stream,
      filename: "a.png",
      fileType: "image/png",
      fields: {},
      expectedBytes: 6,
    });
    await expect(new Response(upload.body).arrayBuffer()).rejects.toBeInstanceOf(UploadBodyError);
    expect(upload.violation()).toBe("too_large");
  });

  it("does not pass on a body shorter than its Content-Length as complete", async () => {
    const upload = multipartUpload({
      file: sourceOf([bytes("12345")]).stream,
      filename: "a.png",
      fileType: "image/png",
      fields: {},
      expectedBytes: 6,
    });
    await expect(new Response(upload.body).arrayBuffer()).rejects.toThrow(/ended before/);
    expect(upload.violation()).toBe("incomplete");
  });

  it("escapes quotes and line breaks in parameters", () => {
    expect(quoteParameter('a"b\r\nc')).toBe('"a%22b%0D%0Ac"');
  });
});

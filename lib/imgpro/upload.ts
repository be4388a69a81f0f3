import "server-only";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Readable } from "node:stream";
import { imgproHeaders, imgproUrl, readAnswer } from "./client";
import { ImgProError } from "./errors";
import { created, type CreatedImage } from "./images";
import { multipartFrame } from "./multipart";
import { countUploadedBytes } from "./socket-buffers";

/**
 * One upload, streamed to img.pro's `POST /v1/images` as it arrives from the browser.
 *
 * This is the one call to img.pro that does not go through `imgproRequest`'s fetch: Node's
 * fetch pulls a streamed body through web streams chunk by chunk, which cost as much CPU as
 * the whole rest of the upload (a CPU profile of `next start`; bench/README.md). Here the
 * browser's bytes go from its socket to img.pro's with an exact Content-Length and no work
 * per chunk beyond counting them (once more for ./socket-buffers, which frees the sockets'
 * spent buffers every COLLECT_EVERY_BYTES); the headers and the answer are
 * `imgproRequest`'s own.
 *
 * The browser is held to its Content-Length: a body that ends short or runs long is never
 * sent on whole (img.pro sees a request cut off before its Content-Length and stores
 * nothing). The body is sent once, so nothing is retried here: the browser retries with the
 * same Idempotency-Key. `timeoutMs` covers the whole upload, the browser's bytes included.
 */

export type BodyViolation = "too_large" | "incomplete";

/** The browser's bytes, not img.pro, were the problem. */
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

export interface FileUpload {
  /** The file's raw bytes as they arrive, read once. */
  file: Readable;
  /** What the browser announced in Content-Length. */
  bytes: number;
  filename: string;
  fileType: string;
  /** A SHA-256 of the file, for img.pro's de-duplication. */
  externalId: string | null;
  idempotencyKey: string;
  timeoutMs: number;
  /** Stops the upload: the browser has gone away. */
  signal?: AbortSignal;
}

export function uploadFile(userId: string, upload: FileUpload): Promise<CreatedImage> {
  const { file, bytes } = upload;
  // `external_id` is documented on the API Reference's upload, not on the App API's
  // POST /v1/images (docs/imgpro-api.md#upload-fields-on-the-newest-endpoint): where img.pro
  // ignores it, uploads still work and only the "already in your gallery" notice is lost.
  const frame = multipartFrame({
    filename: upload.filename,
    fileType: upload.fileType,
    fields: upload.externalId ? { external_id: upload.externalId } : {},
  });
  const url = new URL(imgproUrl("/v1/images"));
  const outgoing = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, {
    method: "POST",
    headers: {
      ...imgproHeaders({ user: userId, idempotencyKey: upload.idempotencyKey }),
      "content-type": frame.contentType,
      "content-length": String(frame.preamble.length + bytes + frame.epilogue.length),
    },
  });

  return new Promise<CreatedImage>((resolve, reject) => {
    let received = 0;
    let bodySent = false;
    let answered = false;
    let settled = false;

    const stopReading = () => {
      file.off("data", onData);
      file.off("end", onEnd);
      file.off("close", onClose);
      outgoing.off("drain", onDrain);
      file.pause();
    };
    const settle = (outcome: { error: Error } | { image: CreatedImage }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      upload.signal?.removeEventListener("abort", onAbort);
      stopReading();
      if ("error" in outcome) {
        // A body cut off before its Content-Length is one img.pro never stores; a request
        // still waiting for its answer is given up.
        if (!bodySent || !answered) outgoing.destroy();
        reject(outcome.error);
      } else {
        if (!bodySent) outgoing.destroy();
        resolve(outcome.image);
      }
    };
    const fail = (error: Error) => settle({ error });

    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > bytes) return fail(new UploadBodyError("too_large"));
      countUploadedBytes(chunk.length);
      if (!outgoing.write(chunk)) file.pause();
    };
    const onDrain = () => file.resume();
    const onEnd = () => {
      if (received !== bytes) return fail(new UploadBodyError("incomplete"));
      bodySent = true;
      stopReading();
      outgoing.end(frame.epilogue);
    };
    // The browser went away, or its connection broke, before the last byte.
    const onClose = () => fail(new UploadBodyError("incomplete"));
    const onAbort = () =>
      fail(
        bodySent
          ? (upload.signal?.reason ?? new Error("aborted"))
          : new UploadBodyError("incomplete"),
      );

    const timer = setTimeout(
      () => fail(new ImgProError(0, "timeout", "img.pro did not answer in time.")),
      upload.timeoutMs,
    );
    if (upload.signal?.aborted) return onAbort();
    upload.signal?.addEventListener("abort", onAbort, { once: true });

    outgoing.on("error", () =>
      fail(new ImgProError(0, "network_error", "img.pro could not be reached.")),
    );
    outgoing.on("response", (response) => {
      // An answer before the whole body (a refusal) ends the sending.
      if (!bodySent) stopReading();
      readResponse(response).then(
        (text) => {
          answered = true;
          try {
            const answer = readAnswer<unknown>(response.statusCode ?? 0, headersOf(response), text);
            settle({ image: created(answer.data, answer.status, answer.headers, answer.quota) });
          } catch (error) {
            fail(error instanceof Error ? error : new Error(String(error)));
          }
        },
        () => fail(new ImgProError(0, "network_error", "img.pro's answer was cut off.")),
      );
    });

    outgoing.write(frame.preamble);
    outgoing.on("drain", onDrain);
    file.on("data", onData);
    file.on("end", onEnd);
    file.on("close", onClose);
    file.on("error", onClose);
    file.resume();
  });
}

function readResponse(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    response.on("error", reject);
    response.on("aborted", () => reject(new Error("aborted")));
  });
}

function headersOf(response: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = response.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    headers.append(raw[index]!, raw[index + 1]!);
  }
  return headers;
}

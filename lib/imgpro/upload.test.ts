import busboy from "busboy";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let apiUrl = "";
vi.mock("@/lib/env", async () => {
  const { imgproTestConfig } = await import("@/test/imgpro-config");
  return { getConfig: () => imgproTestConfig(apiUrl) };
});
const { UploadBodyError, uploadFile } = await import("./upload");
const { ImgProError } = await import("./errors");

/** What img.pro received: whether the whole body came, and what it parsed to. */
interface Received {
  headers: IncomingMessage["headers"];
  complete: boolean;
  fields: Record<string, string>;
  file: Buffer | null;
  filename: string;
}

let server: Server;
let received: Promise<Received>;
/** Requests whose whole body img.pro received. */
let completed: number;
let answer: (request: IncomingMessage, response: ServerResponse) => void;

const image = { id: "img1", object: "image", url: "https://cdn.test/img1.png", bytes: 9 };

beforeEach(async () => {
  // As a real server does: the answer once the whole body is in.
  answer = (request, response) =>
    request.on("end", () => {
      response.writeHead(201, { "content-type": "application/json" });
      response.end(JSON.stringify(image));
    });
  completed = 0;
  let report: (value: Received) => void;
  received = new Promise((resolve) => (report = resolve));
  server = createServer((request, response) => {
    const result: Received = {
      headers: request.headers,
      complete: false,
      fields: {},
      file: null,
      filename: "",
    };
    const parser = busboy({ headers: request.headers, defParamCharset: "utf8" });
    parser.on("field", (name, value) => (result.fields[name] = value));
    parser.on("file", (_, stream, info) => {
      const parts: Buffer[] = [];
      result.filename = info.filename ?? "";
      stream.on("data", (part: Buffer) => parts.push(part));
      stream.on("end", () => (result.file = Buffer.concat(parts)));
    });
    parser.on("error", () => undefined);
    request.on("end", () => {
      result.complete = true;
      completed += 1;
    });
    request.on("close", () => report(result));
    request.pipe(parser);
    answer(request, response);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  server.close();
});

const upload = (file: Readable, bytes: number, extra: { timeoutMs?: number } = {}) =>
  uploadFile("user1", {
    file,
    bytes,
    filename: 'Été "1".png',
    fileType: "image/png",
    externalId: "f".repeat(64),
    idempotencyKey: "key-12345678",
    timeoutMs: extra.timeoutMs ?? 5_000,
  });

/** After a failed upload: give img.pro a moment, then count what it received whole. */
async function completedAfterwards() {
  await new Promise((resolve) => setTimeout(resolve, 100));
  return completed;
}

/** A browser's body: these chunks, then (unless told otherwise) its end. */
function browser(chunks: Buffer[], { ends = true } = {}) {
  const stream = new Readable({ read() {} });
  for (const chunk of chunks) stream.push(chunk);
  if (ends) stream.push(null);
  else setTimeout(() => stream.destroy(), 20);
  return stream;
}

describe("uploadFile", () => {
  it("sends the fields and the file as multipart with an exact Content-Length", async () => {
    const content = [Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from("\r\n--x\r\nrest")];
    const total = Buffer.concat(content);
    const created = await upload(browser(content), total.length);
    expect(created).toMatchObject({ image: { id: "img1" }, deduplicated: false });
    const got = await received;
    expect(got.complete).toBe(true);
    expect(got.file).toEqual(total);
    expect(got.filename).toBe("Été %221%22.png");
    expect(got.fields).toEqual({ external_id: "f".repeat(64) });
    expect(got.headers).toMatchObject({
      authorization: "Bearer img_sk_live_test",
      "x-img-user": "user1",
      "idempotency-key": "key-12345678",
    });
    expect(Number(got.headers["content-length"])).toBeGreaterThan(total.length);
    expect(got.headers["transfer-encoding"]).toBeUndefined();
  });

  it("never sends a body shorter than announced as complete", async () => {
    await expect(upload(browser([Buffer.from("12345")]), 6)).rejects.toMatchObject({
      violation: "incomplete",
    });
    expect(await completedAfterwards()).toBe(0);
  });

  it("never sends a body whose browser went away as complete", async () => {
    const error = await upload(browser([Buffer.from("123")], { ends: false }), 6).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UploadBodyError);
    expect(await completedAfterwards()).toBe(0);
  });

  it("cuts off a body longer than announced", async () => {
    const body = browser([Buffer.from("12345"), Buffer.from("6789")]);
    await expect(upload(body, 6)).rejects.toMatchObject({ violation: "too_large" });
    expect(await completedAfterwards()).toBe(0);
  });

  it("turns img.pro's error envelope into an ImgProError", async () => {
    answer = (_, response) => {
      response.writeHead(403, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { code: "quota_exceeded", message: "Full." } }));
    };
    const error = await upload(browser([Buffer.from("123456")]), 6).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImgProError);
    expect(error).toMatchObject({ status: 403, code: "quota_exceeded" });
  });

  it("stops an upload img.pro does not answer in time", async () => {
    answer = () => undefined;
    const error = await upload(browser([Buffer.from("123456")]), 6, { timeoutMs: 100 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 0, code: "timeout" });
  });

  it("reads the browser's bytes only as fast as img.pro takes them", async () => {
    const size = 256 * 1024 * 1024;
    let pulled = 0;
    const file = new Readable({
      highWaterMark: 64 * 1024,
      read() {
        pulled += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024));
      },
    });
    answer = (request) => request.pause();
    const pending = upload(file, size, { timeoutMs: 400 }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Socket buffers on both sides hold some; nothing near the whole file is read.
    expect(pulled).toBeLessThan(32 * 1024 * 1024);
    await pending;
  });
});

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import type { useEmulator } from "./harness";

/** Test images and helpers shared by the image, media and CDN contract tests. */

type Emulator = ReturnType<typeof useEmulator>;

export function solid(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: "#888" } });
}

export const jpeg = (width = 64, height = 48) => solid(width, height).jpeg().toBuffer();
export const png = (width = 64, height = 48) => solid(width, height).png().toBuffer();

/** A GIF with three differently coloured frames. */
export async function animatedGif(width = 60, height = 40): Promise<Buffer> {
  const frames = await Promise.all(
    ["#f00", "#0f0", "#00f"].map((background) =>
      sharp({ create: { width, height, channels: 3, background } })
        .png()
        .toBuffer(),
    ),
  );
  return sharp(frames, { join: { animated: true } })
    .gif({ delay: [100, 100, 100] })
    .toBuffer();
}

/** A 24-bit uncompressed BMP (sharp cannot write BMP). */
export function bmp(width: number, height: number): Buffer {
  const row = Math.ceil((width * 3) / 4) * 4;
  const file = Buffer.alloc(54 + row * height, 0x80);
  file.write("BM", 0, "latin1");
  file.writeUInt32LE(file.length, 2);
  file.writeUInt32LE(0, 6);
  file.writeUInt32LE(54, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(width, 18);
  file.writeInt32LE(height, 22);
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(0, 30);
  file.writeUInt32LE(row * height, 34);
  return file;
}

/** An ICO holding one PNG image (valid since Windows Vista). */
export function ico(pngBytes: Buffer, width: number, height: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(width % 256, 6);
  header.writeUInt8(height % 256, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(pngBytes.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, pngBytes]);
}

function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, "latin1");
  return Buffer.concat([head, body]);
}

/**
 * A HEIC container (ftyp + meta/iprp/ipco/ispe). No HEVC encoder is at hand, so the image
 * data is absent: enough for format detection and dimensions, which is all the emulator can
 * check for HEIC with this sharp build.
 */
export function heic(width: number, height: number): Buffer {
  const ftyp = box("ftyp", Buffer.from("heic\0\0\0\0mif1heic", "latin1"));
  const size = Buffer.alloc(12);
  size.writeUInt32BE(0, 0);
  size.writeUInt32BE(width, 4);
  size.writeUInt32BE(height, 8);
  const meta = box("meta", Buffer.alloc(4), box("iprp", box("ipco", box("ispe", size))));
  return Buffer.concat([ftyp, meta, box("mdat", Buffer.alloc(16))]);
}

/** An SVG of the given size, padded with a comment to `totalBytes` when asked. */
export function svg(width = 100, height = 50, totalBytes?: number): Buffer {
  const open = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#888"/><!--`;
  const close = "--></svg>";
  const padding = Math.max(0, (totalBytes ?? 0) - open.length - close.length);
  return Buffer.from(open + "x".repeat(padding) + close);
}

/** A valid PNG of exactly `totalBytes`, grown with a private ancillary chunk. */
export async function pngOfSize(totalBytes: number): Promise<Buffer> {
  const base = await png(8, 8);
  const iend = base.subarray(base.length - 12);
  const body = base.subarray(0, base.length - 12);
  const dataLength = totalBytes - base.length - 12;
  const chunk = Buffer.alloc(12 + dataLength);
  chunk.writeUInt32BE(dataLength, 0);
  chunk.write("prVt", 4, "latin1");
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + dataLength)), 8 + dataLength);
  return Buffer.concat([body, chunk, iend]);
}

export function form(
  file: { bytes: Buffer; name?: string; type?: string } | null,
  fields: Record<string, string> = {},
): FormData {
  const body = new FormData();
  if (file) {
    body.append(
      "file",
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "image/jpeg" }),
      file.name ?? "photo.jpg",
    );
  }
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return body;
}

export interface UploadOptions {
  name?: string;
  type?: string;
  fields?: Record<string, string>;
  path?: string;
  headers?: Record<string, string>;
}

export function upload(
  emulator: Emulator,
  user: string,
  bytes: Buffer,
  options: UploadOptions = {},
) {
  return emulator.api("POST", options.path ?? "/v1/images", {
    user,
    body: form({ bytes, name: options.name, type: options.type }, options.fields),
    headers: options.headers,
  });
}

/** Uploads through /v1/upload and returns the media object. */
export async function uploadMedia(
  emulator: Emulator,
  user: string,
  fields: Record<string, string> = {},
  bytes?: Buffer,
): Promise<MediaObject> {
  const response = await upload(emulator, user, bytes ?? (await jpeg()), {
    path: "/v1/upload",
    fields,
  });
  if (response.status !== 201)
    throw new Error(`upload: ${response.status} ${await response.text()}`);
  return (await response.json()) as MediaObject;
}

export interface MediaObject {
  id: string;
  name: string;
  url?: string;
  src: string;
  width: number;
  height: number;
  filesize: number;
  editable: boolean;
  tags?: string[];
  namespace?: string;
  date?: string;
  created_at: number;
  [custom: string]: unknown;
}

export interface ErrorBody {
  error: {
    type: string;
    code: string;
    message: string;
    details?: Record<string, string | string[]>;
    action?: { type: string; url?: string; label?: string };
  };
}

/** A local HTTP server for import tests; `routes` maps a path to a status, type and body. */
export async function serveFiles(
  routes: Record<string, { status?: number; type?: string; body: Buffer | string }>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const route = routes[new URL(request.url ?? "/", "http://x").pathname];
    if (!route) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(route.status ?? 200, {
      "content-type": route.type ?? "application/octet-stream",
    });
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

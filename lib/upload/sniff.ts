/**
 * Whether a file's first bytes look like an image the browser can draw. The tray previews
 * a file only then: a page renamed .png, or zeros named .gif, get a plain square instead of
 * a broken image (and Chromium's complaints about it in the console).
 */
export function looksLikeImageBytes(head: Uint8Array): boolean {
  const at = (offset: number, ...bytes: number[]) =>
    bytes.every((byte, index) => head[offset + index] === byte);
  const text = (offset: number, value: string) =>
    at(offset, ...Array.from(value, (char) => char.charCodeAt(0)));
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return true; // PNG
  if (at(0, 0xff, 0xd8, 0xff)) return true; // JPEG
  if (text(0, "GIF8")) return true;
  if (text(0, "RIFF") && text(8, "WEBP")) return true;
  if (text(4, "ftyp")) return true; // AVIF, HEIC
  if (text(0, "BM")) return true;
  if (at(0, 0, 0, 1, 0)) return true; // ICO
  const start = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, "")
    .trimStart();
  return start.startsWith("<svg") || start.startsWith("<?xml");
}

export async function looksLikeImage(file: Blob): Promise<boolean> {
  if (file.size === 0) return false;
  return looksLikeImageBytes(new Uint8Array(await file.slice(0, 64).arrayBuffer()));
}

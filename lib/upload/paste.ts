/**
 * Files pasted from the clipboard. A screenshot arrives as "image.png" (or with no name at
 * all), so such files are named after the moment they were pasted; a file copied from the
 * file manager keeps its own name.
 */
const GENERIC_NAME = /^(?:image|blob|clipboard)?(?:\.[a-z0-9]+)?$/i;

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/bmp": "bmp",
  "image/svg+xml": "svg",
};

function stamp(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return (
    `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-` +
    `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`
  );
}

export function pastedName(file: { name: string; type: string }, now: Date, index: number): string {
  if (file.name && !GENERIC_NAME.test(file.name)) return file.name;
  const extension = EXTENSIONS[file.type] ?? "png";
  return `pasted-${stamp(now)}${index > 0 ? `-${index + 1}` : ""}.${extension}`;
}

/** The files on a paste event, renamed where needed; empty for pasted text. */
export function filesFromClipboard(data: DataTransfer | null, now = new Date()): File[] {
  if (!data) return [];
  let files = Array.from(data.files ?? []);
  if (files.length === 0) {
    files = Array.from(data.items ?? [])
      .filter((item) => item.kind === "file")
      .map((item) => item.getAsFile())
      .filter((file): file is File => file !== null);
  }
  return files.map((file, index) => {
    const name = pastedName(file, now, index);
    return name === file.name
      ? file
      : new File([file], name, { type: file.type, lastModified: file.lastModified });
  });
}

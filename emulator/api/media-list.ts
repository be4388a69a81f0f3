import type { Context } from "hono";
import type { ApiEnv, Emulator } from "../context";
import { validationError } from "../errors";
import { newestFirst, workspaceImages } from "../media/library";
import { toMediaObject } from "../media/shapes";
import type { ImageRecord } from "../state";

const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 50;
const MAX_IDS = 100;

interface Position {
  t: number;
  id: string;
}

/**
 * The cursor is the position of the last item served (its creation time and id), so a page
 * boundary stays put when images are added or deleted meanwhile. Opaque to clients.
 */
function encodeCursor(image: ImageRecord): string {
  return Buffer.from(JSON.stringify({ t: image.createdAt, id: image.id })).toString("base64url");
}

function decodeCursor(cursor: string): Position | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const value = JSON.parse(
      Buffer.from(cursor, "base64url").toString("utf8"),
    ) as Partial<Position>;
    return typeof value.t === "number" && typeof value.id === "string"
      ? { t: value.t, id: value.id }
      : null;
  } catch {
    return null;
  }
}

function after(image: ImageRecord, position: Position): boolean {
  return image.createdAt < position.t || (image.createdAt === position.t && image.id < position.id);
}

/** An integer query parameter within bounds; `error` says why not (and `value` is the fallback). */
export function intParam(
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): { value: number; error: string | null } {
  if (value === undefined) return { value: fallback, error: null };
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
    return { value: fallback, error: `Must be an integer from ${min} to ${max}.` };
  }
  return { value: number, error: null };
}

function commaList(value: string | undefined, lower: boolean): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => (lower ? entry.trim().toLowerCase() : entry.trim()))
    .filter(Boolean);
}

/** GET /v1/media: `{ data, next_cursor, has_more }` with the cursor fields at the top level. */
export function listMedia(emu: Emulator, c: Context<ApiEnv>): Response {
  const workspace = c.get("workspace");
  const details: Record<string, string> = {};
  const limit = intParam(c.req.query("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT);
  if (limit.error) details.limit = limit.error;
  const cursorParam = c.req.query("cursor");
  const position = cursorParam ? decodeCursor(cursorParam) : null;
  if (cursorParam && !position) details.cursor = "Not a cursor from a previous page.";
  const tagMode = c.req.query("tag_mode") ?? "any";
  if (tagMode !== "any" && tagMode !== "all") details.tag_mode = 'Use "any" or "all".';
  const ids = commaList(c.req.query("ids"), false);
  if (ids.length > MAX_IDS) details.ids = `At most ${MAX_IDS} ids.`;
  if (Object.keys(details).length > 0) throw validationError(details);

  const namespace = c.req.query("namespace") || undefined;
  const tags = commaList(c.req.query("tags"), true);
  const wanted = new Set(ids);
  const matches = workspaceImages(emu, workspace)
    .filter((image) => namespace === undefined || image.namespace === namespace)
    .filter((image) => wanted.size === 0 || wanted.has(image.id))
    .filter((image) => {
      if (tags.length === 0) return true;
      return tagMode === "all"
        ? tags.every((tag) => image.tags.includes(tag))
        : tags.some((tag) => image.tags.includes(tag));
    })
    .sort(newestFirst)
    .filter((image) => !position || after(image, position));

  const page = matches.slice(0, limit.value);
  const hasMore = matches.length > page.length;
  const last = page[page.length - 1];
  return c.json({
    data: page.map((image) => toMediaObject(emu, workspace, image)),
    next_cursor: hasMore && last ? encodeCursor(last) : null,
    has_more: hasMore,
  });
}

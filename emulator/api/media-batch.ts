import { Hono } from "hono";
import type { ApiEnv, Emulator } from "../context";
import { validationError } from "../errors";
import { readJsonObject } from "../media/json-body";
import { newestFirst, removeImages, workspaceImages } from "../media/library";
import { MAX_TAGS, applyTagMode, checkNamespace, checkTags } from "../media/rules";
import type { ImageRecord } from "../state";
import { intParam } from "./media-list";

const MAX_BATCH_IDS = 100;
const MAX_NAMESPACE_DELETE = 1000;
const TAG_MODES = ["add", "remove", "replace"] as const;

function checkIds(value: unknown): string[] {
  if (!Array.isArray(value) || value.some((id) => typeof id !== "string")) {
    throw validationError({ ids: "ids must be an array of media ids." });
  }
  if (value.length === 0 || value.length > MAX_BATCH_IDS) {
    throw validationError({ ids: `Send 1 to ${MAX_BATCH_IDS} ids.` });
  }
  return value as string[];
}

/**
 * Batch operations and namespaces. Ids that are not in the caller's workspace (unknown, or
 * another user's) are skipped and simply not counted, so the counts never reveal them.
 */
export function batchRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();

  app.patch("/v1/media/batch", async (c) => {
    const body = await readJsonObject(c.req.raw);
    const ids = new Set(checkIds(body.ids));
    const tags = checkTags(body.tags ?? null);
    if (!tags.ok)
      throw validationError({ tags: body.tags === undefined ? "tags is required." : tags.error });
    const mode = body.tag_mode ?? "add";
    if (!TAG_MODES.includes(mode as (typeof TAG_MODES)[number])) {
      throw validationError({ tag_mode: 'Use "add", "remove" or "replace".' });
    }
    const images = workspaceImages(emu, c.get("workspace")).filter((image) => ids.has(image.id));
    const next = images.map((image) =>
      applyTagMode(image.tags, tags.value, mode as (typeof TAG_MODES)[number]),
    );
    // All or nothing: one image going over the tag limit fails the whole batch.
    const over = images.find((_, index) => (next[index]?.length ?? 0) > MAX_TAGS);
    if (over)
      throw validationError({
        tags: `Media item ${over.id} would have more than ${MAX_TAGS} tags.`,
      });
    images.forEach((image, index) => (image.tags = next[index] ?? image.tags));
    emu.store.changed();
    return c.json({ updated: images.length });
  });

  app.delete("/v1/media/batch", async (c) => {
    const body = await readJsonObject(c.req.raw);
    const all = workspaceImages(emu, c.get("workspace"));
    if ((body.ids === undefined) === (body.namespace === undefined)) {
      throw validationError({
        ids: "Send either ids or namespace.",
        namespace: "Send either ids or namespace.",
      });
    }
    let doomed: ImageRecord[];
    if (body.ids !== undefined) {
      const ids = new Set(checkIds(body.ids));
      doomed = all.filter((image) => ids.has(image.id));
    } else {
      const namespace = checkNamespace(body.namespace);
      if (!namespace.ok) throw validationError({ namespace: namespace.error });
      // "Up to 1,000": a bigger namespace loses its oldest 1,000 per call; repeat until 0.
      doomed = all
        .filter((image) => image.namespace === namespace.value)
        .sort(newestFirst)
        .reverse()
        .slice(0, MAX_NAMESPACE_DELETE);
    }
    await removeImages(emu, doomed);
    return c.json({ deleted: doomed.length });
  });

  app.get("/v1/namespaces", (c) => {
    const limit = intParam(c.req.query("limit"), 100, 1, 100);
    const offset = intParam(c.req.query("offset"), 0, 0, Number.MAX_SAFE_INTEGER);
    const details = {
      ...(limit.error ? { limit: limit.error } : {}),
      ...(offset.error ? { offset: offset.error } : {}),
    };
    if (Object.keys(details).length > 0) throw validationError(details);
    const groups = new Map<string, { namespace: string; count: number; storage_bytes: number }>();
    for (const image of workspaceImages(emu, c.get("workspace"))) {
      if (!image.namespace) continue;
      const group = groups.get(image.namespace) ?? {
        namespace: image.namespace,
        count: 0,
        storage_bytes: 0,
      };
      group.count += 1;
      group.storage_bytes += image.bytes;
      groups.set(image.namespace, group);
    }
    const sorted = [...groups.values()].sort(
      (a, b) => b.count - a.count || a.namespace.localeCompare(b.namespace),
    );
    const data = sorted.slice(offset.value, offset.value + limit.value);
    const end = offset.value + data.length;
    return c.json({ data, next_offset: end < sorted.length ? end : null });
  });

  return app;
}

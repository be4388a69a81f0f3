import "server-only";
import { isObject } from "@/lib/json";
import { imgproRequest } from "./client";
import { ImgProError, parseErrorBody } from "./errors";
import type { Quota } from "./quota";

/**
 * Batch edits and deletes. Batches go to img.pro 100 ids at a time, one after another; when
 * one fails, the earlier ones are already done and stay done, so the caller learns exactly
 * what was handled and why the rest was not, instead of a plain failure.
 */

export const BATCH_LIMIT = 100;

function chunks<T>(items: T[], size = BATCH_LIMIT): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size)
    result.push(items.slice(index, index + size));
  return result;
}

export interface BatchFailurePart {
  count: number;
  error: ImgProError;
}

async function inChunks<Result>(
  ids: string[],
  send: (chunk: string[]) => Promise<Result>,
): Promise<{ results: Result[]; failure: BatchFailurePart | null }> {
  const results: Result[] = [];
  for (const [index, chunk] of chunks(ids).entries()) {
    try {
      results.push(await send(chunk));
    } catch (error) {
      if (!(error instanceof ImgProError)) throw error;
      // Nothing was done: the caller's action failed as a whole.
      if (index === 0) throw error;
      return { results, failure: { count: ids.length - index * BATCH_LIMIT, error } };
    }
  }
  return { results, failure: null };
}

export interface BatchTagOutcome {
  updated: number;
  doneIds: string[];
  failure: BatchFailurePart | null;
}

export async function batchTag(
  userId: string,
  ids: string[],
  tags: string[],
  mode: "add" | "remove",
): Promise<BatchTagOutcome> {
  const { results, failure } = await inChunks(ids, async (chunk) => {
    const { data } = await imgproRequest<{ updated?: number }>("/v1/media/batch", {
      method: "PATCH",
      user: userId,
      json: { ids: chunk, tags, tag_mode: mode },
    });
    return { chunk, updated: typeof data?.updated === "number" ? data.updated : chunk.length };
  });
  return {
    updated: results.reduce((sum, result) => sum + result.updated, 0),
    doneIds: results.flatMap((result) => result.chunk),
    failure,
  };
}

/** What one chunk's answer says, in either generation's words. */
interface ChunkDeleted {
  /** By img.pro's count. */
  deleted: number;
  /** The ids img.pro is known to have deleted (see readDeleteAnswer). */
  deletedIds: string[];
  /** Ids img.pro refused to delete for a reason other than not having them. */
  refused: { id: string; error: ImgProError }[];
}

const idOf = (entry: unknown): string | null =>
  typeof entry === "string"
    ? entry
    : isObject(entry) && typeof entry.id === "string"
      ? entry.id
      : null;

/**
 * The API Reference answers `{ deleted: n }` and skips ids the user does not have (already
 * gone, or never theirs) without naming them; the newest API names them: `{ data, errors:
 * [{ id, error }] }`, where a `not_found` error is an id that was already gone. From a bare
 * count the deleted ids are known only when it is all of the chunk (or none); otherwise only
 * the count is, and no id is claimed as deleted.
 */
export function readDeleteAnswer(chunk: string[], data: unknown): ChunkDeleted {
  const body = isObject(data) ? data : {};
  if (Array.isArray(body.data) || Array.isArray(body.errors)) {
    const asked = new Set(chunk);
    const deletedIds = (Array.isArray(body.data) ? body.data : [])
      .map(idOf)
      .filter((id): id is string => id !== null && asked.has(id));
    const refused = (Array.isArray(body.errors) ? body.errors : []).flatMap((entry) => {
      const id = idOf(entry);
      if (!id || !isObject(entry)) return [];
      const error = parseErrorBody(400, { error: entry.error });
      return error.code === "not_found" ? [] : [{ id, error }];
    });
    return { deleted: deletedIds.length, deletedIds, refused };
  }
  const count = typeof body.deleted === "number" ? Math.min(body.deleted, chunk.length) : 0;
  return { deleted: count, deletedIds: count === chunk.length ? chunk : [], refused: [] };
}

export interface BatchDeleteOutcome {
  /** How many img.pro deleted. */
  deleted: number;
  /** Ids img.pro is known to have deleted; never one it did not. */
  deletedIds: string[];
  /** Asked for, but img.pro no longer had them (deleted elsewhere, or never this user's). */
  alreadyGone: number;
  /** No longer in the library: deleted now, or already gone. */
  removedIds: string[];
  failure: BatchFailurePart | null;
  quota: Quota | null;
}

export async function batchDelete(userId: string, ids: string[]): Promise<BatchDeleteOutcome> {
  let quota: Quota | null = null;
  const { results, failure } = await inChunks(ids, async (chunk) => {
    const response = await imgproRequest<unknown>("/v1/media/batch", {
      method: "DELETE",
      user: userId,
      json: { ids: chunk },
    });
    quota = response.quota ?? quota;
    return { chunk, ...readDeleteAnswer(chunk, response.data) };
  });
  const refused = results.flatMap((result) => result.refused);
  const kept = new Set(refused.map((entry) => entry.id));
  const deleted = results.reduce((sum, result) => sum + result.deleted, 0);
  const handled = results.reduce((sum, result) => sum + result.chunk.length, 0);
  const firstRefusal = refused[0];
  return {
    deleted,
    deletedIds: results.flatMap((result) => result.deletedIds),
    alreadyGone: handled - deleted - refused.length,
    removedIds: results.flatMap((result) => result.chunk).filter((id) => !kept.has(id)),
    failure:
      failure || firstRefusal
        ? {
            count: (failure?.count ?? 0) + refused.length,
            error: failure?.error ?? (firstRefusal as (typeof refused)[number]).error,
          }
        : null,
    quota,
  };
}

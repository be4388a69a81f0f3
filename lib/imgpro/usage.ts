import "server-only";
import { imgproRequest } from "./client";
import type { Quota } from "./quota";
import type { Usage } from "./types";

type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  typeof value === "object" && value !== null ? (value as Json) : {};
const num = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/** A timestamp in Unix seconds (API Reference) or ISO-8601 (newest docs). */
export function toDate(value: unknown): Date | null {
  if (typeof value === "number" && Number.isFinite(value)) return new Date(value * 1000);
  if (typeof value === "string") {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : new Date(parsed);
  }
  return null;
}

/** `GET /v1/usage` (also embedded in billing status), in the API Reference's shape. */
export function toUsage(raw: unknown): Usage {
  const body = obj(raw);
  const monthly = obj(body.monthly);
  const totals = obj(body.totals);
  const uploadsUsed = num(monthly.uploads) ?? 0;
  const uploadsLimit = num(monthly.uploads_limit);
  const storageUsed = num(totals.storage_used_bytes) ?? 0;
  const storageLimit = num(totals.storage_limit_bytes);
  return {
    plan: typeof body.plan === "string" ? body.plan : "free",
    uploads: {
      used: uploadsUsed,
      limit: uploadsLimit,
      remaining:
        num(monthly.uploads_remaining) ??
        (uploadsLimit === null ? null : Math.max(0, uploadsLimit - uploadsUsed)),
      resetsAt: toDate(monthly.resets_at),
    },
    storage: {
      used: storageUsed,
      limit: storageLimit,
      remaining:
        num(totals.storage_remaining_bytes) ??
        (storageLimit === null ? null : Math.max(0, storageLimit - storageUsed)),
    },
    imagesStored: num(totals.media_stored),
  };
}

export async function getUsage(userId: string): Promise<{ usage: Usage; quota: Quota | null }> {
  const { data, quota } = await imgproRequest<unknown>("/v1/usage", { user: userId });
  return { usage: toUsage(data), quota };
}

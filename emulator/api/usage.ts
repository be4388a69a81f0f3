import { Hono } from "hono";
import type { ApiEnv, Emulator } from "../context";
import { manageUrl } from "../billing/manage-token";
import { ApiError } from "../errors";
import { workspaceImages } from "../media/library";
import { PLANS } from "../plans";
import type { WorkspaceRecord } from "../state";

export function monthKey(now: number): string {
  return new Date(now).toISOString().slice(0, 7);
}

function nextMonthStart(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** Uploads this month, rolling the counter over when the month changed. */
export function uploadsThisMonth(emu: Emulator, workspace: WorkspaceRecord): number {
  const month = monthKey(emu.now());
  if (workspace.usage.month !== month) {
    workspace.usage = { month, uploads: 0 };
    emu.store.changed();
  }
  return workspace.usage.uploads;
}

export function storageUsed(
  emu: Emulator,
  workspace: WorkspaceRecord,
): { bytes: number; count: number } {
  const images = workspaceImages(emu, workspace);
  return { bytes: images.reduce((sum, image) => sum + image.bytes, 0), count: images.length };
}

/** GET /v1/usage, in the API Reference's shape (timestamps in Unix seconds). */
export function usageBody(emu: Emulator, workspace: WorkspaceRecord) {
  const limits = PLANS[workspace.plan].limits;
  const uploads = uploadsThisMonth(emu, workspace);
  const storage = storageUsed(emu, workspace);
  return {
    monthly: {
      uploads,
      uploads_limit: limits.monthly_uploads,
      uploads_remaining: Math.max(0, limits.monthly_uploads - uploads),
      resets_at: Math.floor(nextMonthStart(emu.now()) / 1000),
    },
    totals: {
      media_stored: storage.count,
      storage_used_bytes: storage.bytes,
      storage_limit_bytes: limits.storage_bytes,
      storage_remaining_bytes: Math.max(0, limits.storage_bytes - storage.bytes),
    },
    plan: workspace.plan,
    verified: true,
  };
}

/** The API Reference's quota headers, sent on every authenticated data response. */
export const QUOTA_HEADER_NAMES = [
  "X-Monthly-Uploads-Used",
  "X-Monthly-Uploads-Limit",
  "X-Monthly-Uploads-Remaining",
  "X-Storage-Used",
  "X-Storage-Limit",
  "X-Storage-Remaining",
] as const;

export function quotaHeaders(
  emu: Emulator,
  workspace: WorkspaceRecord,
): Record<(typeof QUOTA_HEADER_NAMES)[number], string> {
  const { monthly, totals } = usageBody(emu, workspace);
  return {
    "X-Monthly-Uploads-Used": String(monthly.uploads),
    "X-Monthly-Uploads-Limit": String(monthly.uploads_limit),
    "X-Monthly-Uploads-Remaining": String(monthly.uploads_remaining),
    "X-Storage-Used": String(totals.storage_used_bytes),
    "X-Storage-Limit": String(totals.storage_limit_bytes),
    "X-Storage-Remaining": String(totals.storage_remaining_bytes),
  };
}

/**
 * Throws quota_exceeded when one more upload of `bytes` would pass the plan's limits.
 * Status 403 as in the API Reference generation's error page (G3 leaves it unstated).
 */
export function assertQuota(emu: Emulator, workspace: WorkspaceRecord, bytes: number): void {
  const limits = PLANS[workspace.plan].limits;
  const uploads = uploadsThisMonth(emu, workspace);
  const storage = storageUsed(emu, workspace);
  const overUploads = uploads >= limits.monthly_uploads;
  const overStorage = storage.bytes + bytes > limits.storage_bytes;
  if (!overUploads && !overStorage) return;
  const topTier = workspace.plan === "max";
  throw new ApiError(
    403,
    "quota_exceeded",
    overUploads
      ? `Monthly upload limit reached (${limits.monthly_uploads} on the ${PLANS[workspace.plan].name} plan).`
      : `Storage limit reached (${limits.storage_bytes} bytes on the ${PLANS[workspace.plan].name} plan).`,
    {
      action: {
        type: "upgrade",
        url: manageUrl(emu, workspace.appId, workspace.userId),
        label: topTier ? "Manage billing" : "Upgrade plan",
      },
      usage: {
        plan: workspace.plan,
        uploads_used: uploads,
        uploads_limit: limits.monthly_uploads,
        storage_used_bytes: storage.bytes,
        storage_limit_bytes: limits.storage_bytes,
      },
    },
  );
}

export function countUpload(emu: Emulator, workspace: WorkspaceRecord): void {
  uploadsThisMonth(emu, workspace);
  workspace.usage.uploads += 1;
  emu.store.changed();
}

export function usageRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();
  app.get("/v1/usage", (c) => c.json(usageBody(emu, c.get("workspace"))));
  return app;
}

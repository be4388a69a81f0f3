/**
 * What the usage meters show, built from GET /v1/usage or from the quota headers of any
 * response (an upload's, say), so the meters refresh without another call. Client-safe.
 */
export interface UsageSnapshot {
  uploadsUsed: number;
  uploadsLimit: number | null;
  storageUsed: number;
  storageLimit: number | null;
  /** ISO date when the monthly upload count resets, when known. */
  resetsAt: string | null;
}

export function snapshotFromUsage(usage: {
  uploads: { used: number; limit: number | null; resetsAt: string | null };
  storage: { used: number; limit: number | null };
}): UsageSnapshot {
  return {
    uploadsUsed: usage.uploads.used,
    uploadsLimit: usage.uploads.limit,
    storageUsed: usage.storage.used,
    storageLimit: usage.storage.limit,
    resetsAt: usage.uploads.resetsAt,
  };
}

/** Quota headers carry no reset date: the meters keep the one they already know. */
export function snapshotFromQuota(quota: {
  uploadsUsed: number;
  uploadsLimit: number;
  storageUsed: number;
  storageLimit: number;
}): UsageSnapshot {
  return {
    uploadsUsed: quota.uploadsUsed,
    uploadsLimit: quota.uploadsLimit,
    storageUsed: quota.storageUsed,
    storageLimit: quota.storageLimit,
    resetsAt: null,
  };
}

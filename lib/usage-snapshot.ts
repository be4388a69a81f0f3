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

/**
 * The snapshot the meters should show once `next` arrives. Responses to concurrent calls
 * can arrive out of order, so a late one would wind the meters back. The monthly upload
 * count only grows within a period, which orders them: a snapshot with a lower count than
 * the one shown is stale and is dropped. Equal counts (deletes, deduplicated uploads) take
 * the newer arrival. Once the known reset date has passed the count may start again from
 * zero, so anything is accepted.
 */
export function newerUsage(
  previous: UsageSnapshot,
  next: UsageSnapshot,
  now: Date = new Date(),
): UsageSnapshot {
  const resetsAt = next.resetsAt ?? previous.resetsAt;
  const periodRolledOver = previous.resetsAt !== null && now >= new Date(previous.resetsAt);
  if (!periodRolledOver && next.uploadsUsed < previous.uploadsUsed) return previous;
  return { ...next, resetsAt };
}

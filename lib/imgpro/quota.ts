import "server-only";

/** The quota headers img.pro sends on authenticated responses (API Reference). */
export interface Quota {
  uploadsUsed: number;
  uploadsLimit: number;
  uploadsRemaining: number;
  storageUsed: number;
  storageLimit: number;
  storageRemaining: number;
}

const HEADERS: Record<keyof Quota, string> = {
  uploadsUsed: "x-monthly-uploads-used",
  uploadsLimit: "x-monthly-uploads-limit",
  uploadsRemaining: "x-monthly-uploads-remaining",
  storageUsed: "x-storage-used",
  storageLimit: "x-storage-limit",
  storageRemaining: "x-storage-remaining",
};

/** Null unless every header is there: newer img.pro generations may not send them. */
export function readQuota(headers: Headers): Quota | null {
  const quota = {} as Quota;
  for (const [key, name] of Object.entries(HEADERS) as [keyof Quota, string][]) {
    const value = Number(headers.get(name));
    if (headers.get(name) === null || !Number.isFinite(value)) return null;
    quota[key] = value;
  }
  return quota;
}

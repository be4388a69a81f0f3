/**
 * How full a meter is, for its colour and its words: amber from 80%, red at the limit.
 * A null limit means the plan has none.
 */
export type UsageLevel = "unlimited" | "ok" | "near" | "full";

const NEAR_FRACTION = 0.8;

export function usageLevel(used: number, limit: number | null): UsageLevel {
  if (limit === null) return "unlimited";
  if (limit <= 0 || used >= limit) return "full";
  return used / limit >= NEAR_FRACTION ? "near" : "ok";
}

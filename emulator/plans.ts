/**
 * Plans as the emulator bills them. img.pro's pages disagree on numbers;
 * Pro follows the newest billing example ($9/mo, $99/yr, 1,000 uploads, 10 GiB). Free follows
 * the quick start (100 uploads, 1 GB). Scale and Max have no published numbers: ours are
 * stand-ins with the same shape (docs/imgpro-api.md#plan-numbers).
 */
export type PlanId = "free" | "pro" | "scale" | "max";
export type Interval = "monthly" | "annual";
export const PAID_PLAN_IDS = ["pro", "scale", "max"] as const;
export type PaidPlanId = (typeof PAID_PLAN_IDS)[number];

const GIB = 1024 ** 3;

export interface PlanDefinition {
  id: PlanId;
  name: string;
  prices: Record<Interval, { amount_cents: number; currency: string }> | null;
  limits: { monthly_uploads: number; storage_bytes: number };
}

export const PLANS: Record<PlanId, PlanDefinition> = {
  free: {
    id: "free",
    name: "Free",
    prices: null,
    limits: { monthly_uploads: 100, storage_bytes: 1 * GIB },
  },
  pro: {
    id: "pro",
    name: "Pro",
    prices: {
      monthly: { amount_cents: 900, currency: "usd" },
      annual: { amount_cents: 9900, currency: "usd" },
    },
    limits: { monthly_uploads: 1000, storage_bytes: 10 * GIB },
  },
  scale: {
    id: "scale",
    name: "Scale",
    prices: {
      monthly: { amount_cents: 2900, currency: "usd" },
      annual: { amount_cents: 29000, currency: "usd" },
    },
    limits: { monthly_uploads: 10_000, storage_bytes: 100 * GIB },
  },
  max: {
    id: "max",
    name: "Max",
    prices: {
      monthly: { amount_cents: 9900, currency: "usd" },
      annual: { amount_cents: 99000, currency: "usd" },
    },
    limits: { monthly_uploads: 100_000, storage_bytes: 1024 * GIB },
  },
};

export function isPaidPlan(value: unknown): value is PaidPlanId {
  return typeof value === "string" && (PAID_PLAN_IDS as readonly string[]).includes(value);
}

export function isInterval(value: unknown): value is Interval {
  return value === "monthly" || value === "annual";
}

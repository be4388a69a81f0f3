import type { Plan } from "@/lib/imgpro/types";

/**
 * Plan logic the billing page needs, pure and client-safe. Plans come from img.pro's
 * `available_plans`, never from a list of our own: img.pro decides what it sells.
 */

/** img.pro's plan id for a workspace nobody pays for; every other plan is paid. */
export const FREE_PLAN_ID = "free";

export function isPaidPlan(planId: string): boolean {
  return planId !== FREE_PLAN_ID;
}

/** The plan's display name: img.pro's when it lists the plan, else the id, capitalised. */
export function planName(planId: string, plans: readonly Plan[]): string {
  const listed = plans.find((plan) => plan.id === planId);
  if (listed) return listed.name;
  return planId ? planId.charAt(0).toUpperCase() + planId.slice(1) : "Free";
}

export interface AnnualSaving {
  /** 12 × monthly − annual, in the currency's minor unit. */
  amountCents: number;
  currency: string;
  /** Whole percent of 12 × monthly, rounded down so we never overstate it. */
  percent: number;
}

/** What paying yearly saves over twelve monthly payments; null when it saves nothing. */
export function annualSaving(plan: Plan): AnnualSaving | null {
  const { monthly, annual } = plan.prices;
  if (!monthly || !annual) return null;
  if (monthly.currency.toLowerCase() !== annual.currency.toLowerCase()) return null;
  const twelveMonths = monthly.amountCents * 12;
  const amountCents = twelveMonths - annual.amountCents;
  if (amountCents <= 0) return null;
  return {
    amountCents,
    currency: annual.currency,
    percent: Math.floor((amountCents / twelveMonths) * 100),
  };
}

/**
 * Cheapest first by monthly price (annual / 12 when there is no monthly one), so the page
 * reads as a ladder whatever order img.pro lists them in. Plans without a price go last.
 */
export function comparePlans(a: Plan, b: Plan): number {
  const [left, right] = [monthlyEquivalent(a), monthlyEquivalent(b)];
  return left === right ? 0 : left < right ? -1 : 1;
}

function monthlyEquivalent(plan: Plan): number {
  if (plan.prices.monthly) return plan.prices.monthly.amountCents;
  if (plan.prices.annual) return plan.prices.annual.amountCents / 12;
  return Number.POSITIVE_INFINITY;
}

export function sortPlans(plans: readonly Plan[]): Plan[] {
  return [...plans].sort(comparePlans);
}

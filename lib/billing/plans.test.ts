import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/imgpro/types";
import { annualSaving, isPaidPlan, planName, sortPlans } from "./plans";

function plan(id: string, monthly: number | null, annual: number | null, currency = "usd"): Plan {
  return {
    id,
    name: id.toUpperCase(),
    prices: {
      ...(monthly === null ? {} : { monthly: { amountCents: monthly, currency } }),
      ...(annual === null ? {} : { annual: { amountCents: annual, currency } }),
    },
    limits: { monthlyUploads: null, storageBytes: null },
  };
}

describe("annualSaving", () => {
  it("compares the annual price with twelve monthly ones", () => {
    // Pro: 12 × $9.00 = $108.00 against $99.00 a year.
    expect(annualSaving(plan("pro", 900, 9900))).toEqual({
      amountCents: 900,
      currency: "usd",
      percent: 8,
    });
    expect(annualSaving(plan("scale", 2900, 29000))).toEqual({
      amountCents: 5800,
      currency: "usd",
      percent: 16,
    });
  });

  it("claims no saving when there is none or it cannot be compared", () => {
    expect(annualSaving(plan("even", 1000, 12000))).toBeNull();
    expect(annualSaving(plan("dearer", 1000, 13000))).toBeNull();
    expect(annualSaving(plan("monthly-only", 1000, null))).toBeNull();
    expect(annualSaving(plan("annual-only", null, 9900))).toBeNull();
    const mixed: Plan = {
      ...plan("mixed", 900, 9900),
      prices: {
        monthly: { amountCents: 900, currency: "usd" },
        annual: { amountCents: 9900, currency: "eur" },
      },
    };
    expect(annualSaving(mixed)).toBeNull();
  });
});

describe("plans", () => {
  it("names a plan as img.pro lists it, else from its id", () => {
    const plans = [plan("pro", 900, 9900)];
    expect(planName("pro", plans)).toBe("PRO");
    expect(planName("free", plans)).toBe("Free");
    expect(planName("unlimited", [])).toBe("Unlimited");
  });

  it("treats every plan but free as paid", () => {
    expect(isPaidPlan("free")).toBe(false);
    expect(isPaidPlan("pro")).toBe(true);
    expect(isPaidPlan("unlimited")).toBe(true);
  });

  it("sorts cheapest first, by monthly price or annual / 12, unpriced last", () => {
    const sorted = sortPlans([
      plan("max", 9900, 99000),
      plan("none", null, null),
      plan("pro", 900, 9900),
      plan("yearly", null, 24000),
    ]);
    expect(sorted.map((p) => p.id)).toEqual(["pro", "yearly", "max", "none"]);
  });
});

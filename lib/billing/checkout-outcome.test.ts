import { describe, expect, it } from "vitest";
import type { BillingStatus } from "@/lib/imgpro/types";
import { checkoutOutcome } from "./checkout-outcome";

const GIB = 1024 ** 3;

function status(plan: string, limits = { uploads: 100, storage: GIB }): BillingStatus {
  return {
    plan,
    manageUrl: "https://img.pro/billing",
    usage: {
      plan,
      uploads: { used: 3, limit: limits.uploads, remaining: null, resetsAt: null },
      storage: { used: 0, limit: limits.storage, remaining: null },
      imagesStored: 3,
    },
    availablePlans: [
      {
        id: "pro",
        name: "Pro",
        prices: { monthly: { amountCents: 900, currency: "usd" } },
        limits: { monthlyUploads: 1000, storageBytes: 10 * GIB },
      },
    ],
  };
}

describe("checkoutOutcome", () => {
  it("confirms a new plan with its limits", () => {
    // The usage still shows Free's limits: the listed plan's are the ones to announce.
    expect(checkoutOutcome("free", status("pro"))).toEqual({
      kind: "changed",
      message: "You're now on Pro. New limits: 1,000 uploads a month, 10 GB storage.",
    });
  });

  it("says plainly that a canceled checkout changed nothing", () => {
    expect(checkoutOutcome("free", status("free"))).toEqual({
      kind: "unchanged",
      message:
        "Your plan did not change: you're still on Free. If you canceled checkout, nothing was charged; if you paid, img.pro may take a moment to switch your plan, so refresh this page.",
    });
  });

  it("takes the enforced limits for a plan img.pro does not list", () => {
    expect(
      checkoutOutcome("free", status("unlimited", { uploads: 5000, storage: 50 * GIB })),
    ).toEqual({
      kind: "changed",
      message: "You're now on Unlimited. New limits: 5,000 uploads a month, 50 GB storage.",
    });
  });

  it("claims nothing without a remembered plan, or with a tampered one", () => {
    expect(checkoutOutcome(null, status("pro"))).toBeNull();
    expect(checkoutOutcome("", status("pro"))).toBeNull();
    expect(checkoutOutcome("<script>", status("pro"))).toBeNull();
  });
});

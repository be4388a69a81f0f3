import { afterEach, describe, expect, it, vi } from "vitest";
import { ImgProError } from "@/lib/imgpro/errors";
import type { BillingStatus } from "@/lib/imgpro/types";
import { checkoutIdempotencyKey, decideUpgrade, upgradeInput, type UpgradeDeps } from "./upgrade";

const VIEW_KEY = "6f1c1d52-3a44-4d8e-9d0f-2a4d1c7b9e10";
const MANAGE_URL = "https://img.pro/billing?t=signed";

function status(plan: string): BillingStatus {
  return {
    plan,
    manageUrl: MANAGE_URL,
    usage: {
      plan,
      uploads: { used: 0, limit: 100, remaining: 100, resetsAt: null },
      storage: { used: 0, limit: 1024, remaining: 1024 },
      imagesStored: 0,
    },
    availablePlans: [
      {
        id: "pro",
        name: "Pro",
        prices: {
          monthly: { amountCents: 900, currency: "usd" },
          annual: { amountCents: 9900, currency: "usd" },
        },
        limits: { monthlyUploads: 1000, storageBytes: 10 },
      },
      {
        id: "max",
        name: "Max",
        prices: { monthly: { amountCents: 9900, currency: "usd" } },
        limits: { monthlyUploads: null, storageBytes: null },
      },
    ],
  };
}

function deps(plan: string, checkout?: () => Promise<{ checkoutUrl: string }>) {
  const startCheckout = vi.fn(
    checkout ?? (async () => ({ checkoutUrl: "https://checkout.test/cs_1" })),
  );
  const fake: UpgradeDeps = {
    getBillingStatus: vi.fn(async () => status(plan)),
    startCheckout,
    appUrl: "https://photos.test",
  };
  return { fake, startCheckout };
}

const input = (plan = "pro", interval: "monthly" | "annual" = "monthly") => ({
  plan,
  interval,
  viewKey: VIEW_KEY,
});

afterEach(() => vi.restoreAllMocks());

describe("decideUpgrade", () => {
  it("starts a checkout for a free user, returning to /billing?checkout=done", async () => {
    const { fake, startCheckout } = deps("free");
    await expect(decideUpgrade(input("pro", "annual"), "u1", fake)).resolves.toEqual({
      kind: "checkout",
      url: "https://checkout.test/cs_1",
      fromPlan: "free",
    });
    expect(startCheckout).toHaveBeenCalledWith("u1", {
      plan: "pro",
      interval: "annual",
      returnUrl: "https://photos.test/billing?checkout=done",
      idempotencyKey: `checkout-${VIEW_KEY}-pro-annual`,
    });
  });

  it("gives two submissions of one view the same key, and other choices other keys", () => {
    expect(checkoutIdempotencyKey(input())).toBe(checkoutIdempotencyKey(input()));
    expect(checkoutIdempotencyKey(input("pro", "annual"))).not.toBe(
      checkoutIdempotencyKey(input()),
    );
    expect(checkoutIdempotencyKey(input("max"))).not.toBe(checkoutIdempotencyKey(input()));
    expect(
      checkoutIdempotencyKey({ ...input(), viewKey: "0b7e0d8a-5f8e-4c55-a1a4-0e3b8f6f2c11" }),
    ).not.toBe(checkoutIdempotencyKey(input()));
  });

  it("sends a paid user to manage_url without starting a checkout", async () => {
    const { fake, startCheckout } = deps("pro");
    await expect(decideUpgrade(input("max"), "u1", fake)).resolves.toEqual({
      kind: "manage",
      url: MANAGE_URL,
    });
    expect(startCheckout).not.toHaveBeenCalled();
  });

  it("sends already_subscribed (paid since the status read) to manage_url", async () => {
    const { fake } = deps("free", async () => {
      throw new ImgProError(409, "already_subscribed", "Already paid.");
    });
    await expect(decideUpgrade(input(), "u1", fake)).resolves.toEqual({
      kind: "manage",
      url: MANAGE_URL,
    });
  });

  it("explains invalid_target_url to the operator, naming APP_URL", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { fake } = deps("free", async () => {
      throw new ImgProError(422, "invalid_target_url", "return_url must be absolute.");
    });
    const decision = await decideUpgrade(input(), "u1", fake);
    expect(decision).toMatchObject({ kind: "refused", code: "invalid_target_url" });
    expect(decision.kind === "refused" && decision.error).toContain(
      "APP_URL (https://photos.test) is not an absolute http(s) URL img.pro accepts as return_url",
    );
  });

  it("lets other img.pro errors through for authedAction to report", async () => {
    const failure = new ImgProError(503, "service_unavailable", "Down.");
    const { fake } = deps("free", async () => {
      throw failure;
    });
    await expect(decideUpgrade(input(), "u1", fake)).rejects.toBe(failure);
  });

  it("checks the plan and interval against img.pro's fresh plans", async () => {
    const { fake, startCheckout } = deps("free");
    await expect(decideUpgrade(input("enterprise"), "u1", fake)).resolves.toMatchObject({
      kind: "refused",
      error: "That plan is no longer offered.",
    });
    await expect(decideUpgrade(input("max", "annual"), "u1", fake)).resolves.toMatchObject({
      kind: "refused",
      error: "Max is not offered with annual billing.",
    });
    expect(startCheckout).not.toHaveBeenCalled();
  });

  it("refuses checkout and billing links that are not http(s)", async () => {
    const { fake } = deps("free", async () => ({ checkoutUrl: "javascript:alert(1)" }));
    await expect(decideUpgrade(input(), "u1", fake)).rejects.toMatchObject({
      code: "invalid_response",
    });
    const paid = deps("pro").fake;
    paid.getBillingStatus = async () => ({ ...status("pro"), manageUrl: "javascript:alert(1)" });
    await expect(decideUpgrade(input(), "u1", paid)).rejects.toMatchObject({
      code: "invalid_response",
    });
  });
});

describe("upgradeInput", () => {
  it("requires a plan, a known interval and the page's key", () => {
    expect(upgradeInput.safeParse(input()).success).toBe(true);
    expect(upgradeInput.safeParse({ ...input(), interval: "weekly" }).success).toBe(false);
    expect(upgradeInput.safeParse({ ...input(), viewKey: "per-click" }).success).toBe(false);
    expect(upgradeInput.safeParse({ ...input(), plan: "" }).success).toBe(false);
  });
});

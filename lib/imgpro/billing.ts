import "server-only";
import { finiteNumber, isObject } from "@/lib/json";
import { imgproRequest } from "./client";
import { ImgProError } from "./errors";
import { toUsage } from "./shapes";
import type { BillingStatus, Plan } from "./types";

const num = finiteNumber;

function toPlan(raw: unknown): Plan | null {
  if (!isObject(raw) || typeof raw.id !== "string") return null;
  const prices: Plan["prices"] = {};
  const rawPrices = isObject(raw.prices) ? raw.prices : {};
  for (const interval of ["monthly", "annual"] as const) {
    const price = rawPrices[interval];
    if (isObject(price) && num(price.amount_cents) !== null && typeof price.currency === "string") {
      prices[interval] = {
        amountCents: num(price.amount_cents) as number,
        currency: price.currency,
      };
    }
  }
  const limits = isObject(raw.limits) ? raw.limits : {};
  return {
    id: raw.id,
    name: typeof raw.name === "string" ? raw.name : raw.id,
    prices,
    limits: {
      monthlyUploads: num(limits.monthly_uploads),
      storageBytes: num(limits.storage_bytes),
    },
  };
}

export function toBillingStatus(raw: unknown): BillingStatus {
  const body = isObject(raw) ? raw : {};
  if (typeof body.manage_url !== "string") {
    throw new ImgProError(
      502,
      "invalid_response",
      "img.pro answered billing status without a manage_url.",
    );
  }
  return {
    plan: typeof body.plan === "string" ? body.plan : "free",
    manageUrl: body.manage_url,
    usage: toUsage(body.usage),
    availablePlans: (Array.isArray(body.available_plans) ? body.available_plans : [])
      .map(toPlan)
      .filter((plan): plan is Plan => plan !== null),
  };
}

/** Always read fresh: a plan changes on img.pro's pages, never through this app. */
export async function getBillingStatus(userId: string): Promise<BillingStatus> {
  const { data } = await imgproRequest<unknown>("/v1/billing/status", { user: userId });
  return toBillingStatus(data);
}

/** Starts a Stripe Checkout for a free user; the key makes a double click start one. */
export async function startCheckout(
  userId: string,
  input: {
    plan: string;
    interval: "monthly" | "annual";
    returnUrl: string;
    idempotencyKey: string;
  },
): Promise<{ checkoutUrl: string }> {
  const { data } = await imgproRequest<unknown>("/v1/billing/checkout", {
    method: "POST",
    user: userId,
    json: { plan: input.plan, interval: input.interval, return_url: input.returnUrl },
    idempotencyKey: input.idempotencyKey,
  });
  if (!isObject(data) || typeof data.checkout_url !== "string") {
    throw new ImgProError(
      502,
      "invalid_response",
      "img.pro answered checkout without a checkout_url.",
    );
  }
  return { checkoutUrl: data.checkout_url };
}

import type { BillingStatus } from "@/lib/imgpro/types";
import { formatStorageLimit, formatUploadLimit } from "@/lib/billing/format";
import { planName } from "./plans";

/**
 * What a return from checkout means. img.pro sends the user back to the same return_url
 * whether they paid or canceled, so the URL proves nothing: the only evidence is the plan
 * they had when they left (remembered by the app) against the plan img.pro reports now.
 * The docs do not promise the plan has switched by the time the user is back, so an
 * unchanged plan is reported as exactly that, never as a certain cancellation.
 */
export type CheckoutOutcome =
  { kind: "changed"; message: string } | { kind: "unchanged"; message: string };

/** Plan ids as img.pro writes them; anything else in the remembered value is ignored. */
export const PLAN_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export function checkoutOutcome(
  fromPlan: string | null | undefined,
  status: Pick<BillingStatus, "plan" | "availablePlans" | "usage">,
): CheckoutOutcome | null {
  if (!fromPlan || !PLAN_ID_PATTERN.test(fromPlan)) return null;
  const name = planName(status.plan, status.availablePlans);
  if (status.plan === fromPlan) {
    return {
      kind: "unchanged",
      message: `Your plan did not change: you're still on ${name}. If you canceled checkout, nothing was charged; if you paid, img.pro may take a moment to switch your plan, so refresh this page.`,
    };
  }
  // The limits img.pro advertises for the plan; the enforced ones (usage) if it is unlisted.
  const listed = status.availablePlans.find((plan) => plan.id === status.plan);
  const uploads = listed ? listed.limits.monthlyUploads : status.usage.uploads.limit;
  const storage = listed ? listed.limits.storageBytes : status.usage.storage.limit;
  return {
    kind: "changed",
    message: `You're now on ${name}. New limits: ${formatUploadLimit(uploads)}, ${formatStorageLimit(storage)}.`,
  };
}

import "server-only";
import { z } from "zod";
import { isPaidPlan } from "@/lib/billing/plans";
import { ImgProError } from "@/lib/imgpro/errors";
import type { BillingStatus } from "@/lib/imgpro/types";

/**
 * What Upgrade does, apart from cookies and redirects (actions.ts) so it can be tested with
 * a fake img.pro. img.pro's rule: a checkout only for a free user; every other plan change
 * goes to manage_url.
 */

export const upgradeInput = z.object({
  // Checked against img.pro's fresh available_plans below, not a list of our own.
  plan: z.string().trim().min(1, "Choose a plan.").max(64, "Choose a plan."),
  interval: z.enum(["monthly", "annual"], { error: "Choose monthly or annual billing." }),
  // Made once per page view (page.tsx): every submission from that view carries it.
  viewKey: z.uuid({ error: "This page is out of date. Reload it and try again." }),
});
export type UpgradeInput = z.infer<typeof upgradeInput>;

export type UpgradeDecision =
  | { kind: "checkout"; url: string; fromPlan: string }
  | { kind: "manage"; url: string }
  | { kind: "refused"; code: string; error: string };

export interface UpgradeDeps {
  getBillingStatus(userId: string): Promise<BillingStatus>;
  startCheckout(
    userId: string,
    input: {
      plan: string;
      interval: UpgradeInput["interval"];
      returnUrl: string;
      idempotencyKey: string;
    },
  ): Promise<{ checkoutUrl: string }>;
  appUrl: string;
}

export const checkoutReturnUrl = (appUrl: string) => `${appUrl}/billing?checkout=done`;

/**
 * The same view, plan and interval give the same key, so a double click (or a retry after a
 * timeout) replays img.pro's first checkout instead of opening a second. A key made per
 * request on the server would differ between the two clicks.
 */
export const checkoutIdempotencyKey = ({ viewKey, plan, interval }: UpgradeInput) =>
  `checkout-${viewKey}-${plan}-${interval}`;

/** img.pro hands out http(s) URLs only; anything else is not followed. */
export const isHttpUrl = (value: string) => /^https?:\/\//i.test(value);

export async function decideUpgrade(
  input: UpgradeInput,
  userId: string,
  deps: UpgradeDeps,
): Promise<UpgradeDecision> {
  // Fresh: the page may be an hour old, and the plan may have changed in another tab.
  const status = await deps.getBillingStatus(userId);
  // Opaque, but a redirect target all the same: only ever an http(s) page.
  if (!isHttpUrl(status.manageUrl)) {
    throw new ImgProError(
      502,
      "invalid_response",
      "img.pro answered with an unusable billing link.",
    );
  }
  const manage: UpgradeDecision = { kind: "manage", url: status.manageUrl };
  if (isPaidPlan(status.plan)) return manage;

  const plan = status.availablePlans.find(({ id }) => id === input.plan);
  if (!plan) {
    return { kind: "refused", code: "invalid_input", error: "That plan is no longer offered." };
  }
  if (!plan.prices[input.interval]) {
    return {
      kind: "refused",
      code: "invalid_input",
      error: `${plan.name} is not offered with ${input.interval} billing.`,
    };
  }

  try {
    const { checkoutUrl } = await deps.startCheckout(userId, {
      plan: plan.id,
      interval: input.interval,
      returnUrl: checkoutReturnUrl(deps.appUrl),
      idempotencyKey: checkoutIdempotencyKey(input),
    });
    if (!isHttpUrl(checkoutUrl)) {
      throw new ImgProError(
        502,
        "invalid_response",
        "img.pro answered with an unusable checkout link.",
      );
    }
    return { kind: "checkout", url: checkoutUrl, fromPlan: status.plan };
  } catch (error) {
    // Paid between our status read and the checkout (another tab, the manage page).
    if (error instanceof ImgProError && error.code === "already_subscribed") return manage;
    if (error instanceof ImgProError && error.code === "invalid_target_url") {
      console.error("[billing] img.pro refused return_url", checkoutReturnUrl(deps.appUrl));
      return {
        kind: "refused",
        code: error.code,
        error:
          `Checkout can't start: this app's APP_URL (${deps.appUrl}) is not an absolute http(s) ` +
          "URL img.pro accepts as return_url. The site operator needs to fix APP_URL. " +
          "Nothing was charged.",
      };
    }
    throw error;
  }
}

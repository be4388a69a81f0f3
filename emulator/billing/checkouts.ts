import type { Emulator } from "../context";
import { randomId } from "../ids";
import { isPaidPlan } from "../plans";
import type { CheckoutRecord } from "../state";
import { findAccount, setPlan, type BillingAccount } from "./account";
import type { CheckoutInput } from "./checkout-input";

/** Like a Stripe Checkout session, a checkout can be completed for an hour. */
export const CHECKOUT_LIFETIME_MS = 60 * 60 * 1000;

export function createCheckout(
  emu: Emulator,
  appId: string,
  userId: string,
  input: CheckoutInput,
): CheckoutRecord {
  const now = emu.now();
  // Long and random: holding the checkout URL is what lets someone pay it.
  const checkout: CheckoutRecord = {
    id: `cs_${randomId(24)}`,
    appId,
    userId,
    plan: input.plan,
    interval: input.interval,
    returnUrl: input.returnUrl,
    status: "open",
    createdAt: now,
    expiresAt: now + CHECKOUT_LIFETIME_MS,
  };
  emu.store.state.checkouts[checkout.id] = checkout;
  emu.store.changed();
  return checkout;
}

export function checkoutBody(emu: Emulator, checkout: CheckoutRecord) {
  return {
    object: "checkout_session" as const,
    id: checkout.id,
    checkout_url: `${emu.publicUrl}/checkout/${checkout.id}`,
    plan: checkout.plan,
    interval: checkout.interval,
    expires_at: new Date(checkout.expiresAt).toISOString(),
  };
}

/** Where a checkout stands when the user opens or submits its page. */
export type CheckoutView =
  | { kind: "missing" }
  | { kind: "closed"; checkout: CheckoutRecord }
  | { kind: "expired"; checkout: CheckoutRecord }
  | { kind: "subscribed"; checkout: CheckoutRecord; account: BillingAccount }
  | { kind: "open"; checkout: CheckoutRecord; account: BillingAccount };

/**
 * A checkout whose user or workspace is gone counts as missing. "subscribed" means the
 * workspace became paid after the checkout was made (another checkout, the billing page):
 * paying it would subscribe twice.
 */
export function viewCheckout(emu: Emulator, id: string): CheckoutView {
  const checkout = emu.store.state.checkouts[id];
  if (!checkout) return { kind: "missing" };
  const account = findAccount(emu, checkout.appId, checkout.userId);
  if (!account) return { kind: "missing" };
  if (checkout.status !== "open") return { kind: "closed", checkout };
  if (checkout.expiresAt <= emu.now()) return { kind: "expired", checkout };
  if (isPaidPlan(account.workspace.plan)) return { kind: "subscribed", checkout, account };
  return { kind: "open", checkout, account };
}

export function payCheckout(emu: Emulator, checkout: CheckoutRecord, account: BillingAccount) {
  setPlan(emu, account.workspace, checkout.plan, checkout.interval);
  checkout.status = "paid";
  emu.store.changed();
}

export function cancelCheckout(emu: Emulator, checkout: CheckoutRecord) {
  checkout.status = "canceled";
  emu.store.changed();
}

import "server-only";
import { cookies } from "next/headers";
import { checkoutMarkerOptions, CHECKOUT_FROM_COOKIE, expired } from "@/lib/auth/cookies";
import { getConfig } from "@/lib/env";

/**
 * The plan a user had when they left for checkout, so the return can say whether it changed.
 * img.pro sends paid and canceled checkouts to the same return_url: the URL proves nothing.
 * Not secret (it only picks the user's own message) but HttpOnly anyway, and scoped to
 * /billing for as long as a checkout stays open.
 */
export async function rememberCheckoutFrom(plan: string): Promise<void> {
  (await cookies()).set(CHECKOUT_FROM_COOKIE, plan, checkoutMarkerOptions(getConfig()));
}

/** Readable in server components; clearing needs an action (see clearCheckoutMarker). */
export async function readCheckoutFrom(): Promise<string | null> {
  return (await cookies()).get(CHECKOUT_FROM_COOKIE)?.value ?? null;
}

export async function forgetCheckoutFrom(): Promise<void> {
  (await cookies()).set(CHECKOUT_FROM_COOKIE, "", expired(checkoutMarkerOptions(getConfig())));
}

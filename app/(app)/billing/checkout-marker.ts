import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/env";

/**
 * The plan a user had when they left for checkout, so the return can say whether it changed.
 * img.pro sends paid and canceled checkouts to the same return_url: the URL proves nothing.
 * Not secret (it only picks the user's own message) but HttpOnly anyway, and scoped to
 * /billing for as long as a checkout stays open.
 */
export const CHECKOUT_FROM_COOKIE = "checkout_from";

const OPTIONS = { httpOnly: true, sameSite: "lax", path: "/billing" } as const;
/** Stripe Checkout sessions stay payable for up to a day. */
const MAX_AGE_SECONDS = 24 * 60 * 60;

export async function rememberCheckoutFrom(plan: string): Promise<void> {
  (await cookies()).set(CHECKOUT_FROM_COOKIE, plan, {
    ...OPTIONS,
    secure: getConfig().secureCookies,
    maxAge: MAX_AGE_SECONDS,
  });
}

/** Readable in server components; clearing needs an action (see clearCheckoutMarker). */
export async function readCheckoutFrom(): Promise<string | null> {
  return (await cookies()).get(CHECKOUT_FROM_COOKIE)?.value ?? null;
}

export async function forgetCheckoutFrom(): Promise<void> {
  // Same path and flags as when it was set, or the browser keeps the original.
  (await cookies()).set(CHECKOUT_FROM_COOKIE, "", {
    ...OPTIONS,
    secure: getConfig().secureCookies,
    maxAge: 0,
  });
}

"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { authedAction } from "@/lib/actions";
import { getConfig } from "@/lib/env";
import { getBillingStatus, startCheckout } from "@/lib/imgpro/billing";
import { getSession } from "@/lib/session";
import { forgetCheckoutFrom, rememberCheckoutFrom } from "./checkout-marker";
import { decideUpgrade, upgradeInput } from "./upgrade";

/** Upgrade only ever succeeds by leaving the page, so its state is null or an error. */
export type UpgradeState = Extract<ActionResult<never>, { ok: false }> | null;

const upgrade = authedAction(upgradeInput, (input, user) =>
  decideUpgrade(input, user.userId, {
    getBillingStatus,
    startCheckout,
    appUrl: getConfig().appUrl,
  }),
);

/**
 * Upgrade: a Stripe Checkout for a free user, manage_url for everyone else. The redirects
 * happen here, outside authedAction, whose error handling would otherwise catch them.
 */
export async function startUpgrade(_previous: UpgradeState, form: FormData): Promise<UpgradeState> {
  // Form values are unchecked here: upgradeInput, inside authedAction, is what checks them.
  const result = await upgrade({
    plan: form.get("plan"),
    interval: form.get("interval"),
    viewKey: form.get("viewKey"),
  } as z.input<typeof upgradeInput>);
  if (!result.ok) return result;
  const decision = result.data;
  if (decision.kind === "refused") return { ok: false, code: decision.code, error: decision.error };
  if (decision.kind === "checkout") await rememberCheckoutFrom(decision.fromPlan);
  redirect(decision.url);
}

/** Called once the return from checkout has been shown, so a reload shows the plain status. */
export async function clearCheckoutMarker(): Promise<void> {
  // Like every action, only for a signed-in user; the marker expires by itself otherwise.
  if (!(await getSession())) return;
  await forgetCheckoutFrom();
}

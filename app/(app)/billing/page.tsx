import type { Metadata } from "next";
import { CONTENT_COLUMN } from "@/components/site/column";
import { CheckoutReturn } from "@/components/billing/checkout-return";
import { CurrentPlan } from "@/components/billing/current-plan";
import { PlanPicker } from "@/components/billing/plan-picker";
import { Notice } from "@/components/site/notice";
import { redirectOnAccountError } from "@/lib/auth/account-errors";
import { checkoutOutcome } from "@/lib/billing/checkout-outcome";
import { isPaidPlan, sortPlans } from "@/lib/billing/plans";
import { getBillingStatus } from "@/lib/imgpro/billing";
import type { BillingStatus } from "@/lib/imgpro/types";
import { requireUser } from "@/lib/session";
import { readCheckoutFrom } from "./checkout-marker";
import { ROUTES } from "@/lib/routes";

export const metadata: Metadata = { title: "Billing" };

// The plan changes on img.pro's pages, never here: every visit reads it afresh.
export const dynamic = "force-dynamic";

export default async function BillingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser(ROUTES.billing);
  let status: BillingStatus;
  try {
    status = await getBillingStatus(user.userId);
  } catch (error) {
    redirectOnAccountError(error);
    throw error;
  }
  const { checkout, manage } = await searchParams;
  // Only a return we sent the user on says anything; the URL alone could be anyone's.
  const checkoutFrom = checkout === "done" ? await readCheckoutFrom() : null;
  // One key per page view: see checkoutIdempotencyKey.
  const viewKey = crypto.randomUUID();

  return (
    <main className={`${CONTENT_COLUMN} flex-1 space-y-8 py-10`}>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Billing</h1>
        <p className="text-muted max-w-2xl">
          Your plan is with img.pro, which holds your account and images. Prices and limits below
          are img.pro&apos;s, read just now.
        </p>
      </div>
      {manage === "unavailable" && (
        <Notice tone="error">
          img.pro did not give us a link to manage your billing just now. Please try again in a
          moment.
        </Notice>
      )}
      {checkout === "done" && (
        <CheckoutReturn
          outcome={checkoutOutcome(checkoutFrom, status)}
          marked={checkoutFrom !== null}
        />
      )}
      <CurrentPlan status={status} />
      <PlanPicker
        plans={sortPlans(status.availablePlans)}
        currentPlan={status.plan}
        canCheckout={!isPaidPlan(status.plan)}
        viewKey={viewKey}
      />
    </main>
  );
}

"use client";

import {
  formatPrice,
  formatPricePer,
  formatStorageLimit,
  formatUploadLimit,
  type Interval,
} from "@/lib/billing/format";
import { annualSaving } from "@/lib/billing/plans";
import type { Plan } from "@/lib/imgpro/types";
import { UpgradeForm } from "./upgrade-form";

function SavingNote({ plan, interval }: { plan: Plan; interval: Interval }) {
  const saving = annualSaving(plan);
  if (!saving) return null;
  const amount = formatPrice(saving.amountCents, saving.currency);
  if (interval === "annual") {
    return (
      <p className="text-success text-sm font-medium">
        Save {saving.percent}%: {amount} less a year than paying monthly
      </p>
    );
  }
  const annual = plan.prices.annual;
  return annual ? (
    <p className="text-muted text-sm">
      Or {formatPricePer(annual, "annual")}, save {saving.percent}%
    </p>
  ) : null;
}

/** One of img.pro's plans at the chosen interval; Upgrade only where a checkout is allowed. */
export function PlanCard({
  plan,
  interval,
  current,
  canCheckout,
  viewKey,
}: {
  plan: Plan;
  interval: Interval;
  current: boolean;
  canCheckout: boolean;
  viewKey: string;
}) {
  const price = plan.prices[interval];
  const headingId = `plan-${plan.id}`;
  return (
    <li
      aria-labelledby={headingId}
      aria-current={current ? "true" : undefined}
      data-testid={`plan-${plan.id}`}
      className={`bg-surface flex flex-col gap-4 rounded-xl border p-6 ${
        current ? "border-ink ring-ink ring-2" : "border-line"
      }`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {plan.name}
        </h3>
        {current && (
          <span className="bg-ink text-on-ink rounded-full px-2.5 py-0.5 text-xs font-medium">
            Current plan
          </span>
        )}
      </div>
      <div className="space-y-1">
        <p className="text-2xl font-semibold" data-testid="plan-price">
          {price ? formatPricePer(price, interval) : `Not offered ${interval}`}
        </p>
        <SavingNote plan={plan} interval={interval} />
      </div>
      <ul className="text-muted space-y-1 text-sm">
        <li>{formatUploadLimit(plan.limits.monthlyUploads)}</li>
        <li>{formatStorageLimit(plan.limits.storageBytes)}</li>
      </ul>
      {canCheckout && price && !current && (
        <div className="mt-auto">
          <UpgradeForm
            planId={plan.id}
            planName={plan.name}
            interval={interval}
            viewKey={viewKey}
          />
        </div>
      )}
    </li>
  );
}

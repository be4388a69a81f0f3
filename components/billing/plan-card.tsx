"use client";

import {
  formatPrice,
  formatPricePer,
  formatStorageLimit,
  formatUploadLimit,
  type Interval,
} from "@/lib/format";
import { annualSaving } from "@/lib/billing/plans";
import type { Plan } from "@/lib/imgpro/types";
import { UpgradeForm } from "./upgrade-form";

function SavingNote({ plan, interval }: { plan: Plan; interval: Interval }) {
  const saving = annualSaving(plan);
  if (!saving) return null;
  const amount = formatPrice(saving.amountCents, saving.currency);
  if (interval === "annual") {
    return (
      <p className="text-sm font-medium text-emerald-700">
        Save {saving.percent}%: {amount} less a year than paying monthly
      </p>
    );
  }
  const annual = plan.prices.annual;
  return annual ? (
    <p className="text-sm text-neutral-600">
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
      className={`flex flex-col gap-4 rounded-xl border bg-white p-6 ${
        current ? "border-neutral-900 ring-2 ring-neutral-900" : "border-neutral-200"
      }`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {plan.name}
        </h3>
        {current && (
          <span className="rounded-full bg-neutral-900 px-2.5 py-0.5 text-xs font-medium text-white">
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
      <ul className="space-y-1 text-sm text-neutral-700">
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

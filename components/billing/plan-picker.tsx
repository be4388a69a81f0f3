"use client";

import { useState } from "react";
import type { Interval } from "@/lib/billing/format";
import { annualSaving } from "@/lib/billing/plans";
import type { Plan } from "@/lib/imgpro/types";
import { IntervalSwitch } from "./interval-switch";
import { PlanCard } from "./plan-card";

/**
 * img.pro's plans with a monthly/annual switch. The interval is this component's state, so
 * switching keeps everything else (and each form's status) as it was.
 */
export function PlanPicker({
  plans,
  currentPlan,
  canCheckout,
  viewKey,
}: {
  plans: Plan[];
  currentPlan: string;
  /** Free users start a checkout; paid users change plans at manage_url. */
  canCheckout: boolean;
  viewKey: string;
}) {
  const [interval, setSelectedInterval] = useState<Interval>("monthly");
  const bestSaving = Math.max(0, ...plans.map((plan) => annualSaving(plan)?.percent ?? 0));
  if (plans.length === 0) return null;
  return (
    <section aria-labelledby="plans-heading" className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="plans-heading" className="text-xl font-semibold">
            Plans
          </h2>
          {!canCheckout && (
            <p className="text-muted mt-1 text-sm">
              To switch plans, use Manage billing: changes happen at img.pro.
            </p>
          )}
        </div>
        <IntervalSwitch
          value={interval}
          onChange={setSelectedInterval}
          hint={bestSaving > 0 ? `Save up to ${bestSaving}% with annual billing` : undefined}
        />
      </div>
      <ul className="grid gap-4 md:grid-cols-3">
        {plans.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            interval={interval}
            current={plan.id === currentPlan}
            canCheckout={canCheckout}
            viewKey={viewKey}
          />
        ))}
      </ul>
    </section>
  );
}

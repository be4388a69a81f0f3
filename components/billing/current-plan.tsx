import { buttonClasses } from "@/components/ui/button-classes";
import { UsageMeters } from "@/components/usage/usage-meters";
import { formatStorageLimit, formatUploadLimit } from "@/lib/billing/format";
import { isPaidPlan, planName } from "@/lib/billing/plans";
import type { BillingStatus } from "@/lib/imgpro/types";
import { snapshotFromUsage } from "@/lib/usage-snapshot";
import { ROUTES } from "@/lib/routes";

/** The plan img.pro reports right now, what it allows, and how much of it is used. */
export function CurrentPlan({ status }: { status: BillingStatus }) {
  const paid = isPaidPlan(status.plan);
  const { usage } = status;
  return (
    <section
      aria-labelledby="current-plan-heading"
      className="border-line bg-surface rounded-xl border p-6"
    >
      <h2 id="current-plan-heading" className="text-muted text-sm font-medium">
        Current plan
      </h2>
      <p className="mt-1 text-2xl font-semibold" data-testid="current-plan">
        {planName(status.plan, status.availablePlans)}
      </p>
      <p className="text-muted mt-1" data-testid="current-limits">
        {formatUploadLimit(usage.uploads.limit)} · {formatStorageLimit(usage.storage.limit)}
      </p>

      <div className="mt-5 space-y-3">
        <UsageMeters usage={snapshotFromUsage(usage)} />
      </div>

      {paid ? (
        <div className="mt-6 flex flex-wrap items-center gap-4">
          {/* Opaque: img.pro's dashboard for this user, fetched fresh by /billing/manage. */}
          <a href={ROUTES.billingManage} className={buttonClasses("primary")}>
            Manage billing
          </a>
          <p className="text-muted text-sm">
            Change or cancel your plan and update payment details at img.pro.
          </p>
        </div>
      ) : (
        <p className="text-muted mt-6 text-sm">
          You&apos;re on the free plan. Upgrade below for higher limits; you pay img.pro, which
          holds your account and images.
        </p>
      )}
    </section>
  );
}

"use client";

import { useActionState } from "react";
import { startUpgrade, type UpgradeState } from "@/app/(app)/billing/actions";
import type { Interval } from "@/lib/billing/format";
import { Button } from "@/components/ui/button";

/**
 * Upgrade for one plan and interval. `viewKey` comes from the server render, so a double
 * click sends the same key twice and img.pro replays one checkout; the button is also
 * disabled while the first submission is in flight.
 */
export function UpgradeForm({
  planId,
  planName,
  interval,
  viewKey,
}: {
  planId: string;
  planName: string;
  interval: Interval;
  viewKey: string;
}) {
  const [state, formAction, isPending] = useActionState<UpgradeState, FormData>(startUpgrade, null);
  const statusId = `upgrade-status-${planId}`;
  return (
    <form
      action={formAction}
      // The button stays focusable while busy (aria-disabled), so a second submit stops here.
      onSubmit={(event) => {
        if (isPending) event.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="plan" value={planId} />
      <input type="hidden" name="interval" value={interval} />
      <input type="hidden" name="viewKey" value={viewKey} />
      <Button
        type="submit"
        variant="primary"
        aria-disabled={isPending}
        aria-describedby={statusId}
        className="w-full"
      >
        Upgrade to {planName}
      </Button>
      <p
        id={statusId}
        role="status"
        aria-live="polite"
        className={`min-h-5 text-sm ${state && !isPending ? "text-danger" : "text-muted"}`}
      >
        {isPending ? "Starting checkout at img.pro…" : (state?.error ?? "")}
      </p>
    </form>
  );
}

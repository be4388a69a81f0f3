"use client";

import { useEffect, useState } from "react";
import { clearCheckoutMarker } from "@/app/(app)/billing/actions";
import { Notice } from "@/components/site/notice";
import type { CheckoutOutcome } from "@/lib/billing/checkout-outcome";

/**
 * The return from checkout, said once. Clearing the marker cookie makes Next.js re-render
 * the page without it (and so without an outcome); the first one is held in state, so it
 * stays on screen until the user leaves, and a reload shows only the fresh status.
 */
export function CheckoutReturn({
  outcome,
  marked,
}: {
  outcome: CheckoutOutcome | null;
  /** Whether the marker cookie came with this request (and so needs clearing). */
  marked: boolean;
}) {
  const [shown] = useState(outcome);
  const [needsClearing] = useState(marked);
  useEffect(() => {
    // Best effort: the marker expires by itself, so a call that fails (offline, or signed out
    // meanwhile) changes nothing the user needs to hear about.
    if (needsClearing) clearCheckoutMarker().catch(() => {});
  }, [needsClearing]);
  if (!shown) return null;
  return (
    <Notice tone={shown.kind === "changed" ? "info" : "warning"}>
      <span data-testid="checkout-outcome">{shown.message}</span>
    </Notice>
  );
}

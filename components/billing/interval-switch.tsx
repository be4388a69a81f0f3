"use client";

import { useHydrated } from "@/components/ui/use-hydrated";
import type { Interval } from "@/lib/billing/format";

const OPTIONS: { value: Interval; label: string }[] = [
  { value: "monthly", label: "Monthly" },
  { value: "annual", label: "Annual" },
];

/** A segmented control: two toggle buttons, the selected one aria-pressed. */
export function IntervalSwitch({
  value,
  onChange,
  hint,
}: {
  value: Interval;
  onChange(value: Interval): void;
  /** E.g. "Save up to 8% with annual billing". */
  hint?: string;
}) {
  // In the server's HTML the buttons have no handler yet: disabled says so, a dead click would not.
  const hydrated = useHydrated();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div
        role="group"
        aria-label="Billing interval"
        className="inline-flex rounded-lg border border-neutral-300 bg-neutral-100 p-1"
      >
        {OPTIONS.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={value === option.value}
            disabled={!hydrated}
            onClick={() => onChange(option.value)}
            className="rounded-md px-4 py-1.5 text-sm font-medium text-neutral-700 disabled:cursor-not-allowed aria-pressed:bg-white aria-pressed:text-neutral-950 aria-pressed:shadow-sm"
          >
            {option.label}
          </button>
        ))}
      </div>
      {hint && <p className="text-sm text-neutral-600">{hint}</p>}
    </div>
  );
}

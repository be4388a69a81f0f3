"use client";

import { Button } from "@/components/ui/button";
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
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div
        role="group"
        aria-label="Billing interval"
        className="border-line-strong bg-subtle inline-flex rounded-lg border p-1"
      >
        {OPTIONS.map((option) => (
          <Button
            key={option.value}
            variant="ghost"
            aria-pressed={value === option.value}
            onClick={() => onChange(option.value)}
            className="aria-pressed:bg-surface aria-pressed:text-ink aria-pressed:shadow-sm"
          >
            {option.label}
          </Button>
        ))}
      </div>
      {hint && <p className="text-muted text-sm">{hint}</p>}
    </div>
  );
}

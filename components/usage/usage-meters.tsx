import { useId } from "react";
import { formatBytes, formatCount, formatResetDate } from "@/lib/format";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import { usageLevel, type UsageLevel } from "./usage-level";

export interface UsageMetersProps {
  usage: UsageSnapshot;
}

const BAR: Record<UsageLevel, string> = {
  unlimited: "bg-accent",
  ok: "bg-accent",
  near: "bg-warn",
  full: "bg-danger-solid",
};

// Colour is never the only signal: the words say it too.
const STATE_TEXT: Record<UsageLevel, string | null> = {
  unlimited: null,
  ok: null,
  near: "Almost at the limit",
  full: "Limit reached",
};

function UsageMeter(props: {
  label: string;
  used: number;
  limit: number | null;
  format(value: number): string;
  note?: string | null;
}) {
  const labelId = useId();
  const { label, used, limit, format, note } = props;
  const level = usageLevel(used, limit);
  const text =
    limit === null ? `${format(used)} · Unlimited` : `${format(used)} of ${format(limit)}`;
  const percent = limit ? Math.min(100, Math.round((used / limit) * 100)) : 0;
  const state = STATE_TEXT[level];
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span id={labelId} className="text-ink font-medium">
          {label}
        </span>
        <span className="text-muted">{text}</span>
      </div>
      {limit !== null && (
        <div
          role="meter"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={limit}
          aria-valuenow={Math.min(used, limit)}
          aria-valuetext={state ? `${text}. ${state}.` : text}
          data-level={level}
          className="bg-subtle h-2 overflow-hidden rounded-full"
        >
          <div className={`h-full rounded-full ${BAR[level]}`} style={{ width: `${percent}%` }} />
        </div>
      )}
      {(state || note) && (
        <p
          className={`text-xs ${level === "full" ? "text-danger" : level === "near" ? "text-warn" : "text-muted"}`}
        >
          {[state, note].filter(Boolean).join(" · ")}
        </p>
      )}
    </div>
  );
}

/** Uploads this month and storage used, against the plan's limits. */
export function UsageMeters({ usage }: UsageMetersProps) {
  const resets = formatResetDate(usage.resetsAt);
  return (
    <section aria-label="Usage" className="grid gap-4 sm:grid-cols-2">
      <UsageMeter
        label="Uploads this month"
        used={usage.uploadsUsed}
        limit={usage.uploadsLimit}
        format={formatCount}
        note={resets ? `Resets ${resets}` : null}
      />
      <UsageMeter
        label="Storage"
        used={usage.storageUsed}
        limit={usage.storageLimit}
        format={formatBytes}
      />
    </section>
  );
}

import { formatBytes, formatCount } from "@/lib/format";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import { usageLevel, type UsageLevel } from "./usage-level";

const BAR: Record<UsageLevel, string> = {
  unlimited: "bg-accent",
  ok: "bg-accent",
  near: "bg-warn",
  full: "bg-danger-solid",
};

const STATE_TEXT: Partial<Record<UsageLevel, string>> = {
  near: "Almost at the limit",
  full: "Limit reached",
};

/**
 * The gallery header's one line of usage: storage with a thin bar, or the month's uploads
 * when those are the ones running out (the full meters are on the billing page).
 */
export function UsageLine({ usage }: { usage: UsageSnapshot }) {
  const uploads = usageLevel(usage.uploadsUsed, usage.uploadsLimit);
  const showUploads = uploads === "near" || uploads === "full";
  const meter = showUploads
    ? {
        label: "Uploads this month",
        used: usage.uploadsUsed,
        limit: usage.uploadsLimit,
        text: `${formatCount(usage.uploadsUsed)} of ${formatCount(usage.uploadsLimit ?? 0)} uploads this month`,
      }
    : {
        label: "Storage",
        used: usage.storageUsed,
        limit: usage.storageLimit,
        text:
          usage.storageLimit === null
            ? `${formatBytes(usage.storageUsed)} used`
            : `${formatBytes(usage.storageUsed)} of ${formatBytes(usage.storageLimit)}`,
      };
  const level = usageLevel(meter.used, meter.limit);
  const state = STATE_TEXT[level];
  const percent = meter.limit ? Math.min(100, Math.round((meter.used / meter.limit) * 100)) : 0;
  return (
    <div className="text-muted flex min-w-0 items-center gap-2 text-sm">
      <span
        className={`truncate ${level === "full" ? "text-danger" : level === "near" ? "text-warn" : ""}`}
      >
        {meter.text}
        {state && ` · ${state}`}
      </span>
      {meter.limit !== null && (
        <span
          role="meter"
          aria-label={meter.label}
          aria-valuemin={0}
          aria-valuemax={meter.limit}
          aria-valuenow={Math.min(meter.used, meter.limit)}
          aria-valuetext={state ? `${meter.text}. ${state}.` : meter.text}
          data-level={level}
          className="bg-subtle block h-1.5 w-16 shrink-0 overflow-hidden rounded-full"
        >
          <span
            className={`block h-full rounded-full ${BAR[level]}`}
            style={{ width: `${percent}%` }}
          />
        </span>
      )}
    </div>
  );
}

import type { UsageSnapshot } from "@/lib/usage-snapshot";

export interface UsageMetersProps {
  usage: UsageSnapshot;
}

// TODO(issue 4): being implemented — uploads this month and storage as meters.
export function UsageMeters(_props: UsageMetersProps) {
  return null;
}

"use client";

import { refreshUsageAction } from "@/app/(app)/gallery/actions";
import { createUsageRefresher } from "@/lib/usage-refresh";
import type { UsageSnapshot } from "@/lib/usage-snapshot";

const loadUsage = async () => {
  const result = await refreshUsageAction();
  return result.ok ? result.data : null;
};

/** The debounced usage read with its server action: loaded the first time one is needed. */
export function startUsageRefresher(deliver: (usage: UsageSnapshot) => void) {
  return createUsageRefresher({ load: loadUsage, deliver });
}

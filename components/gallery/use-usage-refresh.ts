"use client";

import { useCallback, useEffect, useRef } from "react";
import { refreshUsageAction } from "@/app/(app)/gallery/actions";
import { createUsageRefresher, type UsageRefresher } from "@/lib/usage-refresh";
import type { UsageSnapshot } from "@/lib/usage-snapshot";

const loadUsage = async () => {
  const result = await refreshUsageAction();
  return result.ok ? result.data : null;
};

/**
 * The meters' one way in: call the answer with the usage of every upload, import or delete.
 * Usage the answer carried is shown at once; without it (null), one debounced read through a
 * server action.
 */
export function useUsageRefresh(deliver: (usage: UsageSnapshot) => void) {
  const latest = useRef(deliver);
  const refresher = useRef<UsageRefresher | null>(null);
  useEffect(() => {
    latest.current = deliver;
  }, [deliver]);
  useEffect(() => {
    const created = createUsageRefresher({
      load: loadUsage,
      deliver: (usage) => latest.current(usage),
    });
    refresher.current = created;
    return () => created.dispose();
  }, []);
  return useCallback((usage: UsageSnapshot | null) => {
    if (refresher.current) refresher.current.changed(usage);
    else if (usage) latest.current(usage);
  }, []);
}

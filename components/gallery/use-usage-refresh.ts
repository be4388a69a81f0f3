"use client";

import { useCallback, useEffect, useRef } from "react";
import type { UsageRefresher } from "@/lib/usage-refresh";
import type { UsageSnapshot } from "@/lib/usage-snapshot";

/**
 * The meters' one way in: call the answer with the usage of every upload, import or delete.
 * Usage the answer carried is shown at once; without it (null), one debounced read through a
 * server action, whose code loads the first time it is needed (if it cannot, the meters keep
 * what they show until the next change).
 */
export function useUsageRefresh(deliver: (usage: UsageSnapshot) => void) {
  const latest = useRef(deliver);
  const refresher = useRef<UsageRefresher | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  const mounted = useRef(false);
  useEffect(() => {
    latest.current = deliver;
  }, [deliver]);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      refresher.current?.dispose();
      refresher.current = null;
      loading.current = null;
    };
  }, []);
  return useCallback((usage: UsageSnapshot | null) => {
    if (usage) {
      latest.current(usage);
      return;
    }
    loading.current ??= import("./usage-refresher").then(
      ({ startUsageRefresher }) => {
        if (!mounted.current) return;
        refresher.current ??= startUsageRefresher((next) => latest.current(next));
      },
      () => {
        loading.current = null;
      },
    );
    void loading.current.then(() => refresher.current?.changed(null));
  }, []);
}

import type { UsageSnapshot } from "./usage-snapshot";

/**
 * Keeps the usage meters following every upload, whether or not img.pro's answer carried
 * quota headers (the API Reference sends them on every response; newer generations may
 * not). An answer with usage is shown at once; one without asks for a usage read, once
 * per burst: the read waits until no upload has finished for `delayMs`, so twenty files
 * cost one call, not twenty. The read goes through this app's server (a server action),
 * never from the browser to img.pro. Client-safe, free of React so it can be tested.
 */

export interface UsageRefresherOptions {
  /** Reads fresh usage; null when it could not (the meters then keep what they show). */
  load(): Promise<UsageSnapshot | null>;
  deliver(usage: UsageSnapshot): void;
  delayMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export const USAGE_REFRESH_DELAY_MS = 1_500;

export interface UsageRefresher {
  /** After an upload (or import): its usage when the answer carried some, else null. */
  changed(usage: UsageSnapshot | null): void;
  dispose(): void;
}

export function createUsageRefresher(options: UsageRefresherOptions): UsageRefresher {
  const delayMs = options.delayMs ?? USAGE_REFRESH_DELAY_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as number));
  let timer: unknown = null;
  let loading = false;
  /** An upload finished while a read was on its way: that read may predate it. */
  let again = false;

  async function refresh() {
    timer = null;
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    try {
      const usage = await options.load().catch(() => null);
      if (usage) options.deliver(usage);
    } finally {
      loading = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  }

  function schedule() {
    if (timer !== null) clearTimer(timer);
    timer = setTimer(() => void refresh(), delayMs);
  }

  return {
    changed(usage: UsageSnapshot | null): void {
      if (usage) options.deliver(usage);
      else schedule();
    },
    dispose(): void {
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}

import type { GalleryImage } from "@/lib/imgpro/types";

/**
 * Images img.pro is still processing (newest docs: status "processing", width, height and
 * sizes null until ready). Each one is asked after again with backoff until it is ready or
 * failed, a bounded number of times: past the last try the tile says to refresh later
 * instead of asking forever. Free of React and the DOM so the schedule can be tested.
 */

/** Waits before each try: six tries over about a minute. */
export const PROCESSING_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000] as const;

export interface ProcessingPollerOptions {
  /** The image as img.pro has it now; null when it is gone. Throws when it cannot tell. */
  check(id: string): Promise<GalleryImage | null>;
  /** Ready or failed: the grid shows it as it now is. */
  onSettled(image: GalleryImage): void;
  /** Still processing after the last try. */
  onStalled(id: string): void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface ProcessingPoller {
  /** The ids of the images shown as processing now; others stop being asked after. */
  track(ids: readonly string[]): void;
  dispose(): void;
}

export function createProcessingPoller(options: ProcessingPollerOptions): ProcessingPoller {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as number));
  /** Per image: tries made, and the pending timer (null once settled or stalled). */
  const polls = new Map<string, { tries: number; timer: unknown }>();

  function schedule(id: string) {
    const poll = polls.get(id);
    const delay = poll ? PROCESSING_DELAYS_MS[poll.tries] : undefined;
    if (!poll) return;
    if (delay === undefined) {
      poll.timer = null;
      options.onStalled(id);
      return;
    }
    poll.timer = setTimer(() => void attempt(id), delay);
  }

  async function attempt(id: string) {
    const poll = polls.get(id);
    if (!poll) return;
    poll.tries += 1;
    poll.timer = null;
    let image: GalleryImage | null;
    try {
      image = await options.check(id);
    } catch {
      // Could not tell (img.pro busy, a lost connection): it counts as a try.
      return schedule(id);
    }
    if (!polls.has(id)) return;
    if (image === null) return void polls.set(id, { ...poll, timer: null });
    if (image.status === "processing") return schedule(id);
    poll.timer = null;
    options.onSettled(image);
  }

  return {
    track(ids) {
      const wanted = new Set(ids);
      for (const [id, poll] of polls) {
        if (wanted.has(id)) continue;
        if (poll.timer !== null) clearTimer(poll.timer);
        polls.delete(id);
      }
      // An id seen before keeps its count, so re-renders never restart the tries.
      for (const id of wanted) {
        if (polls.has(id)) continue;
        polls.set(id, { tries: 0, timer: null });
        schedule(id);
      }
    },
    dispose() {
      for (const poll of polls.values()) if (poll.timer !== null) clearTimer(poll.timer);
      polls.clear();
    },
  };
}

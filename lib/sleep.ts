/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts. Client-safe: the
 * img.pro client's retries and the browser's upload queue both wait with it.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

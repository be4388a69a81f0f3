import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False in the server's HTML and until React has hydrated the page, true after. A control
 * whose handler only exists once hydrated (a file picker) can say so by being disabled
 * until then, instead of ignoring a click.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False in the server's HTML and until React has hydrated the page, true after. A control
 * whose handler only exists once hydrated can say so by being disabled until then, instead
 * of ignoring a click. `Button` does this for every `type="button"`; use this hook for other
 * controls (checkboxes, a fieldset of inputs).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

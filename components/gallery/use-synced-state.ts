"use client";

import { useCallback, useState } from "react";

/**
 * Local state seeded from a server prop that starts over whenever the server sends a new
 * value (a navigation or refresh re-renders the page with fresh data): client-side changes,
 * such as meters updated after an upload, last until the server knows better.
 */
export function useSyncedState<T>(source: T) {
  const [state, setState] = useState({ source, value: source });
  if (state.source !== source) setState({ source, value: source });
  const update = useCallback(
    (next: (previous: T) => T) =>
      setState((current) => ({ ...current, value: next(current.value) })),
    [],
  );
  return [state.source === source ? state.value : source, update] as const;
}

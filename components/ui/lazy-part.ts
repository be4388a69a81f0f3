import { lazy, type ComponentType } from "react";

/**
 * A component whose code downloads the first time it renders (wrap it in Suspense), and
 * `unavailable` in its place if that download fails: offline, or a new deploy replaced the
 * files the page was built with. Without one, React would hand the failure to the route's
 * error boundary and the whole page would go. `unavailable` is part of the page's first
 * download, so it says what it must and no more.
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  unavailable: ComponentType<Props>,
) {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: unavailable }),
    ),
  );
}

/** For parts that may simply be missing: nothing shows in their place. */
export const Nothing = () => null;

import { useEffect, useState, type ComponentType, type ReactNode } from "react";

/**
 * A component whose code downloads the first time it renders, and `unavailable` in its place
 * if that download fails: offline, or a new deploy replaced the files the page was built
 * with. Without one, the failure would reach the route's error boundary and the whole page
 * would go. `unavailable` is part of the page's first download, so it says what it must and
 * no more; `placeholder` shows while the code is on its way.
 *
 * Not React.lazy: a part that suspends is revealed no sooner than 300 ms after its fallback
 * showed (React's throttle for Suspense boundaries), so the first upload started 300 ms
 * after the files were chosen. This one renders the moment its code is there.
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  unavailable: ComponentType<Props>,
  placeholder: ReactNode = null,
) {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const download = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      () => {
        // The next time the part is wanted, its download is tried again.
        loading = undefined;
        return unavailable;
      },
    ));

  return function LazyPart(props: Props) {
    const [Part, setPart] = useState(() => loaded);
    useEffect(() => {
      if (Part) return;
      let mounted = true;
      void download().then((component) => {
        if (mounted) setPart(() => component);
      });
      return () => {
        mounted = false;
      };
    }, [Part]);
    return Part ? <Part {...props} /> : placeholder;
  };
}

/** For parts that may simply be missing: nothing shows in their place. */
export const Nothing = () => null;

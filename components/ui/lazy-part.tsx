import { useCallback, useEffect, useState, type ComponentType, type ReactNode } from "react";

/** What a part's stand-in gets besides the part's own props. */
export interface UnavailableProps {
  /** Downloads the part's code again (the network may be back); the stand-in stays meanwhile. */
  retry(): void;
  /** A retry is under way. */
  retrying: boolean;
}

/**
 * A component whose code downloads the first time it renders, and `Unavailable` in its place
 * if that download fails: offline, or a new deploy replaced the files the page was built
 * with. Without one, the failure would reach the route's error boundary and the whole page
 * would go. `Unavailable` is part of the page's first download, so it says what it must and
 * no more, and it can offer to try again; `placeholder` shows while the code is on its way.
 * When the browser comes back online, every part still standing in tries again by itself.
 *
 * Not React.lazy: a part that suspends is revealed no sooner than 300 ms after its fallback
 * showed (React's throttle for Suspense boundaries), so the first upload started 300 ms
 * after the files were chosen. This one renders the moment its code is there.
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  Unavailable: ComponentType<Props & UnavailableProps>,
  placeholder: ReactNode = null,
) {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props> | null> | undefined;
  const download = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      () => {
        // A failed download is not kept: the next attempt fetches the code again.
        loading = undefined;
        return null;
      },
    ));

  return function LazyPart(props: Props) {
    const [Part, setPart] = useState(() => loaded);
    // Counts the attempts, so that a retry after a failure runs the download again.
    const [attempt, setAttempt] = useState(0);
    // The last attempt that failed: the stand-in shows from then on, retrying while a later
    // attempt is under way.
    const [failedAttempt, setFailedAttempt] = useState<number | null>(null);
    useEffect(() => {
      if (Part) return;
      let mounted = true;
      void download().then((component) => {
        if (!mounted) return;
        if (component) setPart(() => component);
        else setFailedAttempt(attempt);
      });
      return () => {
        mounted = false;
      };
    }, [Part, attempt]);
    const retry = useCallback(() => setAttempt((count) => count + 1), []);
    const failed = !Part && failedAttempt !== null;
    useEffect(() => {
      if (!failed) return;
      window.addEventListener("online", retry);
      return () => window.removeEventListener("online", retry);
    }, [failed, retry]);

    if (Part) return <Part {...props} />;
    if (failedAttempt === null) return placeholder;
    return <Unavailable {...props} retry={retry} retrying={failedAttempt < attempt} />;
  };
}

/** For parts that may simply be missing: nothing shows in their place. */
export const Nothing = () => null;

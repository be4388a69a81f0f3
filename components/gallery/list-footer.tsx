"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { refocusOnRemoval } from "@/components/ui/focus";
import type { SessionProblem } from "@/lib/auth/session-problem";
import type { FetchError } from "@/lib/fetcher";

const SESSION_LINKS: Record<SessionProblem, string> = {
  unauthenticated: "Sign in again",
  user_forbidden: "Connect again",
  app_suspended: "What happened?",
};

// Load more goes after the last page, Retry once it worked (often while focused: tabbing
// to Load more scrolls the sentinel into view): the footer's other button, else the status.
const keepFocus = refocusOnRemoval((footer) => [
  footer.querySelector("button, a"),
  footer.querySelector("[data-list-status]"),
]);

/**
 * The end of the list: a sentinel that loads the next page as it scrolls near (observed
 * afresh after every page, so a tall screen keeps loading until it is full), a Load more
 * button for keyboard and assistive technology users, the error with Retry, and the end.
 */
export function ListFooter({
  pageCount,
  hasMore,
  loadingMore,
  error,
  empty,
  sessionProblem,
  onLoadMore,
  onRetry,
}: {
  pageCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  error: FetchError | undefined;
  empty: boolean;
  /** The session or the app is gone; the list is on its way to `href` (a link in case not). */
  sessionProblem: { problem: SessionProblem; href: string } | null;
  onLoadMore: () => void;
  onRetry: () => void;
}) {
  const sentinel = useRef<HTMLDivElement>(null);
  const canLoad = hasMore && !loadingMore && !error;

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !canLoad || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadMore();
      },
      { rootMargin: "0px 0px 800px 0px" },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [canLoad, onLoadMore, pageCount]);

  const status = error
    ? `Couldn't load more images: ${error.message.replace(/\.$/, "")}.`
    : loadingMore
      ? "Loading more images…"
      : !hasMore && !empty
        ? "You've reached the end."
        : "";

  return (
    <div className="mt-6 flex flex-col items-center gap-3">
      <div ref={sentinel} aria-hidden="true" className="h-px w-full" />
      <p
        tabIndex={-1}
        data-list-status
        aria-live="polite"
        aria-atomic="true"
        data-testid="list-status"
        className={`rounded text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${error ? "text-red-800" : "text-neutral-600"}`}
      >
        {status}
      </p>
      {sessionProblem ? (
        <a href={sessionProblem.href} className={buttonClasses("primary")}>
          {SESSION_LINKS[sessionProblem.problem]}
        </a>
      ) : error ? (
        <Button onClick={onRetry} ref={keepFocus} variant="primary">
          Retry
        </Button>
      ) : null}
      {hasMore && !error && (
        <Button
          onClick={() => !loadingMore && onLoadMore()}
          ref={keepFocus}
          aria-disabled={loadingMore}
        >
          {loadingMore ? "Loading…" : "Load more images"}
        </Button>
      )}
    </div>
  );
}

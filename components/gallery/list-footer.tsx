"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyPart, Nothing } from "@/components/ui/lazy-part";
import { refocusOnRemoval } from "@/components/ui/focus";
import type { SessionProblem } from "@/lib/auth/session-problem";
import type { ListError } from "./use-gallery-pages";

/**
 * The words and the link for a session or app that is gone load only then: the list is
 * already leaving for the page that explains it, so if they cannot be fetched, nothing shows.
 */
const ListSessionAction = lazyPart(
  () => import("./list-session-action").then((module) => module.ListSessionAction),
  Nothing,
);
const SessionProblemText = lazyPart(
  () => import("./list-session-action").then((module) => module.SessionProblemText),
  Nothing,
);

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
 * It looks 800 px ahead once the user scrolls; before that only an end already on screen
 * loads more, so a visit that stays on the first screen costs img.pro no second list call
 * and the page no list code (see components/gallery/use-gallery-pages.tsx).
 */
export function ListFooter({
  pageCount,
  hasMore,
  loadingMore,
  error,
  empty,
  sessionProblem,
  returnTo,
  onLoadMore,
  onRetry,
}: {
  pageCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  error: ListError | undefined;
  empty: boolean;
  /** The session or the app is gone; the list is on its way to `href` (a link in case not). */
  sessionProblem: { problem: SessionProblem; href: string } | null;
  /** The list's own address, to come back to after signing in again. */
  returnTo: string;
  onLoadMore: () => void;
  onRetry: () => void;
}) {
  const sentinel = useRef<HTMLDivElement>(null);
  const canLoad = hasMore && !loadingMore && !error;
  const [scrolled, setScrolled] = useState(false);

  useEffect(() => {
    if (scrolled) return;
    const onScroll = () => setScrolled(true);
    window.addEventListener("scroll", onScroll, { once: true, passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, [scrolled]);

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !canLoad || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadMore();
      },
      { rootMargin: scrolled ? "0px 0px 800px 0px" : "0px" },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [canLoad, onLoadMore, pageCount, scrolled]);

  const status = sessionProblem ? (
    <SessionProblemText problem={sessionProblem.problem} />
  ) : error ? (
    `Couldn't load more images: ${error.message.replace(/\.$/, "")}.`
  ) : loadingMore ? (
    "Loading more images…"
  ) : !hasMore && !empty ? (
    "You've reached the end."
  ) : (
    ""
  );

  return (
    <div className="mt-6 flex flex-col items-center gap-3">
      <div ref={sentinel} aria-hidden="true" className="h-px w-full" />
      <p
        tabIndex={-1}
        data-list-status
        aria-live="polite"
        aria-atomic="true"
        data-testid="list-status"
        className={`focus-visible:outline-accent rounded text-sm focus-visible:outline-2 focus-visible:outline-offset-2 ${error ? "text-danger" : "text-muted"}`}
      >
        {status}
      </p>
      {sessionProblem ? (
        <ListSessionAction {...sessionProblem} returnTo={returnTo} />
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

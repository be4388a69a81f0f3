"use client";

import { useRouter } from "next/navigation";
import { useTransition, type ComponentProps, type MouseEvent } from "react";

/**
 * A link to a page of this app: a plain click goes through the App Router (no full reload,
 * and /images/[id] opens over the gallery as its modal), anything else (a new tab, a
 * download, a modified click) is the browser's own. It prefetches on intent (pointer, focus)
 * rather than when it scrolls into view, so a page downloads no other page's code before
 * it is used.
 *
 * Why not next/link: it adds about 3 kB (compressed) to every page, and its
 * prefetch-in-view loads code for pages nobody has asked for; the gallery's JavaScript
 * budget (README, "Benchmark") cannot carry both. What it does for a same-origin path is the
 * router call below.
 */
export function AppLink({
  href,
  scroll = true,
  prefetch = true,
  onClick,
  onPointerEnter,
  onFocus,
  ...props
}: Omit<ComponentProps<"a">, "href"> & {
  href: string;
  /** false keeps the scroll position (the image modal opens over the grid). */
  scroll?: boolean;
  /** false for links shown by the dozen, such as the gallery's tiles. */
  prefetch?: boolean;
}) {
  const router = useRouter();
  // Marks the link while its page is on its way (`data-pending`), so a slow answer still
  // shows the click was taken: the gallery's tiles show a spinner (app/globals.css).
  const [pending, startNavigation] = useTransition();
  const onIntent = () => {
    if (prefetch) router.prefetch(href);
  };
  return (
    <a
      href={href}
      data-pending={pending || undefined}
      {...props}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainClick(event)) return;
        event.preventDefault();
        startNavigation(() => router.push(href, { scroll }));
      }}
      onPointerEnter={(event) => {
        onPointerEnter?.(event);
        onIntent();
      }}
      onFocus={(event) => {
        onFocus?.(event);
        onIntent();
      }}
    />
  );
}

/** A click the browser would open in this tab: the main button, no modifier, no target. */
export function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  const target = event.currentTarget.getAttribute("target");
  return (
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    (!target || target === "_self") &&
    !event.currentTarget.hasAttribute("download")
  );
}

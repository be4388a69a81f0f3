"use client";

import { usePathname } from "next/navigation";
import { useCallback, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useDismiss } from "@/components/ui/use-dismiss";
import { CONTENT_COLUMN } from "./column";
import { NavLinks } from "./nav-links";

/**
 * The header's menu on narrow screens: a disclosure button that opens the pages and the
 * account below the header. Escape or a click elsewhere closes it and gives the focus back
 * to the button; following a link closes it too. `account` is rendered by the server (the
 * sign-out form posts a server action), so this component knows nothing about the session.
 */
export function PhoneMenu({
  account,
  menuIcon,
  closeIcon,
}: {
  account: ReactNode;
  /** The button's two faces, drawn by the server (no icon code in the page's script). */
  menuIcon: ReactNode;
  closeIcon: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  // A new page closes the menu (adjusting state while rendering, as React recommends).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, rootRef, buttonRef, close);

  return (
    <div ref={rootRef} className="md:hidden">
      <Button
        ref={buttonRef}
        variant="ghost"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="min-h-11! min-w-11 px-2"
      >
        {open ? closeIcon : menuIcon}
        <span className="sr-only">Menu</span>
      </Button>
      {open && (
        <div
          id={panelId}
          className="border-line bg-surface absolute inset-x-0 top-full z-40 border-b shadow-lg"
        >
          <div className={`${CONTENT_COLUMN} space-y-3 py-3`}>
            <nav aria-label="Main">
              <NavLinks layout="menu" onNavigate={() => setOpen(false)} />
            </nav>
            <div className="border-line border-t pt-3">{account}</div>
          </div>
        </div>
      )}
    </div>
  );
}

"use client";

import { useEffect, useRef, type DialogHTMLAttributes, type ReactNode } from "react";

/**
 * A modal built on <dialog> and showModal(): the browser makes the rest of the page inert
 * (the focus trap), puts it in the top layer and returns focus to the opener on close.
 * Escape asks the owner to close (onClose) instead of closing behind its back; Chrome may
 * still close without a cancelable event, which the close listener reports the same way.
 * The element marked `data-autofocus` gets focus on open, else the first focusable one;
 * `finalFocus` names where it goes on close when the opener is no good (disabled or gone).
 */
export function Dialog({
  open,
  onClose,
  labelledBy,
  describedBy,
  finalFocus,
  className = "",
  children,
  ...props
}: Omit<DialogHTMLAttributes<HTMLDialogElement>, "open" | "onClose" | "onCancel"> & {
  open: boolean;
  onClose: () => void;
  labelledBy: string;
  describedBy?: string;
  /** Where the focus goes on close; null or absent: back to the opener, as the browser does. */
  finalFocus?: () => HTMLElement | null;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const openRef = useRef(open);
  const finalFocusRef = useRef(finalFocus);
  useEffect(() => {
    finalFocusRef.current = finalFocus;
  });

  useEffect(() => {
    openRef.current = open;
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      finalFocusRef.current?.()?.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      // React bubbles cancel and close through its own tree, so a nested dialog's (a
      // confirmation inside a modal) would reach this one too: only its own count.
      onCancel={(event) => {
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        onClose();
      }}
      onClose={(event) => {
        if (event.target === event.currentTarget && openRef.current) onClose();
      }}
      className={`bg-surface text-ink backdrop:bg-scrim m-auto rounded-xl p-0 shadow-2xl ${className}`}
      {...props}
    >
      {children}
    </dialog>
  );
}

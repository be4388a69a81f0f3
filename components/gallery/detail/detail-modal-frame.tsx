"use client";

import { useParams, useRouter } from "next/navigation";
import {
  useCallback,
  useEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type TouchEvent,
} from "react";
import { Dialog } from "@/components/ui/dialog";
import { focusFirst } from "@/components/ui/focus";
import { neighbours } from "@/lib/gallery/pages";
import { useGalleryList } from "../gallery-bridge";
import { DETAIL_TITLE_ID } from "./detail-title";
import { ChevronIcon, CloseIcon, VIEWER_BUTTON, ViewerBar } from "./viewer-bar";
import { imagePath } from "@/lib/routes";

/** Keys typed into these are text, not navigation. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT")
    return true;
  return target.tagName === "INPUT" && (target as HTMLInputElement).type !== "checkbox";
}

/**
 * The full-window dialog around an image opened from the grid. Escape and Close go back in history to
 * the grid (the URL was pushed when the tile was clicked); Left and Right replace the URL
 * with the neighbouring image in the grid's order, so Back still leads to the grid. When it
 * closes, focus returns to the tile of the image last shown.
 */
export function DetailModalFrame({ children }: { children: ReactNode }) {
  const router = useRouter();
  // Typed nullable because pages/api exists (next/navigation's compat types); in the App
  // Router, where this renders, the params are always there.
  const id = useParams<{ id: string }>()?.id ?? "";
  const list = useGalleryList();
  const { previous, next } = neighbours(list?.ids ?? [], id);

  const closing = useRef(false);
  const close = useCallback(() => {
    if (closing.current) return;
    closing.current = true;
    router.back();
  }, [router]);
  // The image being shown or on its way: a second arrow press or click before the first
  // navigation has landed moves on from where the first one went. `underway` holds the
  // steps not landed yet, so neither a step landing nor the list re-rendering in between
  // pulls the target back to an image already passed.
  const target = useRef(id);
  const underway = useRef<string[]>([]);
  const step = (direction: "previous" | "next"): boolean => {
    const destination = neighbours(list?.ids ?? [], target.current)[direction];
    if (!destination) return false;
    target.current = destination;
    underway.current.push(destination);
    router.replace(imagePath(destination), { scroll: false });
    return true;
  };
  useEffect(() => {
    const landed = underway.current.indexOf(id);
    // Anywhere else (Back, a link) starts afresh from the image now shown.
    underway.current = landed >= 0 ? underway.current.slice(landed + 1) : [];
    if (underway.current.length === 0) target.current = id;
  }, [id]);

  // Stepping onto the first or last image disables the button just pressed, which drops the
  // focus to <body>: the other button takes it, so the keyboard user stays in the dialog.
  const previousButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const pressed = useRef<"previous" | "next" | null>(null);
  const press = (direction: "previous" | "next") => {
    pressed.current = direction;
    step(direction);
  };
  useEffect(() => {
    const stranded =
      pressed.current === "previous" ? !previous : pressed.current === "next" && !next;
    if (!stranded) return;
    pressed.current = null;
    const active = document.activeElement;
    if (active === null || active === document.body || (active as HTMLButtonElement).disabled)
      focusFirst(previous ? previousButton.current : nextButton.current);
  }, [previous, next]);

  const last = useRef({ id, list });
  useEffect(() => {
    last.current = { id, list };
  }, [id, list]);
  useEffect(() => {
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = "hidden";
    return () => {
      root.style.overflow = overflow;
      const { id: shown, list: grid } = last.current;
      // After the dialog is gone from the DOM: until then the grid is inert.
      requestAnimationFrame(() => grid?.focusImage(shown));
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (isTextEntry(event.target)) return;
    // Keys pressed inside a nested dialog (the delete confirmation) are that dialog's.
    if (event.target instanceof Element && event.target.closest("dialog") !== event.currentTarget)
      return;
    const direction = { ArrowLeft: "previous", ArrowRight: "next" } as const;
    if (!(event.key in direction)) return;
    pressed.current = null;
    if (step(direction[event.key as keyof typeof direction])) event.preventDefault();
  }

  const position = list ? list.ids.indexOf(id) : -1;

  // A horizontal swipe across the image steps, as on a phone's photo viewer.
  const swipe = useRef<{ x: number; y: number } | null>(null);
  function onTouchStart(event: TouchEvent<HTMLDialogElement>) {
    const touch = event.touches[0];
    const onStage = event.target instanceof Element && event.target.closest("[data-stage]");
    swipe.current =
      touch && event.touches.length === 1 && onStage
        ? { x: touch.clientX, y: touch.clientY }
        : null;
  }
  function onTouchEnd(event: TouchEvent<HTMLDialogElement>) {
    const start = swipe.current;
    const touch = event.changedTouches[0];
    swipe.current = null;
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    if (Math.abs(dx) < 50 || Math.abs(dx) < 2 * Math.abs(touch.clientY - start.y)) return;
    pressed.current = null;
    step(dx < 0 ? "next" : "previous");
  }

  return (
    <Dialog
      open
      onClose={close}
      labelledBy={DETAIL_TITLE_ID}
      onKeyDown={onKeyDown}
      onTouchStart={onTouchStart}
      onTouchEnd={onTouchEnd}
      className="bg-surface! text-ink! h-dvh max-h-none w-dvw max-w-none overflow-hidden rounded-none! shadow-none!"
    >
      <div className="flex h-full flex-col">
        <ViewerBar
          close={
            <button
              type="button"
              data-autofocus
              onClick={close}
              aria-label="Close"
              aria-keyshortcuts="Escape"
              className={VIEWER_BUTTON}
            >
              <CloseIcon />
            </button>
          }
        >
          <nav aria-label="Other images" className="flex items-center gap-1">
            <button
              type="button"
              ref={previousButton}
              disabled={!previous}
              onClick={() => press("previous")}
              aria-label="Previous image"
              aria-keyshortcuts="ArrowLeft"
              className={VIEWER_BUTTON}
            >
              <ChevronIcon direction="previous" />
            </button>
            {position >= 0 && (
              <span
                className="min-w-16 text-center text-sm tabular-nums"
                data-testid="detail-position"
              >
                {position + 1} of {list?.ids.length}
              </span>
            )}
            <button
              type="button"
              ref={nextButton}
              disabled={!next}
              onClick={() => press("next")}
              aria-label="Next image"
              aria-keyshortcuts="ArrowRight"
              className={VIEWER_BUTTON}
            >
              <ChevronIcon direction="next" />
            </button>
          </nav>
        </ViewerBar>
        <div className="min-h-0 flex-1 overflow-y-auto lg:overflow-hidden">{children}</div>
      </div>
    </Dialog>
  );
}

import type { ReactNode } from "react";
import { LineIcon } from "@/components/ui/line-icon";

/**
 * The viewer's own colours: a photo is judged against a dark surround in either scheme (as
 * in Google Photos and iCloud Photos), so the bar and the stage stay dark; the side panel
 * follows the theme tokens.
 */
export const VIEWER_STAGE = "bg-black text-white";

/** Round icon buttons on the dark bar: 40 px, 44 px where the pointer is coarse. */
export const VIEWER_BUTTON =
  "inline-flex size-10 items-center justify-center rounded-full text-white transition-colors hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent pointer-coarse:size-11";

/** The bar above the image and its panel: close at the left, stepping at the right. */
export function ViewerBar({ close, children }: { close: ReactNode; children?: ReactNode }) {
  return (
    <div
      className={`flex h-14 shrink-0 items-center justify-between gap-2 px-2 sm:px-3 ${VIEWER_STAGE}`}
    >
      {close}
      {children}
    </div>
  );
}

export function CloseIcon() {
  return (
    <LineIcon className="size-6">
      <path d="M6 6l12 12M18 6L6 18" />
    </LineIcon>
  );
}

export function ChevronIcon({ direction }: { direction: "previous" | "next" }) {
  return (
    <LineIcon className="size-6">
      <path d={direction === "previous" ? "M15 5l-7 7 7 7" : "M9 5l7 7-7 7"} />
    </LineIcon>
  );
}

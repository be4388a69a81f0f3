import type { ReactNode } from "react";

/**
 * The app's line icons: paths drawn on a 24 × 24 grid in the current text colour, with
 * round ends. Decorative: the control around one carries its name.
 */
export function LineIcon({
  size = 24,
  strokeWidth = 2,
  className,
  children,
}: {
  size?: number;
  strokeWidth?: number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={className}
    >
      {children}
    </svg>
  );
}

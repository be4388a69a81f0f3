const VARIANTS = {
  primary: "bg-ink text-on-ink hover:bg-ink-hover disabled:opacity-50",
  secondary:
    "border border-line-strong bg-surface text-ink hover:bg-subtle disabled:text-muted disabled:opacity-70",
  danger: "bg-danger-solid text-white hover:opacity-90 disabled:opacity-50",
  ghost: "text-ink hover:bg-subtle disabled:text-muted",
} as const;

/** sm keeps a 24 px target (WCAG 2.5.8); md is 36 px, and 44 px where the pointer is coarse. */
const SIZES = {
  sm: "min-h-7 px-2.5 py-1 text-xs",
  md: "min-h-9 px-3.5 py-2 text-sm pointer-coarse:min-h-11",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

/**
 * Shared with links that look like buttons. Focus is always visible. A button that is only
 * busy takes `aria-disabled` rather than `disabled`, so it keeps the keyboard focus.
 */
export function buttonClasses(variant: ButtonVariant = "secondary", size: ButtonSize = "md") {
  return `inline-flex items-center justify-center gap-1.5 rounded-md font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed aria-disabled:cursor-wait aria-disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]}`;
}

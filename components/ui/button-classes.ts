const VARIANTS = {
  primary: "bg-neutral-900 text-white hover:bg-neutral-700 disabled:bg-neutral-400",
  secondary:
    "border border-neutral-300 bg-white text-neutral-900 hover:bg-neutral-100 disabled:text-neutral-400",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-300",
  ghost: "text-neutral-700 hover:bg-neutral-100 hover:text-neutral-950 disabled:text-neutral-400",
} as const;

const SIZES = { sm: "px-2.5 py-1 text-xs", md: "px-3.5 py-2 text-sm" } as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

/**
 * Shared with links that look like buttons. Focus is always visible. A button that is only
 * busy takes `aria-disabled` rather than `disabled`, so it keeps the keyboard focus.
 */
export function buttonClasses(variant: ButtonVariant = "secondary", size: ButtonSize = "md") {
  return `inline-flex items-center justify-center gap-1.5 rounded-md font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed aria-disabled:cursor-wait aria-disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]}`;
}

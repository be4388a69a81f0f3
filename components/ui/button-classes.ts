export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
/** sm keeps a 24 px target (WCAG 2.5.8); md is 36 px, and 44 px where the pointer is coarse. */
export type ButtonSize = "sm" | "md";

/**
 * Shared with links that look like buttons. The styles are `.btn` and its variants in
 * app/globals.css: a page repeats its buttons, and a short class name keeps each page's HTML
 * small. Focus is always visible. A button that is only busy takes `aria-disabled` rather
 * than `disabled`, so it keeps the keyboard focus.
 */
export function buttonClasses(variant: ButtonVariant = "secondary", size: ButtonSize = "md") {
  return `btn btn-${variant} btn-${size}`;
}

/** The detail panel's text inputs, in the theme's colours. */
export const INPUT =
  "w-full min-w-0 rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink placeholder:text-muted focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-accent aria-invalid:border-danger pointer-coarse:min-h-11";

/**
 * The app's icon (app/icon.svg) drawn inline: no request, no layout shift, and it is there
 * before any image loads. Decorative: the app's name always sits beside it.
 */
export function AppIcon({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" className="shrink-0">
      <rect width="64" height="64" rx="14" fill="#0c4a6e" />
      <rect x="12" y="16" width="40" height="32" rx="5" fill="#f0f9ff" />
      <circle cx="41" cy="25" r="4.5" fill="#f59e0b" />
      <path d="M15 45 27 30l8 10 5-6 9 11z" fill="#0284c7" />
    </svg>
  );
}

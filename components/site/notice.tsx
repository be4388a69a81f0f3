import type { ReactNode } from "react";

const TONES = {
  info: "border-info-line bg-info-fill",
  warning: "border-warn-line bg-warn-fill",
  error: "border-danger-line bg-danger-fill",
} as const;

/** A message that assistive technology announces: it sits in a polite live region. */
export function Notice({
  tone = "info",
  children,
}: {
  tone?: keyof typeof TONES;
  children: ReactNode;
}) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={`text-ink rounded-lg border px-4 py-3 text-sm ${TONES[tone]}`}
    >
      {children}
    </div>
  );
}

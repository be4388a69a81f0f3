import type { ReactNode } from "react";

/**
 * The line under a control that says what is wrong with it. Always in the page (empty when
 * all is well), so a screen reader announces each new problem; give it an `id` for the
 * control's aria-describedby.
 */
export function FieldProblem({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} aria-live="polite" aria-atomic="true" className="text-danger text-xs">
      {children}
    </p>
  );
}

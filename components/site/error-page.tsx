import type { ReactNode } from "react";
import { CONTENT_COLUMN } from "./column";
import { LineIcon } from "@/components/ui/line-icon";

const MARKS = {
  // Something is missing: a question mark.
  missing: "M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01",
  // Something went wrong: an exclamation mark.
  problem: "M12 8v5M12 16.5h.01",
} as const;

/**
 * The one look of every error and dead-end page: not found, an error boundary, a sign-in
 * problem, a suspended app. A quiet mark, a heading that says what happened, a sentence on
 * what it means for the user's images, and the way on. `alert` is for a page that replaces
 * content the user was waiting for (an error boundary), so screen readers announce it.
 */
export function ErrorPage({
  title,
  children,
  actions,
  kind = "problem",
  alert = false,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  kind?: keyof typeof MARKS;
  alert?: boolean;
}) {
  return (
    <main className={`${CONTENT_COLUMN} flex flex-1 flex-col justify-center py-16`}>
      <section role={alert ? "alert" : undefined} className="flex max-w-xl flex-col gap-4">
        <span
          aria-hidden="true"
          className={`flex size-11 items-center justify-center rounded-full border ${
            kind === "missing"
              ? "border-line bg-subtle text-muted"
              : "border-danger-line bg-danger-fill text-danger"
          }`}
        >
          <LineIcon size={22}>
            <path d={MARKS[kind]} />
          </LineIcon>
        </span>
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{title}</h1>
        <div className="text-muted space-y-3 text-base">{children}</div>
        {actions && <div className="flex flex-wrap items-center gap-3 pt-2">{actions}</div>}
      </section>
    </main>
  );
}

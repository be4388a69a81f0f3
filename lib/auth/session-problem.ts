import { loginPath, ROUTES } from "@/lib/routes";
/**
 * A call that finds the session or the app gone, and where the browser goes then. Client
 * code (the upload queue, the gallery list) uses this; server code gives the same answers
 * through its redirects (lib/auth/account-errors.ts), so every path ends in the same place.
 */
export type SessionProblem = "unauthenticated" | "user_forbidden" | "app_suspended";

/** The session problem an error answer means, if any; other errors are the caller's own. */
export function sessionProblemOf(status: number, code: unknown): SessionProblem | null {
  if (code === "user_forbidden" || code === "app_suspended") return code;
  return status === 401 ? "unauthenticated" : null;
}

/** `here`: the app path to come back to after signing in again. */
export function sessionProblemHref(problem: SessionProblem, here: string): string {
  switch (problem) {
    case "unauthenticated":
      return loginPath(here);
    case "user_forbidden":
      // The server has already ended the session: the landing page says why.
      return `${ROUTES.home}?notice=disconnected`;
    case "app_suspended":
      return ROUTES.suspended;
  }
}

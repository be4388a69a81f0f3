import "server-only";
import { redirect } from "next/navigation";
import { ImgProError } from "@/lib/imgpro/errors";
import { destroySession } from "@/lib/session";

/**
 * img.pro's lifecycle answers, handled the same way everywhere:
 * - `user_forbidden`: the account is gone or no longer connected: end the session;
 * - `app_suspended`: a full stop page, the session is kept;
 * - `unauthorized`: the machine secret is wrong, an operator's problem, not a reason to
 *   send the user round the sign-in again.
 */
function lifecycleTarget(error: unknown): string | null {
  if (!(error instanceof ImgProError)) return null;
  switch (error.code) {
    case "app_suspended":
      return "/suspended";
    case "unauthorized":
      return "/sign-in-problem?reason=config";
    default:
      return null;
  }
}

/**
 * For server components, which cannot change cookies: `user_forbidden` goes through
 * /session/disconnected, which confirms it with img.pro before ending the session.
 */
export function redirectOnAccountError(error: unknown): void {
  if (error instanceof ImgProError && error.code === "user_forbidden") {
    redirect("/session/disconnected");
  }
  const target = lifecycleTarget(error);
  if (target) redirect(target);
}

/** For server actions and route handlers, which can end the session themselves. */
export async function endSessionOnAccountError(error: unknown): Promise<void> {
  if (error instanceof ImgProError && error.code === "user_forbidden") {
    await destroySession();
    redirect("/?notice=disconnected");
  }
  const target = lifecycleTarget(error);
  if (target) redirect(target);
}

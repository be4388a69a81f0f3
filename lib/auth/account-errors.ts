import "server-only";
import { redirect } from "next/navigation";
import { ImgProError } from "@/lib/imgpro/errors";
import { refusalFor, type Refusal } from "@/lib/imgpro/refusals";
import { destroySession } from "@/lib/session";
import { ROUTES } from "@/lib/routes";

/**
 * img.pro's lifecycle answers, handled the same way everywhere: whether the session ends and
 * where the page goes come from the one refusal table (lib/imgpro/refusals). `user_forbidden`
 * ends the session; `app_suspended` is a full stop page that keeps it; `unauthorized` (a wrong
 * machine secret) is an operator's problem, not a reason to go round the sign-in again.
 */
function refusalOf(error: unknown): Refusal | null {
  return error instanceof ImgProError ? refusalFor(error) : null;
}

/**
 * For server components, which cannot change cookies: an answer that ends the session goes
 * through /session/disconnected, which confirms it with img.pro before ending it.
 */
export function redirectOnAccountError(error: unknown): void {
  const refusal = refusalOf(error);
  if (refusal?.endsSession) redirect(ROUTES.sessionDisconnected);
  if (refusal?.redirectTo) redirect(refusal.redirectTo);
}

/** For server actions and route handlers, which can end the session themselves. */
export async function endSessionOnAccountError(error: unknown): Promise<void> {
  const refusal = refusalOf(error);
  if (refusal?.endsSession) await destroySession();
  if (refusal?.redirectTo) redirect(refusal.redirectTo);
}

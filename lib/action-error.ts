import "server-only";
import { ImgProError } from "@/lib/imgpro/errors";
import { UPGRADE_PATH, refusalFor, refusalMessage, refusalRetryAfter } from "@/lib/imgpro/refusals";
import type { ActionResult } from "./action-result";

/**
 * A user-facing message for anything img.pro refused, with what the UI needs to act on it,
 * from the one refusal table (lib/imgpro/refusals) that route handlers and pages read too.
 */
export function toActionError(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (!(error instanceof ImgProError)) {
    console.error("[action] unexpected error", error);
    return {
      ok: false,
      error: "Something went wrong on our side. Nothing was changed; please try again.",
    };
  }
  const refusal = refusalFor(error);
  const retryAfter = refusalRetryAfter(error);
  const hasDetails = Object.keys(error.details).length > 0;
  return {
    ok: false,
    code: error.code,
    error: refusalMessage(error),
    ...(hasDetails ? { fieldErrors: error.details } : {}),
    ...(retryAfter !== null && error.code === "rate_limited" ? { retryAfter } : {}),
    ...(refusal.link?.href === UPGRADE_PATH ? { upgradeUrl: UPGRADE_PATH } : {}),
  };
}

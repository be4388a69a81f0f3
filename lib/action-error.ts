import "server-only";
import { ImgProError } from "@/lib/imgpro/errors";
import type { ActionResult } from "./action-result";

/** A user-facing message for anything img.pro refused, with what the UI needs to act on it. */
export function toActionError(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (!(error instanceof ImgProError)) {
    console.error("[action] unexpected error", error);
    return {
      ok: false,
      error: "Something went wrong on our side. Nothing was changed; please try again.",
    };
  }
  const base = { ok: false as const, code: error.code };
  switch (error.code) {
    case "validation_error":
      return {
        ...base,
        error:
          Object.values(error.details).flat()[0] ??
          "img.pro did not accept this. Check the values and try again.",
        fieldErrors: error.details,
      };
    case "quota_exceeded":
      return {
        ...base,
        error: `${error.message} Upgrade your plan to keep going.`,
        upgradeUrl: "/billing",
      };
    case "rate_limited":
      return {
        ...base,
        error: `img.pro is busy. Try again in ${error.retryAfter ?? 30} seconds.`,
        retryAfter: error.retryAfter ?? 30,
      };
    case "not_found":
      return { ...base, error: "This image no longer exists. It may have been deleted elsewhere." };
    case "fetch_failed":
      return { ...base, error: `img.pro could not fetch that URL: ${error.message}` };
    case "timeout":
    case "network_error":
      return {
        ...base,
        error: "img.pro did not answer in time. Refresh to see whether the change was saved.",
      };
    default:
      return { ...base, error: error.message || "img.pro refused this request." };
  }
}

import "server-only";
import type { ImgProError } from "@/lib/imgpro/errors";
import { UPGRADE_PATH, refusalFor, refusalMessage, refusalRetryAfter } from "@/lib/imgpro/refusals";

/**
 * The JSON a route answers for an img.pro refusal, from the one refusal table. A fetch from
 * the browser cannot follow a redirect to a page, so the body carries the code
 * (lib/auth/session-problem turns the lifecycle ones into a link) and, for a spent quota,
 * where to upgrade.
 */
export interface RefusalBody {
  error: {
    code: string;
    message: string;
    retryAfter?: number;
    upgradeUrl?: string;
    fieldErrors?: Record<string, string[]>;
  };
}

/**
 * Status, body and headers for a refusal, and whether the session ends. No cookies here, so
 * the upload route (a pages/api route, without next/headers) answers from it as well as
 * refusalResponse.
 */
export function refusalAnswer(error: ImgProError) {
  const refusal = refusalFor(error);
  const retryAfter = refusalRetryAfter(error);
  const details = Object.keys(error.details).length > 0 ? error.details : undefined;
  const body: RefusalBody = {
    error: {
      code: error.code,
      message: refusalMessage(error),
      ...(retryAfter !== null ? { retryAfter } : {}),
      ...(refusal.link?.href === UPGRADE_PATH ? { upgradeUrl: refusal.link.href } : {}),
      ...(details ? { fieldErrors: details } : {}),
    },
  };
  const headers: Record<string, string> =
    retryAfter !== null ? { "Retry-After": String(retryAfter) } : {};
  return { status: refusal.status, body, headers, endsSession: refusal.endsSession };
}

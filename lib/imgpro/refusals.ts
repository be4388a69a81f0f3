import "server-only";
import { isKnownCode, type ImgProErrorCode, type KnownErrorCode } from "./error-codes";
import { busyMessage } from "@/lib/busy";
import { ROUTES } from "@/lib/routes";

/**
 * One table for everything img.pro can refuse: per documented code, the HTTP status our own
 * routes answer with, the words the user reads, whether the session ends and where the user
 * goes. Route handlers, server actions and pages all read it, so a refusal means the same
 * thing wherever it surfaces. A Record over every known code: adding a code to
 * error-codes.ts does not compile until it has a row here.
 */

/** What a refusal needs from the error (an ImgProError, kept structural for tests). */
export interface RefusedCall {
  status: number;
  code: ImgProErrorCode;
  message: string;
  details: Record<string, string[]>;
  retryAfter: number | null;
}

export interface Refusal {
  /** HTTP status of our own route handlers' answer. */
  status: number;
  message: string | ((error: RefusedCall) => string);
  /** The img.pro account is gone or disconnected: the session must not outlive it. */
  endsSession: boolean;
  /** Where the whole page goes (pages and actions redirect; fetches get a link). */
  redirectTo: string | null;
  /** Offered next to the message, the page stays. */
  link: { href: string; label: string } | null;
}

export const RECONNECT_PATH = `${ROUTES.home}?notice=disconnected`;
export const SUSPENDED_PATH = ROUTES.suspended;
export const CONFIG_PROBLEM_PATH = `${ROUTES.signInProblem}?reason=config`;
export const UPGRADE_PATH = ROUTES.billing;
const UPGRADE = { href: UPGRADE_PATH, label: "Upgrade your plan" };

const row = (
  status: number,
  message: Refusal["message"],
  more: Partial<Omit<Refusal, "status" | "message">> = {},
): Refusal => ({ status, message, endsSession: false, redirectTo: null, link: null, ...more });

const waitSeconds = (error: RefusedCall) => error.retryAfter ?? 30;
const ownWords = (fallback: string) => (error: RefusedCall) => error.message || fallback;

export const REFUSALS: Record<KnownErrorCode, Refusal> = {
  // The machine secret was refused: an operator's problem, not the user's session. 500, not
  // 503, so the upload queue does not retry a request that can only fail the same way.
  unauthorized: row(500, "This app could not authenticate with img.pro. Nothing was changed.", {
    redirectTo: CONFIG_PROBLEM_PATH,
  }),
  forbidden: row(403, "img.pro does not allow this app to do that."),
  quota_exceeded: row(
    403,
    (error) =>
      `${error.message || "Your plan's limit is reached."} Upgrade your plan to keep going.`,
    { link: UPGRADE },
  ),
  registration_closed: row(403, "img.pro is not accepting new accounts here right now."),
  key_limit_reached: row(403, "img.pro has reached this account's key limit."),
  not_found: row(404, "This image no longer exists. It may have been deleted elsewhere."),
  external_id_duplicate: row(409, "Another image in your gallery already uses this file's id."),
  validation_error: row(
    422,
    (error) =>
      Object.values(error.details).flat()[0] ??
      "img.pro did not accept this. Check the values and try again.",
  ),
  rate_limited: row(429, (error) => busyMessage(waitSeconds(error))),
  upload_failed: row(502, "img.pro could not store the upload. Try again."),
  import_failed: row(502, "img.pro could not store the imported image. Try again."),
  fetch_failed: row(422, (error) => `img.pro could not fetch that URL: ${error.message}`),
  bad_request: row(400, ownWords("img.pro could not read this request.")),
  media_locked: row(403, "This image is locked on img.pro and cannot be changed."),
  idempotency_key_conflict: row(
    409,
    "This retry did not match the first try, so img.pro did not run it. Start it again.",
  ),
  idempotency_key_in_progress: row(
    409,
    "The first try is still running at img.pro. Try again in a moment.",
  ),
  update_failed: row(502, "img.pro could not save the change. Try again."),
  delete_failed: row(502, "img.pro could not delete this. Try again."),
  invalid_code: row(400, "That sign-in expired or was already used. Sign in again.", {
    redirectTo: ROUTES.login,
  }),
  user_forbidden: row(
    401,
    "Your img.pro account is no longer connected. Continue with img.pro to reconnect.",
    { endsSession: true, redirectTo: RECONNECT_PATH },
  ),
  app_suspended: row(403, "This app is suspended on img.pro.", { redirectTo: SUSPENDED_PATH }),
  already_subscribed: row(409, "You already have a paid plan. Manage it on img.pro.", {
    link: { href: ROUTES.billingManage, label: "Manage your plan" },
  }),
  // Our own return address was refused: the app's configuration, not the user's doing.
  invalid_target_url: row(500, "img.pro did not accept this app's return address."),
  timeout: row(504, "img.pro did not answer in time. Refresh to see whether the change was saved."),
  network_error: row(
    502,
    "img.pro could not be reached. Refresh to see whether the change was saved.",
  ),
  invalid_response: row(502, "img.pro answered in a way this app could not read."),
};

/** A code no docs name: its status says as much as can be said. */
function unknownRefusal(error: RefusedCall): Refusal {
  const status =
    error.status >= 400 && error.status < 500
      ? error.status
      : [502, 503, 504].includes(error.status)
        ? error.status
        : 502;
  return row(status, ownWords("img.pro refused this request."));
}

export function refusalFor(error: RefusedCall): Refusal {
  return isKnownCode(error.code) ? REFUSALS[error.code] : unknownRefusal(error);
}

export function refusalMessage(error: RefusedCall): string {
  const { message } = refusalFor(error);
  return typeof message === "function" ? message(error) : message;
}

/** Seconds to wait before trying again, for answers that ask for a wait. */
export function refusalRetryAfter(error: RefusedCall): number | null {
  if (error.code === "rate_limited") return waitSeconds(error);
  return error.retryAfter;
}

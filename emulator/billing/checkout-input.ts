import { ApiError, validationError } from "../errors";
import { isInterval, isPaidPlan, type Interval, type PaidPlanId } from "../plans";

export interface CheckoutInput {
  plan: PaidPlanId;
  interval: Interval;
  returnUrl: string;
}

/** Long enough for any real return URL, short enough to keep state files and headers sane. */
const MAX_RETURN_URL_LENGTH = 2048;

/** A non-JSON or non-object body is a validation error on the body as a whole. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw validationError({
      body: "Send a JSON object: { plan, interval, return_url }.",
    });
  }
  return value as Record<string, unknown>;
}

/** The parsed fields as sent (valid or not): what makes two checkout requests "the same". */
export function checkoutFingerprint(body: Record<string, unknown>): string {
  return JSON.stringify([body.plan ?? null, body.interval ?? null, body.return_url ?? null]);
}

/**
 * Requires the literal `http://` or `https://` prefix because the URL parser forgives
 * `http:/x` and `http:x`, which are not absolute URLs. Only printable ASCII is accepted:
 * the URL is sent back byte for byte in a Location header, which cannot carry anything else.
 */
export function isAbsoluteHttpUrl(value: string): boolean {
  if (value.length > MAX_RETURN_URL_LENGTH) return false;
  if (!/^https?:\/\/[\x21-\x7e]+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * Field errors first, all of them at once (422 validation_error), then the return URL's
 * form (422 invalid_target_url). A missing or non-string return_url is a field error: the
 * documented invalid_target_url is about a URL that was given but is not absolute http(s).
 */
export function validateCheckout(body: Record<string, unknown>): CheckoutInput {
  const { plan, interval, return_url: returnUrl } = body;
  if (!isPaidPlan(plan) || !isInterval(interval) || typeof returnUrl !== "string" || !returnUrl) {
    const details: Record<string, string> = {};
    if (!isPaidPlan(plan)) details.plan = "Must be one of: pro, scale, max.";
    if (!isInterval(interval)) details.interval = "Must be one of: monthly, annual.";
    if (typeof returnUrl !== "string" || !returnUrl) {
      details.return_url = "Required: the absolute http(s) URL to send the user back to.";
    }
    throw validationError(details);
  }
  if (!isAbsoluteHttpUrl(returnUrl)) {
    throw new ApiError(
      422,
      "invalid_target_url",
      "return_url must be an absolute http(s) URL, such as https://yourapp.com/billing/done.",
    );
  }
  return { plan, interval, returnUrl };
}

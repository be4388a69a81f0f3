import "server-only";
import { ROUTES } from "@/lib/routes";

/**
 * Every cookie this app sets: its name and its options, here and nowhere else. All are
 * HttpOnly and SameSite=Lax; Secure (with a name prefix the browser enforces) only when
 * APP_URL is https, so http://localhost keeps working in every browser.
 *
 * proxy.ts imports from here too, so this module stays free of Node-only and request-bound
 * code: names, options and nothing that needs a secret.
 */

export interface CookieOptions {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: string;
  maxAge?: number;
}

interface Secure {
  secureCookies: boolean;
}

const options = (config: Secure, path: string, maxAge?: number): CookieOptions => ({
  httpOnly: true,
  sameSite: "lax",
  secure: config.secureCookies,
  path,
  ...(maxAge === undefined ? {} : { maxAge }),
});

/** A Set-Cookie value, for code that has a Node response instead of next/headers. */
export function setCookieHeader(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path}`];
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  parts.push("HttpOnly", "SameSite=Lax");
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

/** The same cookie removed: a browser only drops it when path and flags match the original. */
export function expired(original: CookieOptions): CookieOptions {
  return { ...original, maxAge: 0 };
}

// The session (lib/session.ts). Its Max-Age follows the session's own limits.

export function sessionCookieName(secure: boolean): string {
  // `__Host-` pins the cookie to this origin and path /, but browsers only take it over https.
  return secure ? "__Host-session" : "session";
}

export function sessionCookieOptions(config: Secure): CookieOptions {
  return options(config, "/");
}

// One cookie per pending sign-in (lib/auth/login-flow.ts), named after its state so tabs
// signing in at once keep their own flow. Only /callback reads them.

export const FLOW_TTL_SECONDS = 10 * 60;
/**
 * Pending sign-ins kept per browser. Each flow cookie is a few hundred bytes and is sent to
 * /callback with every other one: without a cap, a few dozen abandoned sign-ins push the
 * Cookie header past what servers accept (often 8-16 kB) and /callback stops answering.
 */
export const MAX_PENDING_FLOWS = 5;
const FLOW_COOKIE_PATH = ROUTES.callback;
const FLOW_ID = /^[A-Za-z0-9_-]{22}$/;

export function isFlowId(value: string): boolean {
  return FLOW_ID.test(value);
}

export function flowCookieName(flowId: string, config: Secure): string {
  return `${config.secureCookies ? "__Secure-" : ""}imgpro_login_${flowId}`;
}

export function flowCookieOptions(config: Secure): CookieOptions {
  return options(config, FLOW_COOKIE_PATH, FLOW_TTL_SECONDS);
}

/**
 * The ids of the pending flows, newest last. The flow cookies are scoped to /callback, so
 * /login cannot see them: this list, scoped to /login, is how it knows which to expire.
 */
export function flowListCookieName(config: Secure): string {
  return `${config.secureCookies ? "__Secure-" : ""}imgpro_login_pending`;
}

export function flowListCookieOptions(config: Secure): CookieOptions {
  return options(config, ROUTES.login, FLOW_TTL_SECONDS);
}

// "This browser signed in before" (no secret in it): /login then tries prompt=none first.
// Set by a successful sign-in, removed by an explicit sign-out.

export const RETURNING_COOKIE = "imgpro_returning";

export function returningCookieOptions(config: Secure): CookieOptions {
  // 400 days is the longest lifetime browsers honour.
  return options(config, ROUTES.home, 400 * 24 * 60 * 60);
}

// The plan a user had when they left for checkout (app/(app)/billing/checkout-marker.ts).

export const CHECKOUT_FROM_COOKIE = "checkout_from";

export function checkoutMarkerOptions(config: Secure): CookieOptions {
  // Stripe Checkout sessions stay payable for up to a day.
  return options(config, ROUTES.billing, 24 * 60 * 60);
}

import { ROUTES } from "@/lib/routes";
/**
 * Where to send the user after sign-in. Only a path on this app's own origin is kept;
 * anything else (other origins, protocol-relative `//host`, backslash tricks, control
 * characters, schemes such as `javascript:`) falls back to the gallery. Paths that would
 * start the sign-in again are refused too, so sign-in can never loop.
 */
export const DEFAULT_RETURN_TO: string = ROUTES.gallery;

/** proxy.ts tells the page that asked for sign-in where it was, for requireUser. */
export const RETURN_TO_HEADER = "x-return-to";

const PROBE_ORIGIN = "http://return-to.invalid";
const AUTH_PATHS = [ROUTES.login, ROUTES.callback, ROUTES.session];

export function safeReturnTo(value: unknown, fallback = DEFAULT_RETURN_TO): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  // Browsers treat a backslash like a slash and drop tabs and newlines, so `/\evil.com`
  // or `/<tab>/evil.com` would become `//evil.com`: refuse both outright.
  if (!value.startsWith("/") || value.includes("\\") || /[\u0000-\u001f\u007f]/.test(value)) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = url.pathname;
  if (path.startsWith("//")) return fallback;
  if (AUTH_PATHS.some((auth) => path === auth || path.startsWith(`${auth}/`))) return fallback;
  return `${path}${url.search}${url.hash}`;
}

/**
 * Whether a request that changes something (any method but GET and HEAD) was sent by a page
 * of this app. Shared by proxy.ts (which cannot import server-only modules) and the upload
 * route, which the proxy skips.
 *
 * The reference is APP_URL's origin, never the Host header: behind a proxy or a CDN, Host is
 * whatever the last hop set and X-Forwarded-Host is whatever the client sent (Next.js trusts
 * either for its own server-action check), while APP_URL is the public origin the operator
 * configured. A missing Origin and the opaque `null` (sandboxed frames, file: pages, some
 * cross-site redirects) are refused too: browsers send a real Origin on every POST a page of
 * this app makes, so only a handcrafted or hostile request arrives without one.
 */
export const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD"]);

export function isAppOrigin(origin: string | null, appUrl: string | undefined): boolean {
  if (!origin || !appUrl) return false;
  try {
    return origin === new URL(appUrl).origin;
  } catch {
    return false;
  }
}

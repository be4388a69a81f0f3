import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieName } from "@/lib/auth/cookie-names";
import { contentSecurityPolicy, originOf, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

/** The sign-in hand-offs: their URLs may carry a one-time code, so they never send a Referer. */
const AUTH_HANDOFF_PATHS = new Set(["/login", "/callback"]);

/** Paths of the signed-in area. */
const SIGNED_IN_PREFIXES = ["/gallery", "/billing", "/account", "/images", "/api/"];

/**
 * Two jobs, neither of them the lock: security headers with a fresh CSP nonce on every
 * response, and an early redirect to sign-in for signed-in paths without a session cookie.
 * Every page, layout, route handler and server action still checks the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const secure = (process.env.APP_URL ?? "").startsWith("https://");
  const signedInPath = SIGNED_IN_PREFIXES.some((prefix) => pathname.startsWith(prefix));

  if (signedInPath && !request.cookies.has(sessionCookieName(secure))) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json(
        { error: { code: "unauthenticated", message: "Sign in to continue." } },
        { status: 401, headers: { "Cache-Control": "no-store" } },
      );
    }
    const login = new URL("/login", request.url);
    login.searchParams.set("returnTo", `${pathname}${search}`);
    return NextResponse.redirect(login, 303);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({
    nonce,
    cdnOrigin: originOf(process.env.IMGPRO_CDN_URL, "https://src.img.pro"),
    webOrigin: originOf(process.env.IMGPRO_WEB_URL, "https://img.pro"),
    development: process.env.NODE_ENV !== "production",
  });
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-return-to", `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) {
    response.headers.set(name, value);
  }
  // Headers set here win over the route's own, so the hand-offs' policy is set here too.
  if (AUTH_HANDOFF_PATHS.has(pathname)) response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}

export const config = {
  matcher: [
    {
      // Not /api/uploads: with a proxy in front, Next.js buffers a request's whole body in
      // memory and cuts it at 10 MB (proxyClientMaxBodySize). That route checks the session
      // and Origin itself and streams the body on to img.pro.
      source: "/((?!_next/static|_next/image|favicon.ico|api/uploads).*)",
      // Prefetches carry no page of their own to protect.
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};

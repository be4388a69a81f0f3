import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieName } from "@/lib/auth/cookies";
import { RETURN_TO_HEADER } from "@/lib/auth/return-to";
import { renewSessionCookie } from "@/lib/auth/session-renewal";
import { isAppOrigin, SAFE_METHODS } from "@/lib/request-origin";
import {
  contentSecurityPolicy,
  originOf,
  STATIC_SECURITY_HEADERS,
  transportSecurityHeaders,
} from "@/lib/security-headers";
import { DEFAULT_IMGPRO_URLS, edgeConfig } from "@/lib/edge-config";
import { ROUTES, SIGNED_IN_PREFIXES } from "@/lib/routes";

/** The sign-in hand-offs: their URLs may carry a one-time code, so they never send a Referer. */
const AUTH_HANDOFF_PATHS = new Set<string>([ROUTES.login, ROUTES.callback]);

/**
 * Four jobs, none of them the session lock: a clean 403 for a write (a server action is a
 * POST to a page) that no page of this app sent, security headers with a fresh CSP nonce on
 * every response, an early redirect to sign-in for a signed-in page opened without a session
 * cookie, and renewing a session that is used (pages cannot set cookies themselves). Every
 * page, layout, route handler and server action still checks the session itself.
 */
export async function proxy(request: NextRequest) {
  const response = await answer(request);
  // On the early answers too: HSTS protects the next request, whichever this one was.
  for (const [name, value] of Object.entries(transportSecurityHeaders(edgeConfig().appUrl))) {
    response.headers.set(name, value);
  }
  return response;
}

async function answer(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const settings = edgeConfig();
  const appUrl = settings.appUrl;
  const secure = (appUrl ?? "").startsWith("https://");
  const signedInPath = SIGNED_IN_PREFIXES.some((prefix) => pathname.startsWith(prefix));

  // Next.js checks a server action's Origin against Host or X-Forwarded-Host, lets a request
  // without Origin through, and answers a mismatch with a 500. This compares with APP_URL
  // instead (see lib/request-origin) and refuses before any action or route code runs.
  if (!SAFE_METHODS.has(request.method) && !isAppOrigin(request.headers.get("origin"), appUrl)) {
    return NextResponse.json(
      {
        error: {
          code: "cross_site",
          message: "Changes are only accepted from this app's own pages.",
        },
      },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  }

  // Prefetches carry no page of their own to protect. They are let through here rather than
  // left out by the matcher, which cannot tell methods apart: a header a client chooses must
  // not skip the check above.
  if (request.headers.has("next-router-prefetch")) return NextResponse.next();

  if (signedInPath && !request.cookies.has(sessionCookieName(secure))) {
    if (pathname.startsWith(ROUTES.api)) {
      return NextResponse.json(
        { error: { code: "unauthenticated", message: "Sign in to continue." } },
        { status: 401, headers: { "Cache-Control": "no-store" } },
      );
    }
    // Only a page being opened is sent to sign in. A server action (a POST to the page) goes
    // on to its own session check, whose answer ("Your session has ended…") its caller shows:
    // a redirect would reach the caller as a sign-in page it cannot read, and the click as an
    // unexplained error.
    if (SAFE_METHODS.has(request.method)) {
      const login = new URL(ROUTES.login, request.url);
      login.searchParams.set("returnTo", `${pathname}${search}`);
      return NextResponse.redirect(login, 303);
    }
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({
    nonce,
    cdnOrigin: originOf(settings.cdnUrl, DEFAULT_IMGPRO_URLS.cdn),
    webOrigin: originOf(settings.webUrl, DEFAULT_IMGPRO_URLS.web),
    development: settings.development,
  });
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(RETURN_TO_HEADER, `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) {
    response.headers.set(name, value);
  }
  // Headers set here win over the route's own, so the hand-offs' policy is set here too.
  if (AUTH_HANDOFF_PATHS.has(pathname)) response.headers.set("Referrer-Policy", "no-referrer");
  if (signedInPath && !pathname.startsWith(ROUTES.api) && SAFE_METHODS.has(request.method)) {
    await renewSessionCookie(request, response);
  }
  return response;
}

export const config = {
  matcher: [
    {
      // Not /api/uploads: with a proxy in front, Next.js buffers a request's whole body in
      // memory and cuts it at 10 MB (proxyClientMaxBodySize). That route checks the session
      // and Origin itself and streams the body on to img.pro.
      source: "/((?!_next/static|_next/image|favicon.ico|api/uploads).*)",
    },
  ],
};

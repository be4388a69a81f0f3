import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { resolveCallback } from "@/lib/auth/callback";
import {
  expired,
  flowCookieName,
  flowCookieOptions,
  RETURNING_COOKIE,
  returningCookieOptions,
} from "@/lib/auth/cookies";
import { flowIdOf, openFlow } from "@/lib/auth/login-flow";
import { getConfig } from "@/lib/env";
import { exchangeCode } from "@/lib/imgpro/auth";
import { saveSession } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * img.pro's redirect back. The decision lives in resolveCallback; this handler reads the
 * flow cookie for the received state, always expires it (a state works once, whatever the
 * outcome), and answers with a 303 that carries no code, is never cached and sends no
 * Referer onwards.
 */
export async function GET(request: NextRequest) {
  const config = getConfig();
  const params = request.nextUrl.searchParams;
  const state = params.get("state");
  const cookieName = state ? flowCookieName(flowIdOf(state), config) : null;
  const flow = cookieName
    ? await openFlow(request.cookies.get(cookieName)?.value, state as string, config)
    : null;

  const outcome = await resolveCallback(params, flow, exchangeCode);
  // One store for every write (the session's too): Next.js merges it into the response as
  // objects, where a cookie also set on the response object would lose its Max-Age=0.
  const jar = await cookies();
  if (cookieName && request.cookies.has(cookieName)) {
    jar.set(cookieName, "", expired(flowCookieOptions(config)));
  }
  if (outcome.kind === "signed-in") {
    await saveSession(outcome.user);
    jar.set(RETURNING_COOKIE, "1", returningCookieOptions(config));
  }
  return NextResponse.redirect(new URL(outcome.redirectTo, config.appUrl), {
    status: 303,
    headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}

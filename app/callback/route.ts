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
 * flow cookie for the received state, always deletes it (a state works once), and answers
 * with a 303 that carries no code, is never cached and sends no Referer onwards.
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
  if (outcome.kind === "signed-in") await saveSession(outcome.user);

  const response = NextResponse.redirect(new URL(outcome.redirectTo, config.appUrl), {
    status: 303,
    headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
  if (cookieName) {
    response.cookies.set(cookieName, "", expired(flowCookieOptions(config)));
  }
  if (outcome.kind === "signed-in") {
    response.cookies.set(RETURNING_COOKIE, "1", returningCookieOptions(config));
  }
  return response;
}

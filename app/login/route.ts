import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { flowCookieName, flowCookieOptions, RETURNING_COOKIE } from "@/lib/auth/cookies";
import { flowIdOf, newState, sealFlow } from "@/lib/auth/login-flow";
import { safeReturnTo } from "@/lib/auth/return-to";
import { getConfig } from "@/lib/env";
import { connectUrl } from "@/lib/imgpro/auth";
import { getSession } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * Starts "Continue with img.pro": a fresh state in a per-flow sealed cookie, then img.pro's
 * hosted login. A browser that signed in before is first sent with prompt=none.
 */
export async function GET(request: NextRequest) {
  const config = getConfig();
  const params = request.nextUrl.searchParams;
  const returnTo = safeReturnTo(params.get("returnTo"));
  const noStore = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

  if (await getSession()) {
    return NextResponse.redirect(new URL(returnTo, config.appUrl), {
      status: 303,
      headers: noStore,
    });
  }

  const jar = await cookies();
  const interactive = params.get("interactive") === "1";
  const restarted = params.get("restart") === "1";
  const silent = !interactive && !restarted && jar.has(RETURNING_COOKIE);
  const state = newState();

  const response = NextResponse.redirect(connectUrl({ state, silent }), {
    status: 303,
    headers: noStore,
  });
  response.cookies.set(
    flowCookieName(flowIdOf(state), config),
    await sealFlow({ state, returnTo, silent, restarted }, config),
    flowCookieOptions(config),
  );
  return response;
}

import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import {
  expired,
  flowCookieName,
  flowCookieOptions,
  flowListCookieName,
  flowListCookieOptions,
  RETURNING_COOKIE,
} from "@/lib/auth/cookies";
import { flowIdOf, newState, sealFlow } from "@/lib/auth/login-flow";
import { addPendingFlow, parsePendingFlows, serializePendingFlows } from "@/lib/auth/pending-flows";
import { safeReturnTo } from "@/lib/auth/return-to";
import { getConfig } from "@/lib/env";
import { connectUrl } from "@/lib/imgpro/auth";
import { getSession } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * Starts "Continue with img.pro": a fresh state in a per-flow sealed cookie, then img.pro's
 * hosted login. A browser that signed in before, and did not sign out since, is first sent
 * with prompt=none.
 */
export async function GET(request: NextRequest) {
  const config = getConfig();
  const params = request.nextUrl.searchParams;
  const returnTo = safeReturnTo(params.get("returnTo"));
  const noStore = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

  // Next.js's client router fetches /login itself when a page or the proxy redirects here
  // during a client navigation (or a prefetch): followed by fetch, img.pro's hosted login is
  // a cross-origin request the CSP blocks. An answer that is not a page payload makes the
  // router load /login as a document instead, and no flow cookie is spent on a prefetch.
  if (request.headers.has("rsc")) return new NextResponse(null, { status: 204, headers: noStore });

  if (await getSession()) {
    return NextResponse.redirect(new URL(returnTo, config.appUrl), {
      status: 303,
      headers: noStore,
    });
  }

  // Every write goes through this one store: Next.js merges it into the response as objects,
  // where a cookie also set on the response object would be re-parsed and lose its Max-Age.
  const jar = await cookies();
  const interactive = params.get("interactive") === "1";
  const restarted = params.get("restart") === "1";
  const silent = !interactive && !restarted && jar.has(RETURNING_COOKIE);
  const state = newState();
  const id = flowIdOf(state);

  const now = Math.floor(Date.now() / 1000);
  const listName = flowListCookieName(config);
  const { pending, dropped } = addPendingFlow(parsePendingFlows(jar.get(listName)?.value, now), {
    id,
    startedAt: now,
  });
  for (const old of dropped) {
    jar.set(flowCookieName(old, config), "", expired(flowCookieOptions(config)));
  }
  jar.set(listName, serializePendingFlows(pending), flowListCookieOptions(config));
  jar.set(
    flowCookieName(id, config),
    await sealFlow({ state, returnTo, silent, restarted }, config),
    flowCookieOptions(config),
  );
  return NextResponse.redirect(connectUrl({ state, silent }), { status: 303, headers: noStore });
}

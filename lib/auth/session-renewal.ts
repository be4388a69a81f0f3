import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import { sessionCookieName, sessionCookieOptions } from "@/lib/auth/cookies";
import { openSession, renewed, sealSession, secondsLeft } from "@/lib/auth/session-seal";
import { ConfigError, getConfig } from "@/lib/env";

/**
 * The sliding part of the session: a page of the signed-in area that is used renews its
 * cookie, up to the absolute limit. proxy.ts calls this because pages (server components)
 * cannot set cookies. Only for page GETs, which never write the session themselves, so the
 * renewal cannot race a sign-out or a sign-in writing the same cookie in the same response.
 */
export async function renewSessionCookie(
  request: NextRequest,
  response: NextResponse,
  now = Date.now(),
): Promise<void> {
  let config;
  try {
    config = getConfig();
  } catch (error) {
    // Reported at start and by the page itself; renewing is not the place to fail.
    if (error instanceof ConfigError) return;
    throw error;
  }
  const name = sessionCookieName(config.secureCookies);
  const session = await openSession(request.cookies.get(name)?.value, config, now);
  const next = session && renewed(session, config.session, now);
  if (!next) return;
  response.cookies.set(name, await sealSession(next, config, now), {
    ...sessionCookieOptions(config),
    maxAge: secondsLeft(next, config.session, now),
  });
}

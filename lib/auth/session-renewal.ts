import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import { sessionCookieName, sessionCookieOptions } from "@/lib/auth/cookies";
import {
  openSession,
  RENEW_AFTER_MS,
  renewed,
  sealSession,
  secondsLeft,
  type SessionData,
} from "@/lib/auth/session-seal";
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
  const current = request.cookies.get(name)?.value;
  const session = await openSession(current, config, now);
  if (!current || !session) return;
  let next = recentRenewal(current, now);
  if (!next) {
    const data = renewed(session, config.session, now);
    if (!data) return;
    next = { data, sealed: await sealSession(data, config, now) };
    rememberRenewal(current, next);
  }
  response.cookies.set(name, next.sealed, {
    ...sessionCookieOptions(config),
    maxAge: secondsLeft(next.data, config.session, now),
  });
}

/**
 * Cookies renewed in the last minute, by the cookie they replaced. The requests a page
 * starts before its renewed cookie arrives (and a client that never stores it) still carry
 * the old one: they are answered with the same renewal instead of a new seal each, so a
 * session is sealed at most once a minute however it is used.
 */
const RENEWALS_LIMIT = 1000;
const renewals = new Map<string, { data: SessionData; sealed: string }>();

function recentRenewal(replaced: string, now: number) {
  const renewal = renewals.get(replaced);
  if (renewal && now - renewal.data.renewedAt < RENEW_AFTER_MS) return renewal;
  renewals.delete(replaced);
  return null;
}

function rememberRenewal(replaced: string, renewal: { data: SessionData; sealed: string }) {
  if (renewals.size >= RENEWALS_LIMIT) renewals.delete(renewals.keys().next().value!);
  renewals.set(replaced, renewal);
}

import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import {
  expired,
  RETURNING_COOKIE,
  returningCookieOptions,
  sessionCookieName,
  sessionCookieOptions,
} from "@/lib/auth/cookies";
import { RETURN_TO_HEADER, safeReturnTo } from "@/lib/auth/return-to";
import { openSession, sealSession, secondsLeft, type SessionData } from "@/lib/auth/session-seal";
import { getConfig } from "@/lib/env";
import { loginPath } from "@/lib/routes";

/** Only what identifies the user: the img.pro user id (non-secret) and their email. */
export interface SessionUser {
  userId: string;
  email: string;
  connectedAt: number;
}

/**
 * The signed-in user, or null. Cached per request. A session past its idle or absolute
 * limit is no session; proxy.ts renews a live one as it is used (see session-seal).
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const config = getConfig();
  const jar = await cookies();
  const session = await openSession(
    jar.get(sessionCookieName(config.secureCookies))?.value,
    config,
    Date.now(),
  );
  if (!session) return null;
  return { userId: session.userId, email: session.email, connectedAt: session.createdAt };
});

/**
 * The signed-in user, or a redirect to sign in that comes back here. Every page, layout,
 * route handler and server action of the signed-in area calls this itself: proxy.ts is only
 * an early redirect, never the lock.
 */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSession();
  if (user) return user;
  const target = safeReturnTo(returnTo ?? (await headers()).get(RETURN_TO_HEADER));
  redirect(loginPath(target));
}

/** A new session (route handlers and server actions only: they may set cookies). */
export async function saveSession(user: { userId: string; email: string }): Promise<void> {
  const config = getConfig();
  const now = Date.now();
  const session: SessionData = { ...user, createdAt: now, renewedAt: now };
  (await cookies()).set(
    sessionCookieName(config.secureCookies),
    await sealSession(session, config, now),
    {
      ...sessionCookieOptions(config),
      maxAge: secondsLeft(session, config.session, now),
    },
  );
}

export async function destroySession(): Promise<void> {
  const config = getConfig();
  (await cookies()).set(
    sessionCookieName(config.secureCookies),
    "",
    expired(sessionCookieOptions(config)),
  );
}

/**
 * An explicit sign-out: the session ends and the "signed in before" marker goes with it, so
 * /login shows img.pro's hosted page again instead of trying prompt=none. A session that
 * merely expired keeps the marker, and its visitor still reconnects silently.
 */
export async function endSessionAndForgetBrowser(): Promise<void> {
  await destroySession();
  (await cookies()).set(RETURNING_COOKIE, "", expired(returningCookieOptions(getConfig())));
}

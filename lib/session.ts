import "server-only";
import { getIronSession } from "iron-session";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { RETURN_TO_HEADER, safeReturnTo } from "@/lib/auth/return-to";
import { getConfig } from "@/lib/env";
import { sessionOptions, type SessionData, type SessionUser } from "@/lib/session-options";

export { SESSION_TTL_SECONDS, sessionOptions, type SessionUser } from "@/lib/session-options";

/** The mutable session (route handlers and server actions only: they may set cookies). */
export async function getSessionStore() {
  const jar = await cookies();
  const options = sessionOptions(getConfig());
  try {
    return await getIronSession<SessionData>(jar, options);
  } catch {
    // iron-session opens an expired seal, or one sealed with another secret, as an empty
    // session, but throws on a malformed one (a wrong prefix, a non-numeric expiry): that is
    // no session either, not a 500 on every page. A configuration error throws again here.
    return getIronSession<SessionData>({ get: () => undefined, set: jar.set.bind(jar) }, options);
  }
}

/** The signed-in user, or null. Cached per request. */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = await getSessionStore();
  if (!session.userId || !session.email) return null;
  return { userId: session.userId, email: session.email, connectedAt: session.connectedAt ?? 0 };
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
  redirect(`/login?returnTo=${encodeURIComponent(target)}`);
}

export async function saveSession(user: { userId: string; email: string }): Promise<void> {
  const session = await getSessionStore();
  session.userId = user.userId;
  session.email = user.email;
  session.connectedAt = Date.now();
  await session.save();
}

export async function destroySession(): Promise<void> {
  (await getSessionStore()).destroy();
}

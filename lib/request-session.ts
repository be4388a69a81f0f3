import "server-only";
import type { NextApiRequest, NextApiResponse } from "next";
import {
  expired,
  sessionCookieName,
  sessionCookieOptions,
  setCookieHeader,
} from "@/lib/auth/cookies";
import { openSession } from "@/lib/auth/session-seal";
import { getConfig } from "@/lib/env";
import type { SessionUser } from "@/lib/session";

export interface RequestSession {
  user: SessionUser | null;
  /** Ends the session: the response clears the cookie. */
  destroy(): void;
}

/**
 * The session of a pages/api request (which cannot use next/headers): the same cookie and
 * the same limits as lib/session.ts, read through the same session-seal.
 */
export async function getRequestSession(
  request: NextApiRequest,
  response: NextApiResponse,
): Promise<RequestSession> {
  const config = getConfig();
  const name = sessionCookieName(config.secureCookies);
  const session = await openSession(request.cookies[name], config, Date.now());
  return {
    user: session
      ? { userId: session.userId, email: session.email, connectedAt: session.createdAt }
      : null,
    destroy: () =>
      response.appendHeader(
        "Set-Cookie",
        setCookieHeader(name, "", expired(sessionCookieOptions(config))),
      ),
  };
}

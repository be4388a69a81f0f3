import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getIronSession } from "iron-session";
import { getConfig } from "@/lib/env";
import { sessionOptions, type SessionData, type SessionUser } from "@/lib/session-options";

export interface RequestSession {
  user: SessionUser | null;
  /** Ends the session: the response clears the cookie. */
  destroy(): void;
}

/**
 * The session of a plain Node request, for pages/api routes (which cannot use next/headers):
 * the same cookie, options and rules as lib/session.ts.
 */
export async function getRequestSession(
  request: IncomingMessage,
  response: ServerResponse,
): Promise<RequestSession> {
  const options = sessionOptions(getConfig());
  try {
    const session = await getIronSession<SessionData>(request, response, options);
    const { userId, email, connectedAt } = session;
    return {
      user: userId && email ? { userId, email, connectedAt: connectedAt ?? 0 } : null,
      destroy: () => session.destroy(),
    };
  } catch {
    // As in lib/session.ts: a malformed seal is no session, not a 500; opening none at all
    // throws again only for a configuration error.
    const none = { headers: {} } as IncomingMessage;
    const session = await getIronSession<SessionData>(none, response, options);
    return { user: null, destroy: () => session.destroy() };
  }
}

import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Emulator } from "../context";
import { randomToken } from "../ids";
import type { UserRecord } from "../state";
import { ownRecord } from "./records";

/**
 * Namespaced so it cannot collide with the app's own session cookie: cookies ignore ports,
 * and the app and the emulator often share `localhost`.
 */
export const LOGIN_COOKIE = "imgpro_emulator_session";
const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface SignedIn {
  sessionId: string;
  user: UserRecord;
}

/** The browser's img.pro login, if it is still good: unexpired and the account active. */
export function currentLogin(emu: Emulator, c: Context): SignedIn | null {
  const sessionId = getCookie(c, LOGIN_COOKIE);
  if (!sessionId) return null;
  const session = ownRecord(emu.store.state.loginSessions, sessionId);
  const user = session && ownRecord(emu.store.state.users, session.userId);
  if (!session || session.expiresAt <= emu.now() || !user || user.status !== "active") {
    deleteCookie(c, LOGIN_COOKIE, { path: "/" });
    return null;
  }
  return { sessionId, user };
}

export function startLogin(emu: Emulator, c: Context, user: UserRecord): void {
  const sessions = emu.store.state.loginSessions;
  const now = emu.now();
  for (const [id, old] of Object.entries(sessions)) {
    if (old.expiresAt <= now) delete sessions[id];
  }
  // A previous session in this browser is replaced, not left behind as a live credential.
  const previous = getCookie(c, LOGIN_COOKIE);
  if (previous && Object.hasOwn(sessions, previous)) delete sessions[previous];
  const id = randomToken(32);
  sessions[id] = {
    id,
    userId: user.id,
    createdAt: now,
    expiresAt: now + SESSION_TTL_SECONDS * 1000,
  };
  emu.store.changed();
  setCookie(c, LOGIN_COOKIE, id, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    maxAge: SESSION_TTL_SECONDS,
    // Secure only over https, or browsers drop it on http://127.0.0.1.
    secure: emu.publicUrl.startsWith("https:"),
  });
}

export function endLogin(emu: Emulator, c: Context): void {
  const id = getCookie(c, LOGIN_COOKIE);
  if (id && Object.hasOwn(emu.store.state.loginSessions, id)) {
    delete emu.store.state.loginSessions[id];
    emu.store.changed();
  }
  deleteCookie(c, LOGIN_COOKIE, { path: "/" });
}

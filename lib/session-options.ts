import "server-only";
import type { SessionOptions } from "iron-session";
import { sessionCookieName } from "@/lib/auth/cookie-names";
import { ironPasswords, type AppConfig } from "@/lib/env";

/*
 * The session's shape and cookie options, apart from lib/session.ts so that code without
 * next/headers (the upload route in pages/api) can open the same session.
 */

/** Only what identifies the user: the img.pro user id (non-secret) and their email. */
export interface SessionUser {
  userId: string;
  email: string;
  connectedAt: number;
}

export type SessionData = Partial<SessionUser>;

export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

/**
 * Cookie options live here and nowhere else. HttpOnly and SameSite=Lax always; Secure only
 * when APP_URL is https, so http://localhost keeps working in every browser.
 */
export function sessionOptions(config: AppConfig): SessionOptions {
  const secrets = config.sessionSecrets;
  return {
    // iron-session seals with the highest-numbered password and opens with any of them.
    password: ironPasswords(secrets),
    cookieName: sessionCookieName(config.secureCookies),
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: {
      httpOnly: true,
      sameSite: "lax",
      secure: config.secureCookies,
      path: "/",
    },
  };
}

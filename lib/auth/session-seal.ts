import "server-only";
import { sealData, unsealData } from "iron-session";
import { ironPasswords, type AppConfig } from "@/lib/env";

/**
 * What the session cookie holds, sealed with iron-session, and how long it lives: a sliding
 * idle limit renewed by activity, inside an absolute limit counted from sign-in. The limits
 * are checked here on every read; the cookie's Max-Age and the seal's own expiry only make
 * the browser drop it sooner. proxy.ts renews with this too, so it stays free of
 * request-bound code.
 */
export interface SessionData {
  userId: string;
  email: string;
  /** Milliseconds since the epoch: sign-in, and the last renewal. */
  createdAt: number;
  renewedAt: number;
}

type Limits = AppConfig["session"];
type SealConfig = Pick<AppConfig, "sessionSecrets" | "session">;

/** Renewing rewrites the cookie; once a minute is enough for a limit counted in days. */
export const RENEW_AFTER_MS = 60_000;
/** Clocks of several servers disagree a little; iron-session allows the same. */
const CLOCK_SKEW_MS = 60_000;

export function sessionExpiresAt(data: SessionData, limits: Limits): number {
  return Math.min(
    data.renewedAt + limits.idleSeconds * 1000,
    data.createdAt + limits.absoluteSeconds * 1000,
  );
}

export function isSessionLive(data: SessionData, limits: Limits, now: number): boolean {
  return (
    data.createdAt <= now + CLOCK_SKEW_MS &&
    data.renewedAt >= data.createdAt &&
    now < sessionExpiresAt(data, limits)
  );
}

/** Whole seconds left, for the cookie's Max-Age. */
export function secondsLeft(data: SessionData, limits: Limits, now: number): number {
  return Math.max(0, Math.floor((sessionExpiresAt(data, limits) - now) / 1000));
}

/** The session renewed now, or null when it is not live or was renewed a moment ago. */
export function renewed(data: SessionData, limits: Limits, now: number): SessionData | null {
  if (!isSessionLive(data, limits, now) || now - data.renewedAt < RENEW_AFTER_MS) return null;
  return { ...data, renewedAt: now };
}

export async function sealSession(
  data: SessionData,
  config: SealConfig,
  now: number,
): Promise<string> {
  return sealData(data, {
    password: ironPasswords(config.sessionSecrets),
    // The seal ends with the session (plus a minute: iron-session subtracts its clock skew).
    ttl: secondsLeft(data, config.session, now) + 60,
  });
}

/**
 * The live session in a cookie value, or null: missing, forged, sealed with a secret no
 * longer configured, malformed (iron-session throws on some shapes), from before sessions
 * carried their times, or past either limit.
 */
export async function openSession(
  sealed: string | undefined,
  config: SealConfig,
  now: number,
): Promise<SessionData | null> {
  if (!sealed) return null;
  let data: Partial<SessionData>;
  try {
    data = await unsealData<Partial<SessionData>>(sealed, {
      password: ironPasswords(config.sessionSecrets),
    });
  } catch {
    return null;
  }
  const { userId, email, createdAt, renewedAt } = data;
  if (typeof userId !== "string" || !userId || typeof email !== "string") return null;
  if (typeof createdAt !== "number" || typeof renewedAt !== "number") return null;
  const session = { userId, email, createdAt, renewedAt };
  return isSessionLive(session, config.session, now) ? session : null;
}

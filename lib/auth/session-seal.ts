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
  let session = openedSeal(sealed, config);
  if (!session) {
    let data: Partial<SessionData>;
    try {
      data = await unsealData<Partial<SessionData>>(sealed, {
        password: ironPasswords(config.sessionSecrets),
      });
    } catch {
      return null;
    }
    // iron-session answers {} for a seal it cannot open: only a whole session is remembered.
    const { userId, email, createdAt, renewedAt } = data;
    if (typeof userId !== "string" || !userId || typeof email !== "string") return null;
    if (typeof createdAt !== "number" || typeof renewedAt !== "number") return null;
    session = { userId, email, createdAt, renewedAt };
    rememberSeal(sealed, config, session);
  }
  return isSessionLive(session, config.session, now) ? { ...session } : null;
}

/**
 * Seals opened lately, by their exact text. Opening one (two key derivations, a MAC and a
 * decryption in WebCrypto) is the dearest part of a page's session check, and proxy.ts and
 * the page each open the same cookie on every request of a visit. Only seals that opened are
 * kept (a whole session), so forged cookies cannot fill it; each remembers the secrets that opened it (a secret
 * taken out of SESSION_SECRET closes its seals at once) and the seal's own expiry, which
 * iron-session would check. The session's limits are still checked on every read.
 */
const OPENED_LIMIT = 1000;
const opened = new Map<string, { secrets: string; expiresAt: number; data: SessionData }>();

/**
 * iron's `Fe26.2*id*salt*iv*data*expiration*…`: when iron-session stops opening it (the
 * expiration plus its minute of clock skew), or Infinity for a seal without one.
 */
function sealExpiry(sealed: string): number {
  const expiration = Number(sealed.split("*")[5]);
  return expiration > 0 ? expiration + CLOCK_SKEW_MS : Infinity;
}

/** iron-session checks a seal's expiry against the clock, not the caller's `now`: so here. */
function openedSeal(sealed: string, config: SealConfig) {
  const entry = opened.get(sealed);
  if (!entry || entry.secrets !== config.sessionSecrets.join("\n")) return undefined;
  if (Date.now() >= entry.expiresAt) {
    opened.delete(sealed);
    return undefined;
  }
  return entry.data;
}

function rememberSeal(sealed: string, config: SealConfig, data: SessionData) {
  if (opened.size >= OPENED_LIMIT) opened.delete(opened.keys().next().value!);
  opened.set(sealed, {
    secrets: config.sessionSecrets.join("\n"),
    expiresAt: sealExpiry(sealed),
    data,
  });
}

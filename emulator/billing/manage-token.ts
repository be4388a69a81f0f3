import { z } from "zod";
import type { Emulator } from "../context";
import { hmac, safeEqual } from "../ids";

/** How long a manage_url opens the billing page: apps fetch a fresh one on every status call. */
export const MANAGE_TOKEN_LIFETIME_MS = 60 * 60 * 1000;

// Domain-separates these signatures from anything else signed with the same state key.
const PURPOSE = "billing-manage";

const payloadSchema = z.object({ a: z.string().min(1), u: z.string().min(1), e: z.number() });

export type ManageTokenCheck =
  { ok: true; appId: string; userId: string } | { ok: false; reason: "invalid" | "expired" };

export function signManageToken(key: string, appId: string, userId: string, now: number): string {
  const payload = Buffer.from(
    JSON.stringify({ a: appId, u: userId, e: now + MANAGE_TOKEN_LIFETIME_MS }),
  ).toString("base64url");
  return `${payload}.${hmac(key, `${PURPOSE}.${payload}`)}`;
}

/**
 * The signature is checked over the payload exactly as received, before decoding it, so a
 * token whose payload was edited (another user, a later expiry) is simply invalid.
 */
export function verifyManageToken(
  key: string,
  token: string | undefined,
  now: number,
): ManageTokenCheck {
  const [payload, signature, ...rest] = (token ?? "").split(".");
  if (!payload || !signature || rest.length > 0) return { ok: false, reason: "invalid" };
  if (!safeEqual(signature, hmac(key, `${PURPOSE}.${payload}`))) {
    return { ok: false, reason: "invalid" };
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const parsed = payloadSchema.safeParse(decoded);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  if (parsed.data.e <= now) return { ok: false, reason: "expired" };
  return { ok: true, appId: parsed.data.a, userId: parsed.data.u };
}

/** The `manage_url` handed to apps: opaque to them, it opens /billing for one user of one app. */
export function manageUrl(emu: Emulator, appId: string, userId: string): string {
  const token = signManageToken(emu.store.state.signingKey, appId, userId, emu.now());
  return `${emu.publicUrl}/billing?t=${encodeURIComponent(token)}`;
}

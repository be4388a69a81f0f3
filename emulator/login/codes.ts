import type { Emulator } from "../context";
import { randomToken } from "../ids";
import type { AuthCodeRecord } from "../state";

/** img.pro documents "~60 seconds"; the emulator holds apps to exactly that. */
export const AUTH_CODE_TTL_MS = 60_000;

/**
 * Mints the one-time code handed to the app's callback. Only the hosted login routes
 * call this: a code is proof that a person just signed in and consented, so nothing
 * else may create one. 32 random bytes keep it far beyond guessing.
 */
export function mintAuthCode(emu: Emulator, appId: string, userId: string): string {
  const now = emu.now();
  const codes = emu.store.state.codes;
  // Expired codes can never be exchanged, so dropping them changes no answer.
  for (const [key, record] of Object.entries(codes)) {
    if (record.expiresAt <= now) delete codes[key];
  }
  const record: AuthCodeRecord = {
    code: randomToken(32),
    appId,
    userId,
    expiresAt: now + AUTH_CODE_TTL_MS,
    usedAt: null,
  };
  codes[record.code] = record;
  emu.store.changed();
  return record.code;
}

import type { Checked } from "./rules";

const UNIT_SECONDS = { m: 60, h: 60 * 60, d: 24 * 60 * 60 } as const;
export const MIN_TTL_SECONDS = 5 * UNIT_SECONDS.m;
export const MAX_TTL_SECONDS = 90 * UNIT_SECONDS.d;

const TTL = /^(\d+)([mhd])?$/;
const TTL_HINT =
  "Use whole seconds (300 to 7776000) or a duration from 5m to 90d, like 30m, 12h or 7d.";

/**
 * `ttl`, in seconds. The API Reference gives two forms, "seconds (e.g., 3600) or duration
 * (5m–90d)", and types it as a string on both upload and import. Read strictly, so an app that
 * passes here passes at img.pro: a string of digits, optionally followed by one lowercase unit
 * `m`, `h` or `d` (no `s`, weeks, decimals, spaces or combinations like `1h30m`), and the
 * 5-minute to 90-day range holds for the seconds form too. A JSON number is refused.
 */
export function checkTtl(value: unknown): Checked<number> {
  if (typeof value !== "string") return { ok: false, error: `ttl must be a string. ${TTL_HINT}` };
  const match = TTL.exec(value);
  if (!match) return { ok: false, error: `Not a ttl. ${TTL_HINT}` };
  const unit = match[2] as keyof typeof UNIT_SECONDS | undefined;
  const seconds = Number(match[1]) * (unit ? UNIT_SECONDS[unit] : 1);
  if (seconds < MIN_TTL_SECONDS || seconds > MAX_TTL_SECONDS) {
    return { ok: false, error: `A ttl must be from 5 minutes to 90 days. ${TTL_HINT}` };
  }
  return { ok: true, value: seconds };
}

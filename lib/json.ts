/**
 * Guards for reading JSON whose shape nobody promised: img.pro's answers (every reshaper in
 * lib/imgpro treats them as untrusted) and, in the browser, the app's own routes' answers.
 */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const finiteNumber = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

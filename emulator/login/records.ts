/**
 * State maps are plain objects keyed by values that arrive from browsers and apps
 * (`?app=constructor`, `{"code":"__proto__"}`). A bare `record[key]` would hand back
 * Object.prototype members, so every lookup of an outside key goes through here.
 */
export function ownRecord<T>(records: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(records, key) ? records[key] : undefined;
}

/**
 * The part of the configuration proxy.ts needs, readable on the edge runtime (lib/env.ts is
 * server-only and validates everything with zod). Public values only, read on each call so
 * nothing is captured at build time. lib/env.ts takes its defaults from here too.
 */
export const DEFAULT_IMGPRO_URLS = {
  api: "https://api.img.pro",
  web: "https://img.pro",
  cdn: "https://src.img.pro",
} as const;

export function edgeConfig() {
  return {
    /** APP_URL as set (validated by lib/env.ts at start); undefined when unset. */
    appUrl: process.env.APP_URL,
    cdnUrl: process.env.IMGPRO_CDN_URL,
    webUrl: process.env.IMGPRO_WEB_URL,
    development: process.env.NODE_ENV !== "production",
  };
}

import "server-only";
import { z } from "zod";
import { IMGPRO_MAX_UPLOAD_BYTES, VERCEL_BODY_LIMIT_BYTES } from "@/lib/limits";
import { DEFAULT_IMGPRO_URLS } from "@/lib/edge-config";

/**
 * Server configuration, validated once. Every problem is reported at the same time,
 * each naming the variable and what to do, so a misconfigured deployment fails loudly
 * at start instead of half-working (and never falls back to the local emulator).
 */

const url = (name: string, hint: string) =>
  z
    .url({
      protocol: /^https?$/,
      error: (issue) =>
        issue.input === undefined
          ? `${name} is missing. ${hint}`
          : `${name} must be an absolute http(s) URL. ${hint}`,
    })
    .transform((value) => value.replace(/\/+$/, ""));

/** Browsers keep a cookie for at most 400 days, whatever it asks for. */
const MAX_COOKIE_SECONDS = 400 * 24 * 60 * 60;

function seconds(name: string, example: string) {
  return z.coerce
    .number({ error: `${name} must be a number of seconds, e.g. ${example}.` })
    .int(`${name} must be a whole number of seconds.`)
    .min(60, `${name} must be at least 60 (one minute).`)
    .max(MAX_COOKIE_SECONDS, `${name} can be at most ${MAX_COOKIE_SECONDS} (400 days).`)
    .optional();
}

const schema = z.object({
  IMGPRO_APP_ID: z
    .string({ error: "IMGPRO_APP_ID is missing. Copy the public app id from img.pro's Apps page." })
    .trim(),
  IMGPRO_SECRET_KEY: z
    .string({
      error:
        "IMGPRO_SECRET_KEY is missing. Set it to the machine secret (img_sk_live_…) shown once when you registered the app.",
    })
    .trim(),
  IMGPRO_API_URL: url("IMGPRO_API_URL", "Leave it unset for https://api.img.pro.").default(
    DEFAULT_IMGPRO_URLS.api,
  ),
  IMGPRO_WEB_URL: url("IMGPRO_WEB_URL", "Leave it unset for https://img.pro.").default(
    DEFAULT_IMGPRO_URLS.web,
  ),
  IMGPRO_CDN_URL: url("IMGPRO_CDN_URL", "Leave it unset for https://src.img.pro.").default(
    DEFAULT_IMGPRO_URLS.cdn,
  ),
  APP_URL: url(
    "APP_URL",
    "Set it to this app's public origin, e.g. https://photos.example.com (the redirect URI registered at img.pro is APP_URL/callback).",
  ),
  // Several secrets separated by commas rotate the session key: the first seals new
  // cookies, every one of them still opens cookies sealed before the rotation.
  SESSION_SECRET: z
    .string({
      error:
        "SESSION_SECRET is missing. Generate one with `openssl rand -base64 32` (at least 32 characters).",
    })
    .transform((value) =>
      value
        .split(",")
        .map((secret) => secret.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .min(
              32,
              "SESSION_SECRET must be at least 32 characters. Generate one with `openssl rand -base64 32`.",
            ),
        )
        .min(1, "SESSION_SECRET is empty. Generate one with `openssl rand -base64 32`."),
    ),
  // The deployment's request-body limit. Vercel functions take 4.5 MB (read as 4,500,000
  // bytes, the stricter reading); elsewhere uploads may reach img.pro's own 70 MB.
  UPLOAD_MAX_BYTES: z.coerce
    .number({ error: "UPLOAD_MAX_BYTES must be a number of bytes, e.g. 4500000." })
    .int("UPLOAD_MAX_BYTES must be a whole number of bytes.")
    .min(1024, "UPLOAD_MAX_BYTES must be at least 1024 bytes.")
    .optional(),
  // How long one upload may take from its first byte to img.pro's answer before the app
  // gives up and tells the browser. A platform ends a function at its maximum duration
  // (Vercel: 300 s by default) without a word to the user, so on Vercel the app stops first.
  IMGPRO_UPLOAD_TIMEOUT_MS: z.coerce
    .number({ error: "IMGPRO_UPLOAD_TIMEOUT_MS must be a number of milliseconds, e.g. 240000." })
    .int("IMGPRO_UPLOAD_TIMEOUT_MS must be a whole number of milliseconds.")
    .min(1000, "IMGPRO_UPLOAD_TIMEOUT_MS must be at least 1000 (one second).")
    .max(3_600_000, "IMGPRO_UPLOAD_TIMEOUT_MS can be at most 3600000 (one hour).")
    .optional(),
  // How long any other call to img.pro (a list, a save, a delete, the sign-in exchange) may
  // take per attempt before the app gives up and says so.
  IMGPRO_TIMEOUT_MS: z.coerce
    .number({ error: "IMGPRO_TIMEOUT_MS must be a number of milliseconds, e.g. 15000." })
    .int("IMGPRO_TIMEOUT_MS must be a whole number of milliseconds.")
    .min(1000, "IMGPRO_TIMEOUT_MS must be at least 1000 (one second).")
    .max(120_000, "IMGPRO_TIMEOUT_MS can be at most 120000 (two minutes).")
    .optional(),
  // Sliding session lifetime: activity renews the cookie until it has been idle this long,
  // but never beyond the absolute limit counted from sign-in.
  SESSION_IDLE_SECONDS: seconds("SESSION_IDLE_SECONDS", "604800 (7 days)"),
  SESSION_ABSOLUTE_SECONDS: seconds("SESSION_ABSOLUTE_SECONDS", "2592000 (30 days)"),
  VERCEL: z.string().optional(),
});

export const DEFAULT_SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60;
export const DEFAULT_SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;

/** 70 MB over a slow connection takes minutes; a hang still ends. */
export const DEFAULT_UPLOAD_TIMEOUT_MS = 10 * 60_000;
/** A minute inside Vercel's default 300 s function duration. */
export const VERCEL_UPLOAD_TIMEOUT_MS = 240_000;

/** Long enough for img.pro under load; short enough that a user is not left waiting. */
export const DEFAULT_CALL_TIMEOUT_MS = 15_000;

/** The iron-session password map: sealed with the newest secret, opened with any. */
export function ironPasswords(secrets: readonly string[]): Record<number, string> {
  return Object.fromEntries(secrets.map((secret, index) => [secrets.length - index, secret]));
}

export interface AppConfig {
  imgpro: {
    appId: string;
    secretKey: string;
    apiUrl: string;
    webUrl: string;
    cdnUrl: string;
  };
  appUrl: string;
  redirectUri: string;
  /** True when the app is served over https: cookies must then be Secure. */
  secureCookies: boolean;
  sessionSecrets: [string, ...string[]];
  /** The largest request body this deployment accepts (see UPLOAD_MAX_BYTES). */
  uploadMaxBytes: number;
  /** How long one upload may take before the app gives up (see IMGPRO_UPLOAD_TIMEOUT_MS). */
  uploadTimeoutMs: number;
  /** How long one attempt of any other call may take (see IMGPRO_TIMEOUT_MS). */
  callTimeoutMs: number;
  /** See SESSION_IDLE_SECONDS and SESSION_ABSOLUTE_SECONDS. */
  session: { idleSeconds: number; absoluteSeconds: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The app is not configured:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "Set these in .env.local (or your host's environment variables); .env.example documents each one.",
    );
    this.name = "ConfigError";
  }
}

type Source = Record<string, string | undefined>;

export function parseConfig(source: Source): AppConfig {
  // An empty or blank variable means "unset": its default applies, or it is reported missing.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => issue.message));
  }
  const env = result.data;
  const session = {
    idleSeconds: env.SESSION_IDLE_SECONDS ?? DEFAULT_SESSION_IDLE_SECONDS,
    absoluteSeconds: env.SESSION_ABSOLUTE_SECONDS ?? DEFAULT_SESSION_ABSOLUTE_SECONDS,
  };
  if (session.idleSeconds > session.absoluteSeconds) {
    throw new ConfigError([
      `SESSION_IDLE_SECONDS (${session.idleSeconds}) must not exceed SESSION_ABSOLUTE_SECONDS (${session.absoluteSeconds}): no session outlives its absolute limit.`,
    ]);
  }
  const [firstSecret, ...olderSecrets] = env.SESSION_SECRET;
  return {
    imgpro: {
      appId: env.IMGPRO_APP_ID,
      secretKey: env.IMGPRO_SECRET_KEY,
      apiUrl: env.IMGPRO_API_URL,
      webUrl: env.IMGPRO_WEB_URL,
      cdnUrl: env.IMGPRO_CDN_URL,
    },
    appUrl: env.APP_URL,
    redirectUri: `${env.APP_URL}/callback`,
    secureCookies: env.APP_URL.startsWith("https://"),
    sessionSecrets: [firstSecret as string, ...olderSecrets],
    uploadMaxBytes: Math.min(
      env.UPLOAD_MAX_BYTES ??
        (env.VERCEL === "1" ? VERCEL_BODY_LIMIT_BYTES : IMGPRO_MAX_UPLOAD_BYTES),
      IMGPRO_MAX_UPLOAD_BYTES,
    ),
    uploadTimeoutMs:
      env.IMGPRO_UPLOAD_TIMEOUT_MS ??
      (env.VERCEL === "1" ? VERCEL_UPLOAD_TIMEOUT_MS : DEFAULT_UPLOAD_TIMEOUT_MS),
    callTimeoutMs: env.IMGPRO_TIMEOUT_MS ?? DEFAULT_CALL_TIMEOUT_MS,
    session,
  };
}

let cached: AppConfig | undefined;

/** The validated configuration; throws ConfigError naming every missing or bad variable. */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

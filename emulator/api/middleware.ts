import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import type { ApiEnv, Emulator } from "../context";
import { ApiError, validationError } from "../errors";
import { safeEqual, sha256 } from "../ids";
import { workspaceKey } from "../state";
import { quotaHeaders } from "./usage";

/** Paths that authenticate the app only: no user to act on. */
const APP_ONLY_PATHS = new Set(["/v1/auth/exchange"]);

/**
 * What the API Reference allows with no Authorization header at all: upload and import
 * ("Authentication optional") and reading one media item ("Public media can be fetched
 * without authentication"). Only those: the newest generation's anonymous POST /v1/images
 * is not in the two pages the emulator follows, so it needs a key here. A header that is
 * present but wrong is always 401, never a fallback to anonymous.
 */
function anonymousAccess(method: string, path: string): "create" | "read" | null {
  if (method === "POST" && (path === "/v1/upload" || path === "/v1/import")) return "create";
  if (method === "GET" && /^\/v1\/media\/[^/]+$/.test(path)) return "read";
  return null;
}

/**
 * The socket's address. X-Forwarded-For is not trusted: the emulator is reached directly, and
 * a header anyone can set would let a caller pick its own rate-limit bucket.
 */
function clientIp(c: Context<ApiEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // Not served by Node's HTTP server (no socket to ask).
    return "unknown";
  }
}

/**
 * Keyed and anonymous callers alike get a `wait` action with Retry-After. The newest errors
 * page also has a `signup` action for anonymous callers, but no wording for when it is used;
 * `wait` is the one a client can act on without guessing.
 */
function rateLimited(wait: number): ApiError {
  return new ApiError(429, "rate_limited", `Too many requests. Retry in ${wait} seconds.`, {
    action: { type: "wait", retry_after: wait },
    headers: { "Retry-After": String(wait) },
  });
}

/**
 * The App API sandbox, in the order img.pro's docs imply: the machine secret (401), the
 * app's standing (403 app_suspended), the rate limit (429), then the user: `X-Img-User`
 * required on data calls (422), and a user who is not this app's, or is gone, is
 * 403 user_forbidden, never 404, so an app cannot probe for users. Before all that, a call the
 * API Reference allows without a key, sent with no Authorization header, goes on anonymously
 * (uploads and imports under their per-IP limit).
 */
export function apiAuth(emu: Emulator): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    const anonymous = header === undefined ? anonymousAccess(c.req.method, c.req.path) : null;
    if (anonymous) {
      const ip = clientIp(c);
      if (anonymous === "create") {
        const wait = emu.anonymousLimiter.take(ip, emu.now());
        if (wait !== null) throw rateLimited(wait);
      }
      c.set("anonymous", { ip });
      return next();
    }
    const match = /^Bearer\s+(\S+)$/i.exec((header ?? "").trim());
    if (!match) throw new ApiError(401, "unauthorized", "Missing or invalid API key.");
    const secretHash = sha256(match[1] as string);
    const app = Object.values(emu.store.state.apps).find((candidate) =>
      safeEqual(candidate.secretHash, secretHash),
    );
    if (!app) throw new ApiError(401, "unauthorized", "Missing or invalid API key.");
    const userId = c.req.header("x-img-user")?.trim();
    if (app.suspended || (userId && app.suspendedFor?.includes(userId))) {
      throw new ApiError(
        403,
        "app_suspended",
        "This app has been suspended by an img.pro operator.",
      );
    }
    const wait = emu.rateLimiter.take(app.id, emu.now());
    if (wait !== null) throw rateLimited(wait);
    c.set("app", app);
    if (APP_ONLY_PATHS.has(c.req.path)) return next();

    if (!userId) {
      throw validationError({
        "X-Img-User": "The X-Img-User header is required on App API data calls.",
      });
    }
    const user = emu.store.state.users[userId];
    const workspace = emu.store.state.workspaces[workspaceKey(app.id, userId)];
    if (!user || user.status !== "active" || !workspace) {
      throw new ApiError(403, "user_forbidden", "This user is not connected to this app.");
    }
    c.set("user", user);
    c.set("workspace", workspace);
    await next();
    // After the handler, so an upload or delete is already reflected.
    for (const [name, value] of Object.entries(quotaHeaders(emu, workspace))) {
      c.res.headers.set(name, value);
    }
  };
}

import type { Context } from "hono";
import type { ApiEnv, Emulator } from "../context";
import { ApiError, validationError } from "../errors";

/** Keys are kept for a day, as is usual for idempotency windows (img.pro does not say). */
const RETENTION_MS = 24 * 60 * 60 * 1000;
const REPLAYED_HEADERS = ["content-type", "x-deduplicated", "location"];

/**
 * Runs `handler` at most once per Idempotency-Key. The key is scoped to the app and the
 * user (an anonymous caller: its IP), the method and the path. The same key with the same request replays the first response;
 * with a different request (by `fingerprint`: the parsed fields and the file's hash, the
 * newer of the two rules img.pro's docs have given: docs/imgpro-api.md#idempotency-matching) it is 409 idempotency_key_conflict; while
 * the first is still running, 409 idempotency_key_in_progress. Failed requests (the handler
 * throws, as for every 4xx/5xx) are not stored, so a retry after an error runs again.
 */
export async function withIdempotency(
  emu: Emulator,
  c: Context<ApiEnv>,
  fingerprint: string,
  handler: () => Promise<Response>,
): Promise<Response> {
  const key = c.req.header("idempotency-key")?.trim();
  if (!key) return handler();
  if (key.length > 255) {
    throw validationError({ "Idempotency-Key": "At most 255 characters." });
  }
  const user = c.get("user");
  const anonymous = c.get("anonymous");
  const caller = anonymous ? `anonymous@${anonymous.ip}` : `${c.get("app").id}:${user?.id ?? "-"}`;
  const scope = `${caller}:${c.req.method}:${c.req.path}`;
  const id = `${scope}:${key}`;
  const records = emu.store.state.idempotency;
  const now = emu.now();
  const existing = records[id];
  if (existing && now - existing.createdAt < RETENTION_MS) {
    if (existing.fingerprint !== fingerprint) {
      throw new ApiError(
        409,
        "idempotency_key_conflict",
        "This Idempotency-Key was already used with a different request.",
      );
    }
    if (existing.state === "in_progress") {
      throw new ApiError(
        409,
        "idempotency_key_in_progress",
        "A request with this Idempotency-Key is still being processed. Retry shortly.",
        { headers: { "Retry-After": "1" } },
      );
    }
    return new Response(existing.body, {
      status: existing.status,
      headers: { ...existing.headers, "Idempotent-Replayed": "true" },
    });
  }
  records[id] = {
    scope,
    key,
    fingerprint,
    state: "in_progress",
    status: 0,
    headers: {},
    body: "",
    createdAt: now,
  };
  try {
    const response = await handler();
    const body = await response.text();
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    records[id] = { ...records[id]!, state: "done", status: response.status, headers, body };
    emu.store.changed();
    return new Response(body, { status: response.status, headers: response.headers });
  } catch (error) {
    delete records[id];
    throw error;
  }
}

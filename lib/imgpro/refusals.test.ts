import { describe, expect, it } from "vitest";
import { KNOWN_CODES, isKnownCode } from "./error-codes";
import { REFUSALS, refusalFor, refusalMessage, type RefusedCall } from "./refusals";

const call = (code: string, more: Partial<RefusedCall> = {}): RefusedCall => ({
  status: 400,
  code,
  message: "img.pro's words.",
  details: {},
  retryAfter: null,
  ...more,
});

/**
 * The docs' error lists, code by code: the API Reference's, the newest error reference's and
 * the App API page's. Each row: our routes' status, whether the session ends, where the user
 * goes (a redirect) and what they are offered (a link).
 */
const DOCUMENTED: [
  code: string,
  status: number,
  endsSession: boolean,
  redirectTo: string | null,
  link: string | null,
][] = [
  ["unauthorized", 500, false, "/sign-in-problem?reason=config", null],
  ["forbidden", 403, false, null, null],
  ["quota_exceeded", 403, false, null, "/billing"],
  ["registration_closed", 403, false, null, null],
  ["key_limit_reached", 403, false, null, null],
  ["not_found", 404, false, null, null],
  ["external_id_duplicate", 409, false, null, null],
  ["validation_error", 422, false, null, null],
  ["rate_limited", 429, false, null, null],
  ["upload_failed", 502, false, null, null],
  ["import_failed", 502, false, null, null],
  ["fetch_failed", 422, false, null, null],
  ["bad_request", 400, false, null, null],
  ["media_locked", 403, false, null, null],
  ["idempotency_key_conflict", 409, false, null, null],
  ["idempotency_key_in_progress", 409, false, null, null],
  ["update_failed", 502, false, null, null],
  ["delete_failed", 502, false, null, null],
  ["invalid_code", 400, false, "/login", null],
  ["user_forbidden", 401, true, "/?notice=disconnected", null],
  ["app_suspended", 403, false, "/suspended", null],
  ["already_subscribed", 409, false, null, "/billing/manage"],
  ["invalid_target_url", 500, false, null, null],
];

describe("the refusal table", () => {
  it.each(DOCUMENTED)("%s answers %i", (code, status, endsSession, redirectTo, link) => {
    expect(isKnownCode(code)).toBe(true);
    const refusal = refusalFor(call(code));
    expect(refusal).toMatchObject({ status, endsSession, redirectTo });
    expect(refusal.link?.href ?? null).toBe(link);
    expect(refusalMessage(call(code))).toMatch(/\S/);
  });

  it("knows every documented code and nothing undocumented but the client's own", () => {
    const documented = DOCUMENTED.map(([code]) => code);
    expect([...KNOWN_CODES].sort()).toEqual(
      [...documented, "timeout", "network_error", "invalid_response"].sort(),
    );
    expect(Object.keys(REFUSALS).sort()).toEqual([...KNOWN_CODES].sort());
  });

  it("answers a refused machine secret the same everywhere, never as a 503 to retry", () => {
    expect(refusalFor(call("unauthorized", { status: 401 })).status).toBe(500);
  });

  it("says how long to wait and where the first field problem is", () => {
    expect(refusalMessage(call("rate_limited", { retryAfter: 12 }))).toBe(
      "img.pro is busy. Try again in 12 seconds.",
    );
    expect(
      refusalMessage(call("validation_error", { details: { tags: ["Too many tags."] } })),
    ).toBe("Too many tags.");
  });

  it("keeps an unknown code's own words and a status the browser can act on", () => {
    expect(refusalFor(call("brand_new", { status: 418 })).status).toBe(418);
    expect(refusalFor(call("server_error", { status: 500 })).status).toBe(502);
    expect(refusalFor(call("service_unavailable", { status: 503 })).status).toBe(503);
    expect(refusalMessage(call("brand_new"))).toBe("img.pro's words.");
  });
});

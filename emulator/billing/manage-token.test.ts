import { describe, expect, it } from "vitest";
import { MANAGE_TOKEN_LIFETIME_MS, signManageToken, verifyManageToken } from "./manage-token";

const KEY = "test-signing-key";
const NOW = 1_700_000_000_000;

describe("manage tokens", () => {
  it("round-trips the app and user until it expires", () => {
    const token = signManageToken(KEY, "app1", "user1", NOW);
    expect(verifyManageToken(KEY, token, NOW + 1000)).toEqual({
      ok: true,
      appId: "app1",
      userId: "user1",
    });
    expect(verifyManageToken(KEY, token, NOW + MANAGE_TOKEN_LIFETIME_MS)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("rejects a token signed with another key, edited, or malformed", () => {
    const token = signManageToken(KEY, "app1", "user1", NOW);
    const [, signature] = token.split(".");
    const otherPayload = signManageToken(KEY, "app1", "user2", NOW).split(".")[0];
    const invalid = { ok: false, reason: "invalid" };
    expect(verifyManageToken("other-key", token, NOW)).toEqual(invalid);
    expect(verifyManageToken(KEY, `${otherPayload}.${signature}`, NOW)).toEqual(invalid);
    for (const bad of [undefined, "", "abc", `${token}.x`, `.${signature}`, `${token}x`]) {
      expect(verifyManageToken(KEY, bad, NOW), String(bad)).toEqual(invalid);
    }
  });
});

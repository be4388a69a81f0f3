import { describe, expect, it } from "vitest";
import { DEMO_APP, errorCode, useEmulator } from "./harness";
import { signIn, type LoginLink } from "./login-flow";

const demo: LoginLink = { appId: DEMO_APP.id, redirectUri: "http://localhost:3000/callback" };

describe("POST /v1/auth/exchange", () => {
  const emulator = useEmulator();

  async function freshCode(email = "jane@example.com", link = demo) {
    const { callback } = await signIn(emulator.url, { ...link, email });
    const code = callback.searchParams.get("code");
    if (!code) throw new Error(`no code in ${callback}`);
    return code;
  }

  const exchange = (code: unknown, secret?: string) =>
    emulator.api("POST", "/v1/auth/exchange", { json: { code }, secret });

  async function expectInvalidCode(response: Response) {
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_code");
    expect(body.error.message).toMatch(/restart hosted login/i);
  }

  it("trades a code for the app and the verified user", async () => {
    const response = await exchange(await freshCode());
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: { id: string } };
    expect(body).toEqual({
      object: "auth_context",
      app: { id: DEMO_APP.id, object: "app", name: DEMO_APP.name },
      user: { id: body.user.id, object: "user", email: "jane@example.com", verified: true },
    });
    expect(body.user.id).toMatch(/^[a-z0-9]+$/);
    // The id is the one the API then accepts as X-Img-User.
    expect((await emulator.api("GET", "/v1/usage", { user: body.user.id })).status).toBe(200);
  });

  it("gives the same user id on every sign-in with the same email", async () => {
    const first = (await (await exchange(await freshCode())).json()) as { user: { id: string } };
    const second = (await (await exchange(await freshCode())).json()) as { user: { id: string } };
    expect(second.user.id).toBe(first.user.id);
  });

  it("accepts a code only once", async () => {
    const code = await freshCode();
    expect((await exchange(code)).status).toBe(200);
    await expectInvalidCode(await exchange(code));
  });

  it("refuses a code 61 seconds after it was minted", async () => {
    const code = await freshCode();
    await emulator.control("POST", "/clock", { advance_seconds: 61 });
    await expectInvalidCode(await exchange(code));
  });

  it("refuses another app's code without spending it", async () => {
    const other = await emulator.createApp();
    const code = await freshCode("jane@example.com", {
      appId: other.id,
      redirectUri: other.redirect_uris[0] ?? "",
    });
    await expectInvalidCode(await exchange(code));
    const own = await exchange(code, other.secret);
    expect(own.status).toBe(200);
    expect(((await own.json()) as { app: { id: string } }).app.id).toBe(other.id);
  });

  it("refuses codes it never minted", async () => {
    for (const code of ["garbage", "__proto__", "constructor", "x".repeat(5000)]) {
      await expectInvalidCode(await exchange(code));
    }
  });

  it("answers validation_error naming code for a missing, non-string or non-JSON code", async () => {
    const responses = [
      await emulator.api("POST", "/v1/auth/exchange", { json: {} }),
      await exchange(12345),
      await exchange(""),
      await emulator.api("POST", "/v1/auth/exchange", { json: ["code"] }),
      await emulator.api("POST", "/v1/auth/exchange", { json: null }),
      await emulator.api("POST", "/v1/auth/exchange", { body: "code=abc" }),
      await emulator.api("POST", "/v1/auth/exchange"),
    ];
    for (const response of responses) {
      expect(response.status).toBe(422);
      const body = (await response.json()) as { error: { code: string; details: object } };
      expect(body.error.code).toBe("validation_error");
      expect(Object.keys(body.error.details)).toEqual(["code"]);
    }
  });

  it("answers 401 unauthorized for a wrong secret, leaving the code usable", async () => {
    const code = await freshCode();
    const response = await exchange(code, "img_sk_live_wrong");
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe("unauthorized");
    expect((await exchange(code)).status).toBe(200);
  });

  it("answers 403 user_forbidden when the account was deleted since sign-in", async () => {
    const code = await freshCode();
    const users = await emulator.control<{ data: { id: string }[] }>("GET", "/users");
    await emulator.control("DELETE", `/users/${users.data[0]?.id}`);
    const response = await exchange(code);
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("user_forbidden");
  });
});

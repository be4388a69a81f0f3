import { describe, expect, it } from "vitest";
import { DEMO_APP, useEmulator } from "./harness";
import { connectUrl, expectErrorPage, signIn, type LoginLink } from "./login-flow";

const REDIRECT = "http://localhost:3000/callback";
const demo = { appId: DEMO_APP.id, redirectUri: REDIRECT };
const STATE = "silent state/with+symbols&=";

describe("hosted login: silent reconnect (prompt=none)", () => {
  const emulator = useEmulator();

  const silent = (link: LoginLink, cookie?: string) =>
    fetch(connectUrl(emulator.url, { ...link, prompt: "none" }), {
      headers: cookie ? { cookie } : {},
      redirect: "manual",
    });

  const callbackOf = (response: Response) => {
    expect(response.status).toBe(302);
    return new URL(response.headers.get("location") ?? "");
  };

  it("redirects straight back with a code that exchanges, for a signed-in and connected user", async () => {
    const { cookie } = await signIn(emulator.url, { ...demo, email: "jane@example.com" });
    const response = await silent({ ...demo, state: STATE }, cookie);
    const callback = callbackOf(response);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT);
    expect(callback.searchParams.get("state")).toBe(STATE);
    const code = callback.searchParams.get("code") ?? "";
    const exchanged = await emulator.api("POST", "/v1/auth/exchange", { json: { code } });
    expect(exchanged.status).toBe(200);
    const body = (await exchanged.json()) as { user: { email: string } };
    expect(body.user.email).toBe("jane@example.com");
  });

  it("answers interaction_required without a login session", async () => {
    const withState = callbackOf(await silent({ ...demo, state: STATE }));
    expect(withState.searchParams.get("error")).toBe("interaction_required");
    expect(withState.searchParams.get("state")).toBe(STATE);
    expect(withState.searchParams.has("code")).toBe(false);
    const withoutState = await silent(demo);
    expect(withoutState.headers.get("location")).toBe(`${REDIRECT}?error=interaction_required`);
    const forged = await silent(demo, "imgpro_emulator_session=forged");
    expect(forged.headers.get("location")).toBe(`${REDIRECT}?error=interaction_required`);
  });

  it("answers interaction_required when the user never connected this app", async () => {
    const { cookie } = await signIn(emulator.url, { ...demo, email: "jane@example.com" });
    const other = await emulator.createApp("Other App");
    const response = await silent(
      { appId: other.id, redirectUri: other.redirect_uris[0] ?? "", state: STATE },
      cookie,
    );
    const callback = callbackOf(response);
    expect(callback.origin).toBe("http://localhost:3999");
    expect(callback.searchParams.get("error")).toBe("interaction_required");
    expect(callback.searchParams.has("code")).toBe(false);
  });

  it("answers interaction_required when the user cancelled instead of connecting", async () => {
    const { cookie } = await signIn(emulator.url, {
      ...demo,
      email: "jane@example.com",
      decision: "cancel",
    });
    const callback = callbackOf(await silent(demo, cookie));
    expect(callback.searchParams.get("error")).toBe("interaction_required");
  });

  it("answers interaction_required once the account is disabled or the session is 30 days old", async () => {
    const jane = await signIn(emulator.url, { ...demo, email: "jane@example.com" });
    const users = await emulator.control<{ data: { id: string }[] }>(
      "GET",
      "/users?email=jane@example.com",
    );
    await emulator.control("POST", `/users/${users.data[0]?.id}/disable`);
    expect(callbackOf(await silent(demo, jane.cookie)).searchParams.get("error")).toBe(
      "interaction_required",
    );

    const max = await signIn(emulator.url, { ...demo, email: "max@example.com" });
    expect(callbackOf(await silent(demo, max.cookie)).searchParams.has("code")).toBe(true);
    await emulator.control("POST", "/clock", { advance_seconds: 30 * 24 * 60 * 60 + 1 });
    expect(callbackOf(await silent(demo, max.cookie)).searchParams.get("error")).toBe(
      "interaction_required",
    );
  });

  it("does not trust a session whose account stopped being active", async () => {
    const { cookie } = await signIn(emulator.url, { ...demo, email: "jane@example.com" });
    // Disabling through the controls also ends sessions; here only the account changes.
    for (const user of Object.values(emulator.emu.store.state.users)) user.status = "disabled";
    expect(callbackOf(await silent(demo, cookie)).searchParams.get("error")).toBe(
      "interaction_required",
    );
  });

  it("still shows an error page, never a redirect, for a bad link", async () => {
    const { cookie } = await signIn(emulator.url, { ...demo, email: "jane@example.com" });
    await expectErrorPage(await silent({ ...demo, redirectUri: `${REDIRECT}/` }, cookie), 400);
    await expectErrorPage(await silent({ ...demo, state: "s".repeat(513) }, cookie), 400);
    await emulator.control("POST", `/apps/${DEMO_APP.id}/suspend`);
    await expectErrorPage(await silent(demo, cookie), 403);
  });
});

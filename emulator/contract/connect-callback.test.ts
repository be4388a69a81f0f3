import { describe, expect, it } from "vitest";
import { DEMO_APP, useEmulator } from "./harness";
import {
  connectUrl,
  cookieFrom,
  expectErrorPage,
  openConnect,
  postForm,
  signIn,
} from "./login-flow";

const REDIRECT = "http://localhost:3000/callback";
const demo = { appId: DEMO_APP.id, redirectUri: REDIRECT };
const TRICKY_STATE = `a b+c&d=e/f?g#h%20i"<j>'k\\é😀`;

describe("hosted login: the way back to the app", () => {
  const emulator = useEmulator();

  it("returns a code and the exact state after email, one-time code and Connect", async () => {
    const { callback } = await signIn(emulator.url, {
      ...demo,
      state: TRICKY_STATE,
      email: "jane@example.com",
    });
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT);
    expect([...callback.searchParams.keys()].sort()).toEqual(["code", "state"]);
    expect(callback.searchParams.get("code")).toMatch(/^[\w-]{43,}$/);
    expect(callback.searchParams.get("state")).toBe(TRICKY_STATE);
  });

  it("echoes a state of exactly 512 characters", async () => {
    const state = `${TRICKY_STATE}${"z".repeat(512 - [...TRICKY_STATE].length)}`;
    expect([...state]).toHaveLength(512);
    const { callback } = await signIn(emulator.url, { ...demo, state, email: "jane@example.com" });
    expect(callback.searchParams.get("state")).toBe(state);
  });

  it("sends no state back when none was sent", async () => {
    const { callback } = await signIn(emulator.url, { ...demo, email: "jane@example.com" });
    expect([...callback.searchParams.keys()]).toEqual(["code"]);
  });

  it("keeps the query of a registered redirect URI", async () => {
    const redirectUri = "http://localhost:3999/cb?tenant=a%20b&x=1";
    const other = await emulator.control<{ id: string }>("POST", "/apps", {
      name: "Query App",
      redirect_uris: [redirectUri],
    });
    const { callback } = await signIn(emulator.url, {
      appId: other.id,
      redirectUri,
      state: "s1",
      email: "jane@example.com",
    });
    expect(callback.toString()).toMatch(
      /^http:\/\/localhost:3999\/cb\?tenant=a%20b&x=1&code=[\w-]+&state=s1$/,
    );
  });

  it("returns access_denied and the state on Cancel, with no code", async () => {
    const { callback } = await signIn(emulator.url, {
      ...demo,
      state: TRICKY_STATE,
      email: "jane@example.com",
      decision: "cancel",
    });
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT);
    expect([...callback.searchParams.keys()].sort()).toEqual(["error", "state"]);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("state")).toBe(TRICKY_STATE);
  });

  it("returns access_denied alone on Cancel when no state was sent", async () => {
    const { callback } = await signIn(emulator.url, {
      ...demo,
      email: "jane@example.com",
      decision: "cancel",
    });
    expect(callback.toString()).toBe(`${REDIRECT}?error=access_denied`);
  });

  it("skips to consent for a signed-in browser, with a way to use another account", async () => {
    const { cookie } = await signIn(emulator.url, { ...demo, email: "jane@example.com" });
    const again = await openConnect(emulator.url, demo, cookie);
    expect(again.html).toContain("Signed in as <strong>jane@example.com</strong>");
    expect(again.html).toContain(`Connect ${DEMO_APP.name} to img.pro?`);
    expect(again.html).not.toContain('autocomplete="email"');

    const switched = await postForm(
      emulator.url,
      "/connect/switch",
      { tx: again.tx ?? "" },
      cookie,
    );
    expect(switched.html).toContain('autocomplete="email"');
    expect(cookieFrom(switched.response)).toMatch(/=$/);
    // The old session is over on the server too, not just in this browser.
    const silent = await fetch(connectUrl(emulator.url, { ...demo, prompt: "none" }), {
      headers: { cookie },
      redirect: "manual",
    });
    expect(silent.headers.get("location")).toBe(`${REDIRECT}?error=interaction_required`);
  });

  it("accepts a consent only once, and only from the signed-in browser", async () => {
    const start = await openConnect(emulator.url, demo);
    const tx = start.tx ?? "";
    await postForm(emulator.url, "/connect/email", { tx, email: "jane@example.com" });
    const inbox = await emulator.control<{ data: { code: string }[] }>("GET", "/inbox");
    const verified = await postForm(emulator.url, "/connect/code", {
      tx,
      code: inbox.data[0]?.code ?? "",
    });
    const cookie = cookieFrom(verified.response) ?? "";

    const noCookie = await postForm(emulator.url, "/connect/consent", { tx, decision: "connect" });
    await expectErrorPage(noCookie, 403);
    const someoneElse = await signIn(emulator.url, { ...demo, email: "max@example.com" });
    const wrongBrowser = await postForm(
      emulator.url,
      "/connect/consent",
      { tx, decision: "connect" },
      someoneElse.cookie,
    );
    await expectErrorPage(wrongBrowser, 403);
    const first = await postForm(
      emulator.url,
      "/connect/consent",
      { tx, decision: "connect" },
      cookie,
    );
    expect(first.response.status).toBe(303);
    const replay = await postForm(
      emulator.url,
      "/connect/consent",
      { tx, decision: "connect" },
      cookie,
    );
    await expectErrorPage(replay, 400);
  });
});

import { describe, expect, it } from "vitest";
import { DEMO_APP, useEmulator } from "./harness";
import { connectUrl, expectErrorPage, openConnect, postForm } from "./login-flow";

const REDIRECT = "http://localhost:3000/callback";
const demo = { appId: DEMO_APP.id, redirectUri: REDIRECT };

describe("hosted login: GET /connect checks the link", () => {
  const emulator = useEmulator();
  const get = (url: string) => fetch(url, { redirect: "manual" });

  it("refuses a missing or unknown app with an error page", async () => {
    await expectErrorPage(await get(`${emulator.url}/connect?redirect_uri=${REDIRECT}`), 400);
    for (const appId of ["nosuchap", "constructor", "__proto__"]) {
      await expectErrorPage(await get(connectUrl(emulator.url, { ...demo, appId })), 400);
    }
  });

  it("refuses a suspended app with an error page", async () => {
    await emulator.control("POST", `/apps/${DEMO_APP.id}/suspend`);
    await expectErrorPage(await get(connectUrl(emulator.url, demo)), 403);
  });

  it("refuses a redirect_uri that is missing or not registered byte for byte", async () => {
    await expectErrorPage(await get(`${emulator.url}/connect?app=${DEMO_APP.id}`), 400);
    for (const redirectUri of [
      `${REDIRECT}/`,
      `${REDIRECT}?next=1`,
      `${REDIRECT}#x`,
      "http://evil.example/callback",
      "http://LOCALHOST:3000/callback",
      "http://localhost:3001/callback",
    ]) {
      await expectErrorPage(await get(connectUrl(emulator.url, { ...demo, redirectUri })), 400);
    }
  });

  it("refuses a state of 513 characters instead of truncating it", async () => {
    const url = connectUrl(emulator.url, { ...demo, state: "s".repeat(513) });
    await expectErrorPage(await get(url), 400);
  });

  it("refuses a parameter sent twice", async () => {
    const url = `${connectUrl(emulator.url, { ...demo, state: "one" })}&state=two`;
    await expectErrorPage(await get(url), 400);
  });

  it("shows the email page for a good link, ignoring unknown prompt values", async () => {
    const start = await openConnect(emulator.url, { ...demo, state: "x", prompt: "login" });
    expect(start.response.status).toBe(200);
    expect(start.html).toContain('autocomplete="email"');
    expect(start.tx).toMatch(/^[\w-]{32,}$/);
  });

  it("marks every /connect response no-store and unframeable", async () => {
    const responses = [
      await get(connectUrl(emulator.url, demo)),
      await get(connectUrl(emulator.url, { ...demo, appId: "nosuchap" })),
      (await postForm(emulator.url, "/connect/email", { tx: "nope", email: "a@b.co" })).response,
    ];
    for (const response of responses) {
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("escapes the app name on its pages", async () => {
    const other = await emulator.control<{ id: string }>("POST", "/apps", {
      name: `<script>alert("x")</script>`,
      redirect_uris: ["http://localhost:3999/callback"],
    });
    const start = await openConnect(emulator.url, {
      appId: other.id,
      redirectUri: "http://localhost:3999/callback",
    });
    expect(start.html).not.toContain("<script>alert");
    expect(start.html).toContain("&lt;script&gt;");
  });
});

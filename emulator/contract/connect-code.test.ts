import { describe, expect, it } from "vitest";
import { DEMO_APP, useEmulator } from "./harness";
import { cookieFrom, expectErrorPage, latestOtp, openConnect, postForm } from "./login-flow";

const demo = { appId: DEMO_APP.id, redirectUri: "http://localhost:3000/callback", state: "st" };
const EMAIL = "jane@example.com";

describe("hosted login: email and one-time code", () => {
  const emulator = useEmulator();

  /** A login waiting for its one-time code; returns the tx and the code that was sent. */
  async function awaitingCode(email = EMAIL) {
    const start = await openConnect(emulator.url, demo);
    const tx = start.tx ?? "";
    const sent = await postForm(emulator.url, "/connect/email", { tx, email });
    expect(sent.response.status).toBe(200);
    return { tx, sent, otp: await latestOtp(emulator.url, email) };
  }

  const wrongCode = (otp: string) => String((Number(otp) + 1) % 1_000_000).padStart(6, "0");

  it("sends a 6-digit code to the dev inbox and asks for it", async () => {
    const { sent, otp } = await awaitingCode(" Jane@Example.com ");
    expect(otp).toMatch(/^\d{6}$/);
    expect(sent.html).toContain(`We sent a code to <strong>${EMAIL}</strong>`);
    expect(sent.html).toContain('autocomplete="one-time-code"');
    expect(sent.html).toContain('inputmode="numeric"');
    expect(sent.html).toMatch(/href="\/__emulator\/inbox" target="_blank"/);
    const inbox = await emulator.control<{ data: { email: string; app_name: string }[] }>(
      "GET",
      `/inbox?email=${EMAIL}`,
    );
    expect(inbox.data).toEqual([
      expect.objectContaining({ email: EMAIL, app_name: DEMO_APP.name }),
    ]);
  });

  it("re-asks for an invalid email without sending anything", async () => {
    const start = await openConnect(emulator.url, demo);
    const again = await postForm(emulator.url, "/connect/email", {
      tx: start.tx ?? "",
      email: "not-an-email",
    });
    expect(again.response.status).toBe(422);
    expect(again.html).toContain('role="alert"');
    expect(again.html).toContain('value="not-an-email"');
    expect(again.tx).toBe(start.tx);
    const inbox = await emulator.control<{ data: unknown[] }>("GET", "/inbox");
    expect(inbox.data).toEqual([]);
  });

  it("rejects a wrong code and still accepts the right one after", async () => {
    const { tx, otp } = await awaitingCode();
    const wrong = await postForm(emulator.url, "/connect/code", { tx, code: wrongCode(otp) });
    expect(wrong.response.status).toBe(422);
    expect(wrong.html).toContain('role="alert"');
    expect(wrong.html).toContain("4 attempts left");
    expect(cookieFrom(wrong.response)).toBeNull();
    const right = await postForm(emulator.url, "/connect/code", { tx, code: otp });
    expect(right.response.status).toBe(200);
    expect(right.html).toContain(`Connect ${DEMO_APP.name} to img.pro?`);
    expect(right.html).toContain(`Signed in as <strong>${EMAIL}</strong>`);
  });

  it("ends the login after 5 wrong codes, even if the right one comes next", async () => {
    const { tx, otp } = await awaitingCode();
    for (let attempt = 1; attempt <= 4; attempt++) {
      const wrong = await postForm(emulator.url, "/connect/code", { tx, code: wrongCode(otp) });
      expect(wrong.response.status, `attempt ${attempt}`).toBe(422);
    }
    const fifth = await postForm(emulator.url, "/connect/code", { tx, code: wrongCode(otp) });
    await expectErrorPage(fifth);
    const late = await postForm(emulator.url, "/connect/code", { tx, code: otp });
    await expectErrorPage(late, 400);
    expect(cookieFrom(late.response)).toBeNull();
    // Asking for a new code on the dead login does not revive it either.
    await expectErrorPage(
      await postForm(emulator.url, "/connect/email", { tx, email: EMAIL }),
      400,
    );
  });

  it("says so when the code has expired, and a new code works", async () => {
    const { tx, otp } = await awaitingCode();
    await emulator.control("POST", "/clock", { advance_seconds: 601 });
    const expired = await postForm(emulator.url, "/connect/code", { tx, code: otp });
    expect(expired.response.status).toBe(422);
    expect(expired.html).toMatch(/role="alert">[^<]*expired/);
    const resent = await postForm(emulator.url, "/connect/email", { tx, email: EMAIL });
    expect(resent.response.status).toBe(200);
    const fresh = await latestOtp(emulator.url, EMAIL);
    const right = await postForm(emulator.url, "/connect/code", { tx, code: fresh });
    expect(right.html).toContain(`Connect ${DEMO_APP.name} to img.pro?`);
  });

  it("sets an HttpOnly, SameSite=Lax, 30-day login cookie that is not Secure on http", async () => {
    const { tx, otp } = await awaitingCode();
    const right = await postForm(emulator.url, "/connect/code", { tx, code: otp });
    const header = right.response.headers.getSetCookie()[0] ?? "";
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Path=\//);
    expect(header).toMatch(/Max-Age=2592000/);
    expect(header).not.toMatch(/Secure/i);
  });

  it("refuses a disabled account with an error page", async () => {
    const user = await emulator.createUser(EMAIL);
    await emulator.control("POST", `/users/${user.id}/disable`);
    const { tx, otp } = await awaitingCode();
    const refused = await postForm(emulator.url, "/connect/code", { tx, code: otp });
    await expectErrorPage(refused, 403);
    expect(cookieFrom(refused.response)).toBeNull();
  });

  it("ends a login that was left for more than 30 minutes", async () => {
    const start = await openConnect(emulator.url, demo);
    await emulator.control("POST", "/clock", { advance_seconds: 31 * 60 });
    const late = await postForm(emulator.url, "/connect/email", {
      tx: start.tx ?? "",
      email: EMAIL,
    });
    await expectErrorPage(late, 400);
  });

  it("refuses a form whose transaction id is unknown", async () => {
    for (const path of ["/connect/email", "/connect/code", "/connect/consent", "/connect/switch"]) {
      for (const tx of ["", "made-up", "__proto__"]) {
        await expectErrorPage(await postForm(emulator.url, path, { tx, email: EMAIL }), 400);
      }
    }
  });
});

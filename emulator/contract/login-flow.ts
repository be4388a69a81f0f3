import { expect } from "vitest";

/**
 * Drives the hosted login pages over plain HTTP, as a browser would: forms posted by hand,
 * redirects not followed, the login cookie carried explicitly. Shared by every contract
 * test that needs a signed-in user or a fresh code.
 */

export interface LoginLink {
  appId: string;
  redirectUri: string;
  /** Left out of the link when undefined. */
  state?: string;
  prompt?: string;
}

export function connectUrl(base: string, link: LoginLink): string {
  const url = new URL("/connect", base);
  url.searchParams.set("app", link.appId);
  url.searchParams.set("redirect_uri", link.redirectUri);
  if (link.state !== undefined) url.searchParams.set("state", link.state);
  if (link.prompt !== undefined) url.searchParams.set("prompt", link.prompt);
  return url.toString();
}

/** A page of the flow: the response, its HTML, and the transaction id its forms carry. */
export interface Step {
  response: Response;
  html: string;
  tx: string | null;
}

async function step(response: Response): Promise<Step> {
  const html = await response.text();
  const tx = /name="tx" value="([^"]+)"/.exec(html)?.[1] ?? null;
  return { response, html, tx };
}

export async function openConnect(base: string, link: LoginLink, cookie?: string): Promise<Step> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  return step(await fetch(connectUrl(base, link), { headers, redirect: "manual" }));
}

export async function postForm(
  base: string,
  path: string,
  fields: Record<string, string>,
  cookie?: string,
): Promise<Step> {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (cookie) headers.cookie = cookie;
  const body = new URLSearchParams(fields).toString();
  return step(
    await fetch(new URL(path, base), { method: "POST", headers, body, redirect: "manual" }),
  );
}

/** The newest one-time code the dev inbox holds for this email. */
export async function latestOtp(base: string, email: string): Promise<string> {
  const url = new URL("/__emulator/inbox", base);
  url.searchParams.set("email", email);
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const inbox = (await response.json()) as { data: { code: string }[] };
  const code = inbox.data[0]?.code;
  if (!code) throw new Error(`no one-time code in the dev inbox for ${email}`);
  return code;
}

/** `name=value` of the first Set-Cookie, the way a browser would send it back. */
export function cookieFrom(response: Response): string | null {
  const header = response.headers.getSetCookie()[0];
  return header ? (header.split(";")[0] ?? null) : null;
}

/** Email and one-time code: returns the consent page and the login cookie it set. */
export async function verifyEmail(base: string, tx: string, email: string) {
  const codePage = await postForm(base, "/connect/email", { tx, email });
  if (codePage.response.status !== 200) throw new Error(`email step: ${codePage.response.status}`);
  const otp = await latestOtp(base, email);
  const consent = await postForm(base, "/connect/code", { tx, code: otp });
  const cookie = cookieFrom(consent.response);
  if (consent.response.status !== 200 || !cookie) {
    throw new Error(`code step: ${consent.response.status} ${consent.html}`);
  }
  return { consent, cookie };
}

export interface SignInResult {
  /** Where the emulator sent the browser back to. */
  callback: URL;
  /** The login cookie (`name=value`), for prompt=none and later runs. */
  cookie: string;
}

/**
 * A whole hosted login: link, email, code from the dev inbox, then Connect (or Cancel).
 * With `cookie` and a live session the email steps are skipped, as in a browser.
 */
export async function signIn(
  base: string,
  options: LoginLink & { email: string; decision?: "connect" | "cancel"; cookie?: string },
): Promise<SignInResult> {
  const start = await openConnect(base, options, options.cookie);
  if (start.response.status !== 200 || !start.tx) {
    throw new Error(`GET /connect: ${start.response.status} ${start.html}`);
  }
  let cookie = options.cookie;
  if (!start.html.includes(`action="/connect/consent"`)) {
    cookie = (await verifyEmail(base, start.tx, options.email)).cookie;
  }
  if (!cookie) throw new Error("no login cookie");
  const decided = await postForm(
    base,
    "/connect/consent",
    { tx: start.tx, decision: options.decision ?? "connect" },
    cookie,
  );
  const location = decided.response.headers.get("location");
  if (decided.response.status !== 303 || !location) {
    throw new Error(`consent: ${decided.response.status} ${decided.html}`);
  }
  return { callback: new URL(location), cookie };
}

/** An error page: a 4xx HTML page with an alert, and above all no redirect. */
export async function expectErrorPage(result: Response | Step, status?: number) {
  const response = "response" in result ? result.response : result;
  const html = "response" in result ? result.html : await result.text();
  expect(response.headers.get("location")).toBeNull();
  if (status) expect(response.status).toBe(status);
  else expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get("content-type")).toMatch(/text\/html/);
  expect(html).toContain('role="alert"');
}

import { describe, expect, it } from "vitest";
import {
  checkoutMarkerOptions,
  expired,
  flowCookieName,
  flowCookieOptions,
  flowListCookieName,
  flowListCookieOptions,
  returningCookieOptions,
  sessionCookieName,
  sessionCookieOptions,
} from "./cookies";

const http = { secureCookies: false };
const https = { secureCookies: true };
const id = "abcdefghijklmnopqrstuv";

describe("cookie names and options", () => {
  it("are HttpOnly and SameSite=Lax everywhere, Secure only on https", () => {
    for (const make of [
      sessionCookieOptions,
      flowCookieOptions,
      flowListCookieOptions,
      returningCookieOptions,
      checkoutMarkerOptions,
    ]) {
      expect(make(http)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
      expect(make(https).secure).toBe(true);
    }
  });

  it("names the session __Host-session on https, session on http", () => {
    expect(sessionCookieName(true)).toBe("__Host-session");
    expect(sessionCookieName(false)).toBe("session");
    expect(sessionCookieOptions(http)).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
    });
  });

  it("scopes a flow cookie to /callback for ~10 minutes, and its list to /login", () => {
    expect(flowCookieName(id, http)).toBe(`imgpro_login_${id}`);
    expect(flowCookieName(id, https)).toBe(`__Secure-imgpro_login_${id}`);
    expect(flowCookieOptions(http)).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/callback",
      maxAge: 600,
    });
    expect(flowListCookieOptions(http)).toMatchObject({ path: "/login", maxAge: 600 });
    expect(flowListCookieName(https)).toMatch(/^__Secure-/);
  });

  it("expires a cookie with the path and flags it was set with", () => {
    expect(expired(checkoutMarkerOptions(https))).toEqual({
      ...checkoutMarkerOptions(https),
      maxAge: 0,
    });
  });
});

describe("one place for cookies", () => {
  it("no other module of the app spells a cookie name or cookie options", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const root = path.resolve(import.meta.dirname, "../..");
    const files = (
      await Promise.all(
        ["app", "components", "lib"].map(async (dir) =>
          (await readdir(path.join(root, dir), { recursive: true })).map((file) =>
            path.join(dir, String(file)),
          ),
        ),
      )
    )
      .flat()
      .concat("proxy.ts")
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .filter((file) => file !== path.join("lib", "auth", "cookies.ts"));
    const spelled =
      /imgpro_returning|imgpro_login|checkout_from|__Host-|__Secure-|httpOnly|sameSite/;
    const offenders = [];
    for (const file of files) {
      if (spelled.test(await readFile(path.join(root, file), "utf8"))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});

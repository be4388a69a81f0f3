import { describe, expect, it, vi } from "vitest";
import { ImgProError } from "@/lib/imgpro/errors";
import { resolveCallback } from "./callback";
import type { LoginFlow } from "./login-flow";

const flow: LoginFlow = {
  state: "s1",
  returnTo: "/billing?tab=plans",
  silent: false,
  restarted: false,
};
const context = {
  app: { id: "a8o46yrk", name: "Any App" },
  user: { id: "m3k9ab2c", email: "jane@example.com" },
};
const params = (query: string) => new URLSearchParams(query);
const exchangeOk = () => vi.fn(async () => context);
const exchangeFails = (code: string, status = 422) =>
  vi.fn(async () => {
    throw new ImgProError(status, code, "nope");
  });

describe("resolveCallback", () => {
  it("signs in with a verified state and a good code, back to returnTo", async () => {
    const exchange = exchangeOk();
    const outcome = await resolveCallback(params("code=c1&state=s1"), flow, exchange);
    expect(exchange).toHaveBeenCalledWith("c1");
    expect(outcome).toEqual({
      kind: "signed-in",
      user: { userId: "m3k9ab2c", email: "jane@example.com" },
      redirectTo: "/billing?tab=plans",
    });
  });

  it("checks error before code: access_denied never exchanges, even with a code", async () => {
    const exchange = exchangeOk();
    const outcome = await resolveCallback(
      params("error=access_denied&code=c1&state=s1"),
      flow,
      exchange,
    );
    expect(outcome).toEqual({ kind: "redirect", redirectTo: "/?notice=sign-in-canceled" });
    expect(exchange).not.toHaveBeenCalled();
  });

  it("falls back from a silent attempt once, interactively", async () => {
    const silent = { ...flow, silent: true };
    const outcome = await resolveCallback(
      params("error=interaction_required&state=s1"),
      silent,
      exchangeOk(),
    );
    expect(outcome).toEqual({
      kind: "redirect",
      redirectTo: "/login?returnTo=%2Fbilling%3Ftab%3Dplans&interactive=1",
    });
  });

  it("does not loop: interaction_required on an interactive or unverified flow stops", async () => {
    for (const current of [flow, null]) {
      const outcome = await resolveCallback(
        params("error=interaction_required&state=s1"),
        current,
        exchangeOk(),
      );
      expect(outcome).toEqual({ kind: "redirect", redirectTo: "/sign-in-problem?reason=failed" });
    }
  });

  it("treats unknown errors as a failed sign-in", async () => {
    const outcome = await resolveCallback(
      params("error=server_error&state=s1"),
      flow,
      exchangeOk(),
    );
    expect(outcome).toEqual({ kind: "redirect", redirectTo: "/sign-in-problem?reason=failed" });
  });

  it.each([
    ["no state parameter", "code=c1", flow],
    ["no flow for this state (other browser, expired, already used)", "code=c1&state=s1", null],
  ])("refuses %s without exchanging", async (_, query, current) => {
    const exchange = exchangeOk();
    const outcome = await resolveCallback(params(query), current, exchange);
    expect(outcome).toEqual({ kind: "redirect", redirectTo: "/sign-in-problem?reason=state" });
    expect(exchange).not.toHaveBeenCalled();
  });

  it("refuses a verified state without a code", async () => {
    const exchange = exchangeOk();
    expect(await resolveCallback(params("state=s1"), flow, exchange)).toEqual({
      kind: "redirect",
      redirectTo: "/sign-in-problem?reason=failed",
    });
    expect(exchange).not.toHaveBeenCalled();
  });

  it("restarts the login on invalid_code, but only once", async () => {
    expect(
      await resolveCallback(params("code=c1&state=s1"), flow, exchangeFails("invalid_code")),
    ).toEqual({
      kind: "redirect",
      redirectTo: "/login?returnTo=%2Fbilling%3Ftab%3Dplans&restart=1",
    });
    const restarted = { ...flow, restarted: true };
    expect(
      await resolveCallback(params("code=c1&state=s1"), restarted, exchangeFails("invalid_code")),
    ).toEqual({
      kind: "redirect",
      redirectTo: "/sign-in-problem?reason=failed",
    });
  });

  it.each([
    ["unauthorized", 401, "/sign-in-problem?reason=config"],
    ["app_suspended", 403, "/suspended"],
    ["user_forbidden", 403, "/?notice=disconnected"],
    ["server_error", 500, "/sign-in-problem?reason=unavailable"],
    ["timeout", 0, "/sign-in-problem?reason=unavailable"],
  ])("maps an exchange failing with %s", async (code, status, redirectTo) => {
    expect(
      await resolveCallback(params("code=c1&state=s1"), flow, exchangeFails(code, status)),
    ).toEqual({
      kind: "redirect",
      redirectTo,
    });
  });

  it("lets programming errors surface instead of hiding them as a sign-in problem", async () => {
    const exchange = vi.fn(async () => {
      throw new TypeError("bug");
    });
    await expect(resolveCallback(params("code=c1&state=s1"), flow, exchange)).rejects.toThrow(
      "bug",
    );
  });
});

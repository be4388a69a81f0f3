import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const session = vi.hoisted(() => ({
  user: null as null | { userId: string; email: string; connectedAt: number },
  destroyed: false,
}));
vi.mock("@/lib/session", () => ({
  getSession: async () => session.user,
  destroySession: async () => {
    session.destroyed = true;
  },
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));
const { authedAction } = await import("./actions");
const { ImgProError } = await import("./imgpro/errors");

const schema = z.object({ id: z.string().regex(/^[a-z0-9]+$/, "Not an id.") });

beforeEach(() => {
  session.user = { userId: "m3k9ab2c", email: "jane@example.com", connectedAt: 1 };
  session.destroyed = false;
});

describe("authedAction", () => {
  it("refuses without a session and never runs the handler", async () => {
    session.user = null;
    const handler = vi.fn();
    const result = await authedAction(schema, handler)({ id: "abc" });
    expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("validates the input before running the handler, with field errors", async () => {
    const handler = vi.fn();
    const result = await authedAction(schema, handler)({ id: "../etc" });
    expect(result).toEqual({
      ok: false,
      code: "invalid_input",
      error: "Not an id.",
      fieldErrors: { id: ["Not an id."] },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("acts as the session's user only, whatever the input says", async () => {
    const handler = vi.fn(async (_input: unknown, user: { userId: string }) => user.userId);
    const result = await authedAction(schema, handler)({ id: "abc", userId: "someone-else" });
    expect(result).toEqual({ ok: true, data: "m3k9ab2c" });
    expect(handler.mock.calls[0]?.[0]).toEqual({ id: "abc" });
  });

  it("ends the session on user_forbidden and sends the user to reconnect", async () => {
    const handler = async () => {
      throw new ImgProError(403, "user_forbidden", "gone");
    };
    await expect(authedAction(schema, handler)({ id: "abc" })).rejects.toThrow(
      "redirect:/?notice=disconnected",
    );
    expect(session.destroyed).toBe(true);
  });

  it("keeps the session on app_suspended and stops at the suspended page", async () => {
    const handler = async () => {
      throw new ImgProError(403, "app_suspended", "stop");
    };
    await expect(authedAction(schema, handler)({ id: "abc" })).rejects.toThrow(
      "redirect:/suspended",
    );
    expect(session.destroyed).toBe(false);
  });

  it("turns other refusals into a message, never a throw", async () => {
    const handler = async () => {
      throw new ImgProError(429, "rate_limited", "slow", { retryAfter: 12 });
    };
    expect(await authedAction(schema, handler)({ id: "abc" })).toMatchObject({
      ok: false,
      code: "rate_limited",
      retryAfter: 12,
      error: "img.pro is busy. Try again in 12 seconds.",
    });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { createEmulator } from "../server";
import { isRefusal, parseConnectRequest, type ConnectRequest } from "./request";
import { checkOtp, issueOtp, loadTransaction, startTransaction } from "./transactions";

const { emu } = createEmulator({ publicUrl: "http://127.0.0.1:4010", dataDir: null });

function request(): ConnectRequest {
  const query = new URLSearchParams({
    app: "a8o46yrk",
    redirect_uri: "http://localhost:3000/callback",
  });
  const parsed = parseConnectRequest(emu, query);
  if (isRefusal(parsed)) throw new Error(parsed.message);
  return parsed;
}

const advance = (ms: number) => {
  emu.store.state.clockOffsetMs += ms;
};

describe("login transactions", () => {
  beforeEach(() => emu.store.reset());

  it("makes unguessable, distinct ids", () => {
    const ids = new Set(
      Array.from({ length: 50 }, () => startTransaction(emu, request(), null).id),
    );
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[\w-]{32}$/);
  });

  it("checks a code: right once, wrong counted, expired after 10 minutes", () => {
    const transaction = startTransaction(emu, request(), null);
    expect(checkOtp(emu, transaction, "123456")).toBe("none");
    const otp = issueOtp(emu, transaction, "jane@example.com");
    expect(otp).toMatch(/^\d{6}$/);
    expect(checkOtp(emu, transaction, otp === "000000" ? "000001" : "000000")).toBe("wrong");
    expect(checkOtp(emu, transaction, ` ${otp} `)).toBe("ok");
    // Spent: the same code cannot be replayed on this login.
    expect(checkOtp(emu, transaction, otp)).toBe("none");

    const second = issueOtp(emu, transaction, "jane@example.com");
    advance(10 * 60_000);
    expect(checkOtp(emu, transaction, second)).toBe("expired");
  });

  it("keeps counting wrong codes across resent codes and ends the login at 5", () => {
    const transaction = startTransaction(emu, request(), null);
    const results: string[] = [];
    for (let i = 0; i < 5; i++) {
      const otp = issueOtp(emu, transaction, "jane@example.com");
      results.push(checkOtp(emu, transaction, otp === "999999" ? "999998" : "999999"));
    }
    expect(results).toEqual(["wrong", "wrong", "wrong", "wrong", "locked"]);
    expect(loadTransaction(emu, transaction.id)).toBeNull();
  });

  it("forgets a transaction after 30 minutes, or when its app is suspended", () => {
    const old = startTransaction(emu, request(), null);
    advance(30 * 60_000);
    expect(loadTransaction(emu, old.id)).toBeNull();

    const fresh = startTransaction(emu, request(), null);
    expect(loadTransaction(emu, fresh.id)).not.toBeNull();
    const app = emu.store.state.apps.a8o46yrk;
    if (app) app.suspended = true;
    expect(loadTransaction(emu, fresh.id)).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEmulator } from "../server";
import { AUTH_CODE_TTL_MS, mintAuthCode } from "./codes";

const { emu } = createEmulator({ publicUrl: "http://127.0.0.1:4010", dataDir: null });

describe("mintAuthCode", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2030-01-01T00:00:00Z"), toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("mints 256-bit codes bound to the app and user, expiring 60 s later", () => {
    const code = mintAuthCode(emu, "a8o46yrk", "user1234");
    expect(code).toMatch(/^[\w-]{43}$/);
    expect(emu.store.state.codes[code]).toEqual({
      code,
      appId: "a8o46yrk",
      userId: "user1234",
      expiresAt: emu.now() + AUTH_CODE_TTL_MS,
      usedAt: null,
    });
    expect(mintAuthCode(emu, "a8o46yrk", "user1234")).not.toBe(code);
  });

  it("drops expired codes when minting new ones", () => {
    const old = mintAuthCode(emu, "a8o46yrk", "user1234");
    emu.store.state.clockOffsetMs += AUTH_CODE_TTL_MS;
    mintAuthCode(emu, "a8o46yrk", "user1234");
    expect(emu.store.state.codes[old]).toBeUndefined();
  });
});

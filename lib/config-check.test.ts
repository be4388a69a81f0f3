import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_APP } from "@/emulator/demo-app";

const CONFIG_NAMES = ["IMGPRO_APP_ID", "IMGPRO_SECRET_KEY", "APP_URL", "SESSION_SECRET"];

/** A fresh copy of the check, so getConfig's cache does not carry over between tests. */
async function freshCheck() {
  vi.resetModules();
  return (await import("./config-check")).checkConfigAtStart;
}

describe("checkConfigAtStart", () => {
  let exit: ReturnType<typeof vi.spyOn>;
  let printed: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    for (const name of CONFIG_NAMES) vi.stubEnv(name, "");
    vi.stubEnv("NEXT_PHASE", "");
    exit = vi.spyOn(process, "exit").mockImplementation(() => undefined as never);
    printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("stops a production server whose configuration is missing, naming every variable", async () => {
    vi.stubEnv("NODE_ENV", "production");
    (await freshCheck())();
    expect(exit).toHaveBeenCalledWith(1);
    const message = String(printed.mock.calls[0]?.[0]);
    for (const name of CONFIG_NAMES) expect(message).toContain(name);
  });

  it("keeps a development server up and prints the same message", async () => {
    vi.stubEnv("NODE_ENV", "development");
    (await freshCheck())();
    expect(exit).not.toHaveBeenCalled();
    expect(String(printed.mock.calls[0]?.[0])).toContain("The app is not configured");
  });

  it("leaves `next build` alone: configuration is read when the server runs", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    (await freshCheck())();
    expect(exit).not.toHaveBeenCalled();
    expect(printed).not.toHaveBeenCalled();
  });

  it("lets a configured production server start", async () => {
    vi.stubEnv("NODE_ENV", "production");
    // Not the emulator's demo app id: that one is refused on a public APP_URL (below).
    vi.stubEnv("IMGPRO_APP_ID", "q7w2e9rt");
    vi.stubEnv("IMGPRO_SECRET_KEY", "img_sk_live_test");
    vi.stubEnv("APP_URL", "https://photos.example.com");
    vi.stubEnv("SESSION_SECRET", "x".repeat(32));
    (await freshCheck())();
    expect(exit).not.toHaveBeenCalled();
    expect(printed).not.toHaveBeenCalled();
  });

  describe("on a server others can reach, the repository's public development values", () => {
    const development = readFileSync(new URL("../.env.development", import.meta.url), "utf8");
    const developmentValue = (name: string) =>
      new RegExp(`^${name}=(.*)$`, "m").exec(development)?.[1]?.trim() ?? "";
    const production = {
      IMGPRO_APP_ID: "q7w2e9rt",
      IMGPRO_SECRET_KEY: "img_sk_live_real_one",
      APP_URL: "https://photos.example.com",
      SESSION_SECRET: "x".repeat(32),
    };

    it.each([
      ["SESSION_SECRET", developmentValue("SESSION_SECRET")],
      ["SESSION_SECRET", `${"y".repeat(32)},${developmentValue("SESSION_SECRET")}`],
      ["IMGPRO_SECRET_KEY", DEMO_APP.secret],
      ["IMGPRO_APP_ID", DEMO_APP.id],
    ])("refuses %s = %s, naming it", async (name, value) => {
      vi.stubEnv("NODE_ENV", "production");
      for (const [key, setting] of Object.entries({ ...production, [name]: value })) {
        vi.stubEnv(key, setting);
      }
      (await freshCheck())();
      expect(exit).toHaveBeenCalledWith(1);
      expect(String(printed.mock.calls[0]?.[0])).toMatch(new RegExp(`- ${name} is the`));
    });

    it("still accepts them on a loopback APP_URL, as the end-to-end tests run", async () => {
      vi.stubEnv("NODE_ENV", "production");
      for (const appUrl of [
        "http://localhost:3100",
        "http://127.0.0.1:3000",
        "http://[::1]:3000",
      ]) {
        vi.stubEnv("APP_URL", appUrl);
        vi.stubEnv("IMGPRO_APP_ID", developmentValue("IMGPRO_APP_ID"));
        vi.stubEnv("IMGPRO_SECRET_KEY", developmentValue("IMGPRO_SECRET_KEY"));
        vi.stubEnv("SESSION_SECRET", developmentValue("SESSION_SECRET"));
        (await freshCheck())();
      }
      expect(exit).not.toHaveBeenCalled();
      expect(printed).not.toHaveBeenCalled();
    });

    it("match what .env.development commits", () => {
      expect(developmentValue("IMGPRO_APP_ID")).toBe(DEMO_APP.id);
      expect(developmentValue("IMGPRO_SECRET_KEY")).toBe(DEMO_APP.secret);
      expect(developmentValue("SESSION_SECRET")).toMatch(/^development-only-/);
    });
  });
});

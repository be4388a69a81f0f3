import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

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
    vi.stubEnv("IMGPRO_APP_ID", "a8o46yrk");
    vi.stubEnv("IMGPRO_SECRET_KEY", "img_sk_live_test");
    vi.stubEnv("APP_URL", "https://photos.example.com");
    vi.stubEnv("SESSION_SECRET", "x".repeat(32));
    (await freshCheck())();
    expect(exit).not.toHaveBeenCalled();
    expect(printed).not.toHaveBeenCalled();
  });
});

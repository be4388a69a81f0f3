import type { AppConfig } from "@/lib/env";

/**
 * What lib/imgpro's modules read of getConfig(), for unit tests that mock @/lib/env:
 * `vi.mock("@/lib/env", async () => ({ getConfig: (await import(...)).imgproTestConfig }))`.
 */
export function imgproTestConfig(apiUrl = "https://api.test") {
  return {
    imgpro: { appId: "a8o46yrk", secretKey: "img_sk_live_test", apiUrl },
    callTimeoutMs: 15_000,
  } satisfies Pick<AppConfig, "callTimeoutMs"> & { imgpro: Partial<AppConfig["imgpro"]> };
}

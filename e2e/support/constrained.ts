import { expect, type APIRequestContext } from "@playwright/test";
import { CONSTRAINED_APP_URL } from "../env";

/**
 * The constrained deployment (e2e/env.ts) is started by the same command as the main server,
 * which is the only one Playwright waits for.
 */
export async function constrainedServerUp(request: APIRequestContext) {
  await expect
    .poll(async () => (await request.get(CONSTRAINED_APP_URL).catch(() => null))?.status(), {
      timeout: 30_000,
    })
    .toBe(200);
}

import { CONSTRAINED_APP_URL } from "../env";
import { expect, test, type APIRequestContext } from "./test";

/**
 * Runs the enclosing file or describe block against the constrained deployment (e2e/env.ts),
 * each test once that server answers: it is started by the same command as the main server,
 * which is the only one Playwright waits for.
 */
export function onConstrainedDeployment() {
  test.use({ baseURL: CONSTRAINED_APP_URL });
  test.beforeEach(async ({ request }) => constrainedServerUp(request));
}

async function constrainedServerUp(request: APIRequestContext) {
  await expect
    .poll(async () => (await request.get(CONSTRAINED_APP_URL).catch(() => null))?.status(), {
      timeout: 30_000,
    })
    .toBe(200);
}

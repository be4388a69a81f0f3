import { Hono } from "hono";
import { availablePlans } from "../billing/account";
import { checkoutFingerprint, parseJsonObject, validateCheckout } from "../billing/checkout-input";
import { checkoutBody, createCheckout } from "../billing/checkouts";
import { manageUrl } from "../billing/manage-token";
import type { ApiEnv, Emulator } from "../context";
import { ApiError } from "../errors";
import { isPaidPlan } from "../plans";
import { usageBody } from "./usage";
import { withIdempotency } from "./idempotency";

/** Billing status and checkout: the only billing the API does ("Building an app", step 4). */
export function billingApiRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();

  app.get("/v1/billing/status", (c) => {
    const workspace = c.get("workspace");
    return c.json({
      object: "billing_status",
      plan: workspace.plan,
      manage_url: manageUrl(emu, workspace.appId, workspace.userId),
      usage: usageBody(emu, workspace),
      available_plans: availablePlans(),
    });
  });

  /**
   * Order of checks: a body that is not a JSON object (422 validation_error: no fields to
   * fingerprint), then the Idempotency-Key (replay, or 409 conflict / in progress), then the
   * fields (422 validation_error), the return URL (422 invalid_target_url) and last the
   * account (409 already_subscribed). The key comes before the account check so a retry of a
   * checkout that succeeded replays its session even once the user has paid it; it comes
   * before field checks so a reused key is reported as reused whatever the new body holds.
   */
  app.post("/v1/billing/checkout", async (c) => {
    const body = parseJsonObject(await c.req.text());
    return withIdempotency(emu, c, checkoutFingerprint(body), async () => {
      const input = validateCheckout(body);
      const workspace = c.get("workspace");
      if (isPaidPlan(workspace.plan)) {
        throw new ApiError(
          409,
          "already_subscribed",
          "This user already has a paid plan. Send them to manage_url to change it.",
        );
      }
      const checkout = createCheckout(emu, workspace.appId, workspace.userId, input);
      return c.json(checkoutBody(emu, checkout), 201);
    });
  });

  return app;
}

import { Hono } from "hono";
import { checkoutPageRoutes } from "../billing/checkout-pages";
import { managePageRoutes } from "../billing/manage-pages";
import type { ApiEnv, Emulator } from "../context";

/** The browser side of billing: the Stripe Checkout stand-in and the billing dashboard. */
export function billingPageRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();
  app.route("/", checkoutPageRoutes(emu));
  app.route("/", managePageRoutes(emu));
  return app;
}

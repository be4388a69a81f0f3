import { Hono, type Context } from "hono";
import { html } from "hono/html";
import type { Emulator } from "../context";
import { PLANS } from "../plans";
import type { CheckoutRecord } from "../state";
import { page } from "../web/layout";
import { pricesOf, type BillingAccount } from "./account";
import { cancelCheckout, payCheckout, viewCheckout, type CheckoutView } from "./checkouts";
import { formatMoney, formatPrice } from "./format";
import { messagePage, seeOther, sendPage } from "./responses";

function backTo(checkout: CheckoutRecord) {
  return { href: checkout.returnUrl, label: "Return to the app" };
}

function checkoutPage(checkout: CheckoutRecord, account: BillingAccount) {
  const plan = PLANS[checkout.plan];
  const price = pricesOf(checkout.plan)[checkout.interval];
  const action = `/checkout/${encodeURIComponent(checkout.id)}`;
  return page(
    `Subscribe to ${plan.name}`,
    html`<h1>Subscribe to ${plan.name}</h1>
      <p class="notice">
        Test mode: this page stands in for Stripe Checkout. No card is needed and nothing is
        charged.
      </p>
      <table>
        <tbody>
          <tr>
            <th scope="row">App</th>
            <td>${account.app.name}</td>
          </tr>
          <tr>
            <th scope="row">Account</th>
            <td>${account.user.email}</td>
          </tr>
          <tr>
            <th scope="row">Plan</th>
            <td>${plan.name}, billed ${checkout.interval}</td>
          </tr>
          <tr>
            <th scope="row">Price</th>
            <td>${formatPrice(price, checkout.interval)}</td>
          </tr>
        </tbody>
      </table>
      <div class="actions" style="margin-top:20px">
        <form method="post" action="${action}/pay">
          <button type="submit">Pay ${formatMoney(price)}</button>
        </form>
        <form method="post" action="${action}/cancel">
          <button type="submit" class="secondary">Cancel</button>
        </form>
      </div>`,
  );
}

/** Every state but "open" ends on a page instead of the payment form. */
function notPayable(
  c: Context,
  view: Exclude<CheckoutView, { kind: "open" }>,
  onPost: boolean,
): Response | Promise<Response> {
  switch (view.kind) {
    case "missing":
      return sendPage(
        c,
        messagePage("Checkout not found", "There is no checkout at this address."),
        404,
      );
    case "expired":
      return sendPage(
        c,
        messagePage(
          "Checkout expired",
          "This checkout expired. Go back to the app and start the upgrade again.",
          { back: backTo(view.checkout) },
        ),
        410,
      );
    case "closed":
      return sendPage(
        c,
        messagePage(
          view.checkout.status === "paid" ? "Already paid" : "Checkout canceled",
          view.checkout.status === "paid"
            ? "This checkout is already paid: your plan is active."
            : "This checkout was canceled. Nothing was charged.",
          { back: backTo(view.checkout), alert: false },
        ),
        // A resubmitted form is a conflict; opening the link again is just a look.
        onPost ? 409 : 200,
      );
    case "subscribed":
      return sendPage(
        c,
        messagePage(
          "Already subscribed",
          `This account already has the ${PLANS[view.account.workspace.plan].name} plan, so this checkout cannot be paid. Manage the plan from the app's billing page.`,
          { back: backTo(view.checkout) },
        ),
        409,
      );
  }
}

/** The emulator's stand-in for Stripe Checkout, reached through `checkout_url`. */
export function checkoutPageRoutes(emu: Emulator) {
  const app = new Hono();

  app.get("/checkout/:id", (c) => {
    const view = viewCheckout(emu, c.req.param("id"));
    if (view.kind !== "open") return notPayable(c, view, false);
    return sendPage(c, checkoutPage(view.checkout, view.account));
  });

  app.post("/checkout/:id/pay", (c) => {
    const view = viewCheckout(emu, c.req.param("id"));
    if (view.kind !== "open") return notPayable(c, view, true);
    payCheckout(emu, view.checkout, view.account);
    // Exactly as the app gave it: apps match on their own URL.
    return seeOther(view.checkout.returnUrl);
  });

  // Canceling is always allowed while nothing was paid: it only sends the user back.
  app.post("/checkout/:id/cancel", (c) => {
    const view = viewCheckout(emu, c.req.param("id"));
    if (view.kind === "missing" || view.kind === "closed") return notPayable(c, view, true);
    cancelCheckout(emu, view.checkout);
    return seeOther(view.checkout.returnUrl);
  });

  return app;
}

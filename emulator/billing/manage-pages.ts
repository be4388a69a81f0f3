import { Hono, type Context } from "hono";
import type { Emulator } from "../context";
import { PLANS, isInterval, isPaidPlan } from "../plans";
import { findAccount, setPlan, type BillingAccount } from "./account";
import { verifyManageToken } from "./manage-token";
import { managePage } from "./manage-view";
import { messagePage, seeOther, sendPage } from "./responses";

const REOPEN = "Open billing again from the app to get a fresh link.";

type Access = { account: BillingAccount; token: string } | { denied: Response | Promise<Response> };

/** The signed token is the only credential these pages have; it names the app and the user. */
function access(emu: Emulator, c: Context, token: string | undefined): Access {
  const check = verifyManageToken(emu.store.state.signingKey, token, emu.now());
  if (!check.ok) {
    const expired = check.reason === "expired";
    const title = expired ? "Billing link expired" : "Billing link not valid";
    const message = expired
      ? `This billing link has expired. ${REOPEN}`
      : `This billing link is missing, incomplete or expired. ${REOPEN}`;
    return { denied: sendPage(c, messagePage(title, message), expired ? 410 : 401) };
  }
  const account = findAccount(emu, check.appId, check.userId);
  if (!account || !token) {
    return {
      denied: sendPage(
        c,
        messagePage("Account unavailable", "This account can no longer be managed here."),
        403,
      ),
    };
  }
  return { account, token };
}

function formString(form: Record<string, unknown>, name: string): string | undefined {
  const value = form[name];
  return typeof value === "string" ? value : undefined;
}

function pageUrl(token: string, flag: "changed" | "canceled"): string {
  return `/billing?t=${encodeURIComponent(token)}&${flag}=1`;
}

export function managePageRoutes(emu: Emulator) {
  const app = new Hono();

  app.get("/billing", (c) => {
    const granted = access(emu, c, c.req.query("t"));
    if ("denied" in granted) return granted.denied;
    const { plan, interval } = granted.account.workspace;
    let notice: string | undefined;
    if (c.req.query("changed") === "1") {
      notice = `Your plan is now ${PLANS[plan].name}${interval ? `, billed ${interval}` : ""}.`;
    } else if (c.req.query("canceled") === "1") {
      notice = "Your subscription is canceled. You are on the Free plan.";
    }
    return sendPage(c, managePage(emu, granted.account, granted.token, { notice }));
  });

  app.post("/billing/change", async (c) => {
    const form = await c.req.parseBody();
    const granted = access(emu, c, formString(form, "t"));
    if ("denied" in granted) return granted.denied;
    const plan = formString(form, "plan");
    const interval = formString(form, "interval");
    if (!isPaidPlan(plan) || !isInterval(interval)) {
      const error = "Choose a plan (Pro, Scale or Max) and a billing interval (monthly or annual).";
      return sendPage(c, managePage(emu, granted.account, granted.token, { error }), 422);
    }
    setPlan(emu, granted.account.workspace, plan, interval);
    return seeOther(pageUrl(granted.token, "changed"));
  });

  app.post("/billing/cancel", async (c) => {
    const form = await c.req.parseBody();
    const granted = access(emu, c, formString(form, "t"));
    if ("denied" in granted) return granted.denied;
    setPlan(emu, granted.account.workspace, "free", null);
    return seeOther(pageUrl(granted.token, "canceled"));
  });

  return app;
}

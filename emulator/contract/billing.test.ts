import { DEMO_APP } from "../demo-app";
import { describe, expect, it } from "vitest";
import { errorCode, useEmulator } from "./harness";

interface PlanBody {
  object: string;
  id: string;
  name: string;
  prices: Record<"monthly" | "annual", { amount_cents: number; currency: string }>;
  limits: { monthly_uploads: number; storage_bytes: number };
}
interface StatusBody {
  object: string;
  plan: string;
  manage_url: string;
  usage: {
    plan: string;
    monthly: { uploads_limit: number };
    totals: { storage_limit_bytes: number };
  };
  available_plans: PlanBody[];
}
interface CheckoutBody {
  object: string;
  id: string;
  checkout_url: string;
  plan: string;
  interval: string;
  expires_at: string;
}

const RETURN_URL = "https://yourapp.example/billing/done?from=checkout";

describe("GET /v1/billing/status", () => {
  const emulator = useEmulator();

  it("returns the plan, a working manage_url, usage as GET /v1/usage and the paid plans", async () => {
    const user = await emulator.createUser();
    const response = await emulator.api("GET", "/v1/billing/status", { user: user.id });
    expect(response.status).toBe(200);
    const status = (await response.json()) as StatusBody;
    expect(status.object).toBe("billing_status");
    expect(status.plan).toBe("free");
    const usage = await (await emulator.api("GET", "/v1/usage", { user: user.id })).json();
    expect(status.usage).toEqual(usage);
    expect(status.available_plans.map((plan) => plan.id)).toEqual(["pro", "scale", "max"]);
    expect(status.available_plans[0]).toEqual({
      object: "plan",
      id: "pro",
      name: "Pro",
      prices: {
        monthly: { amount_cents: 900, currency: "usd" },
        annual: { amount_cents: 9900, currency: "usd" },
      },
      limits: { monthly_uploads: 1000, storage_bytes: 10737418240 },
    });
    expect(status.manage_url.startsWith(`${emulator.url}/billing?t=`)).toBe(true);
    const manage = await fetch(status.manage_url);
    expect(manage.status).toBe(200);
    expect(manage.headers.get("cache-control")).toBe("no-store");
    expect(await manage.text()).toContain(user.email);
  });
});

describe("POST /v1/billing/checkout", () => {
  const emulator = useEmulator();
  const checkout = (user: string, json: unknown, key?: string) =>
    emulator.api("POST", "/v1/billing/checkout", {
      user,
      json,
      headers: key ? { "idempotency-key": key } : {},
    });
  const status = async (user: string) =>
    (await (await emulator.api("GET", "/v1/billing/status", { user })).json()) as StatusBody;

  it("creates a checkout session with 201", async () => {
    const user = await emulator.createUser();
    const response = await checkout(user.id, {
      plan: "pro",
      interval: "annual",
      return_url: RETURN_URL,
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as CheckoutBody;
    expect(body).toMatchObject({ object: "checkout_session", plan: "pro", interval: "annual" });
    expect(body.checkout_url).toBe(`${emulator.url}/checkout/${body.id}`);
    const expiresIn = Date.parse(body.expires_at) - Date.now();
    expect(expiresIn).toBeGreaterThan(50 * 60 * 1000);
    expect(expiresIn).toBeLessThanOrEqual(60 * 60 * 1000);
  });

  it("replays the same session for the same Idempotency-Key and conflicts on a new body", async () => {
    const user = await emulator.createUser();
    const json = { plan: "scale", interval: "monthly", return_url: RETURN_URL };
    const first = (await (await checkout(user.id, json, "key-1")).json()) as CheckoutBody;
    const replay = await checkout(user.id, json, "key-1");
    expect(replay.status).toBe(201);
    expect(((await replay.json()) as CheckoutBody).id).toBe(first.id);
    const records = Object.values(emulator.emu.store.state.checkouts);
    expect(records.map((record) => record.id)).toEqual([first.id]);
    const conflict = await checkout(user.id, { ...json, plan: "max" }, "key-1");
    expect(conflict.status).toBe(409);
    expect(await errorCode(conflict)).toBe("idempotency_key_conflict");
  });

  it("rejects a return_url that is not an absolute http(s) URL with 422 invalid_target_url", async () => {
    const user = await emulator.createUser();
    for (const url of [
      "/billing/done",
      "ftp://yourapp.example/done",
      "javascript:alert(1)",
      "not a url",
    ]) {
      const response = await checkout(user.id, {
        plan: "pro",
        interval: "monthly",
        return_url: url,
      });
      expect(response.status, url).toBe(422);
      expect(await errorCode(response)).toBe("invalid_target_url");
    }
    expect(emulator.emu.store.state.checkouts).toEqual({});
  });

  it("rejects bad fields and non-JSON bodies with 422 validation_error and per-field details", async () => {
    const user = await emulator.createUser();
    const bad = await checkout(user.id, {
      plan: "free",
      interval: "weekly",
      return_url: RETURN_URL,
    });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as {
      error: { code: string; details: Record<string, unknown> };
    };
    expect(body.error.code).toBe("validation_error");
    expect(Object.keys(body.error.details).sort()).toEqual(["interval", "plan"]);
    const notJson = await emulator.api("POST", "/v1/billing/checkout", {
      user: user.id,
      body: "plan=pro",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(notJson.status).toBe(422);
    expect(await errorCode(notJson)).toBe("validation_error");
  });

  it("renders the checkout page and upgrades on pay, redirecting to return_url as given", async () => {
    const user = await emulator.createUser();
    const json = { plan: "pro", interval: "monthly", return_url: RETURN_URL };
    const session = (await (await checkout(user.id, json)).json()) as CheckoutBody;
    const pageResponse = await fetch(session.checkout_url);
    expect(pageResponse.status).toBe(200);
    expect(pageResponse.headers.get("cache-control")).toBe("no-store");
    const html = await pageResponse.text();
    expect(html).toContain("$9.00 / month");
    expect(html).toContain("Pay $9.00");
    expect(html).toContain(user.email);
    expect(html).toContain(DEMO_APP.name);
    const paid = await fetch(`${session.checkout_url}/pay`, { method: "POST", redirect: "manual" });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(RETURN_URL);
    const after = await status(user.id);
    expect(after.plan).toBe("pro");
    expect(after.usage.monthly.uploads_limit).toBe(1000);
    expect(after.usage.totals.storage_limit_bytes).toBe(10737418240);
    expect(emulator.emu.store.state.checkouts[session.id]?.status).toBe("paid");
    const again = await fetch(`${session.checkout_url}/pay`, {
      method: "POST",
      redirect: "manual",
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("already paid");
  });

  it("cancels without changing the plan", async () => {
    const user = await emulator.createUser();
    const json = { plan: "max", interval: "annual", return_url: RETURN_URL };
    const session = (await (await checkout(user.id, json)).json()) as CheckoutBody;
    const canceled = await fetch(`${session.checkout_url}/cancel`, {
      method: "POST",
      redirect: "manual",
    });
    expect(canceled.status).toBe(303);
    expect(canceled.headers.get("location")).toBe(RETURN_URL);
    expect((await status(user.id)).plan).toBe("free");
    const pay = await fetch(`${session.checkout_url}/pay`, { method: "POST", redirect: "manual" });
    expect(pay.status).toBe(409);
    expect((await status(user.id)).plan).toBe("free");
  });

  it("answers 409 already_subscribed for a paid user, and will not pay a stale checkout", async () => {
    const user = await emulator.createUser();
    const json = { plan: "pro", interval: "monthly", return_url: RETURN_URL };
    const stale = (await (await checkout(user.id, json)).json()) as CheckoutBody;
    await emulator.control("POST", `/users/${user.id}/plan`, { plan: "scale" });
    const response = await checkout(user.id, json);
    expect(response.status).toBe(409);
    expect(await errorCode(response)).toBe("already_subscribed");
    const pay = await fetch(`${stale.checkout_url}/pay`, { method: "POST", redirect: "manual" });
    expect(pay.status).toBe(409);
    expect((await status(user.id)).plan).toBe("scale");
  });

  it("shows an error page for unknown and expired checkouts", async () => {
    const user = await emulator.createUser();
    const json = { plan: "pro", interval: "monthly", return_url: RETURN_URL };
    const session = (await (await checkout(user.id, json)).json()) as CheckoutBody;
    expect((await fetch(`${emulator.url}/checkout/cs_nosuchcheckout`)).status).toBe(404);
    await emulator.control("POST", "/clock", { advance_seconds: 3700 });
    expect((await fetch(session.checkout_url)).status).toBe(410);
    const pay = await fetch(`${session.checkout_url}/pay`, { method: "POST", redirect: "manual" });
    expect(pay.status).toBe(410);
    expect((await status(user.id)).plan).toBe("free");
  });
});

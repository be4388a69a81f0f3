import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/env", async () => {
  const { imgproTestConfig } = await import("@/test/imgpro-config");
  return { getConfig: () => imgproTestConfig() };
});
const { getBillingStatus, startCheckout, toBillingStatus } = await import("./billing");
const { ImgProError } = await import("./errors");

const GIB = 1024 ** 3;

/** GET /v1/billing/status as img.pro documents it (building-an-app, step 4). */
const documented = {
  object: "billing_status",
  plan: "free",
  manage_url: "https://img.pro/billing",
  usage: {
    monthly: { uploads: 42, uploads_limit: 100, uploads_remaining: 58, resets_at: 1798761600 },
    totals: {
      media_stored: 142,
      storage_used_bytes: 52428800,
      storage_limit_bytes: GIB,
      storage_remaining_bytes: GIB - 52428800,
    },
    plan: "free",
  },
  available_plans: [
    {
      object: "plan",
      id: "pro",
      name: "Pro",
      prices: {
        monthly: { amount_cents: 900, currency: "usd" },
        annual: { amount_cents: 9900, currency: "usd" },
      },
      limits: { monthly_uploads: 1000, storage_bytes: 10737418240 },
    },
  ],
};

describe("toBillingStatus", () => {
  it("reshapes the documented status into the app's types", () => {
    expect(toBillingStatus(documented)).toEqual({
      plan: "free",
      manageUrl: "https://img.pro/billing",
      usage: {
        plan: "free",
        uploads: { used: 42, limit: 100, remaining: 58, resetsAt: "2027-01-01T00:00:00.000Z" },
        storage: { used: 52428800, limit: GIB, remaining: GIB - 52428800 },
        imagesStored: 142,
      },
      availablePlans: [
        {
          id: "pro",
          name: "Pro",
          prices: {
            monthly: { amountCents: 900, currency: "usd" },
            annual: { amountCents: 9900, currency: "usd" },
          },
          limits: { monthlyUploads: 1000, storageBytes: 10737418240 },
        },
      ],
    });
  });

  it("keeps what it can of partial plans and drops what is not a plan", () => {
    const status = toBillingStatus({
      ...documented,
      plan: "scale",
      available_plans: [
        { id: "scale", prices: { monthly: { amount_cents: "29", currency: "usd" } } },
        { id: "max", prices: { annual: { amount_cents: 99000, currency: "usd" } }, limits: {} },
        { name: "no id" },
        "pro",
        null,
      ],
    });
    expect(status.plan).toBe("scale");
    expect(status.availablePlans).toEqual([
      {
        id: "scale",
        name: "scale",
        prices: {},
        limits: { monthlyUploads: null, storageBytes: null },
      },
      {
        id: "max",
        name: "max",
        prices: { annual: { amountCents: 99000, currency: "usd" } },
        limits: { monthlyUploads: null, storageBytes: null },
      },
    ]);
  });

  it("defaults a missing plan to free and missing plans to none", () => {
    const status = toBillingStatus({ manage_url: "https://img.pro/billing" });
    expect(status.plan).toBe("free");
    expect(status.availablePlans).toEqual([]);
    expect(status.usage.uploads).toEqual({ used: 0, limit: null, remaining: null, resetsAt: null });
  });

  it("refuses a status without manage_url: every plan change needs it", () => {
    for (const raw of [{ ...documented, manage_url: undefined }, null, "free", []]) {
      expect(() => toBillingStatus(raw)).toThrow(ImgProError);
    }
    let caught: unknown;
    try {
      toBillingStatus({ plan: "pro" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ status: 502, code: "invalid_response" });
  });
});

describe("billing calls", () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    });
  beforeEach(() => {
    fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("reads status for the user, never from a cache", async () => {
    fetchMock.mockResolvedValueOnce(json(200, documented));
    const status = await getBillingStatus("m3k9ab2c");
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe("https://api.test/v1/billing/status");
    expect(init.cache).toBe("no-store");
    expect(init.headers).toMatchObject({ "x-img-user": "m3k9ab2c" });
    expect(status.plan).toBe("free");
  });

  it("starts a checkout with the plan, interval, return_url and Idempotency-Key", async () => {
    fetchMock.mockResolvedValueOnce(
      json(201, { object: "checkout_session", checkout_url: "https://checkout.test/cs_1" }),
    );
    const result = await startCheckout("m3k9ab2c", {
      plan: "pro",
      interval: "annual",
      returnUrl: "https://app.test/billing?checkout=done",
      idempotencyKey: "key-1",
    });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe("https://api.test/v1/billing/checkout");
    expect(init.method).toBe("POST");
    expect(init.headers).toMatchObject({ "idempotency-key": "key-1", "x-img-user": "m3k9ab2c" });
    expect(JSON.parse(init.body as string)).toEqual({
      plan: "pro",
      interval: "annual",
      return_url: "https://app.test/billing?checkout=done",
    });
    expect(result).toEqual({ checkoutUrl: "https://checkout.test/cs_1" });
  });

  it("passes img.pro's already_subscribed through as an ImgProError", async () => {
    fetchMock.mockResolvedValueOnce(
      json(409, { error: { code: "already_subscribed", message: "Already paid." } }),
    );
    await expect(
      startCheckout("m3k9ab2c", {
        plan: "pro",
        interval: "monthly",
        returnUrl: "https://app.test/billing?checkout=done",
        idempotencyKey: "key-2",
      }),
    ).rejects.toMatchObject({ code: "already_subscribed", status: 409 });
  });

  it("refuses a checkout answer without a checkout_url", async () => {
    fetchMock.mockResolvedValueOnce(json(201, { object: "checkout_session" }));
    await expect(
      startCheckout("m3k9ab2c", {
        plan: "pro",
        interval: "monthly",
        returnUrl: "https://app.test/billing?checkout=done",
        idempotencyKey: "key-3",
      }),
    ).rejects.toMatchObject({ code: "invalid_response" });
  });
});

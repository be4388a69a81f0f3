import { DEMO_APP } from "../demo-app";
import { describe, expect, it } from "vitest";
import { useEmulator } from "./harness";

interface StatusBody {
  plan: string;
  manage_url: string;
  usage: { monthly: { uploads_limit: number } };
}

describe("the billing page behind manage_url", () => {
  const emulator = useEmulator();

  async function status(user: string): Promise<StatusBody> {
    const response = await emulator.api("GET", "/v1/billing/status", { user });
    expect(response.status).toBe(200);
    return (await response.json()) as StatusBody;
  }
  async function tokenOf(user: string): Promise<string> {
    const token = new URL((await status(user)).manage_url).searchParams.get("t");
    if (!token) throw new Error("manage_url has no token");
    return token;
  }
  const post = (path: string, form: Record<string, string>) =>
    fetch(`${emulator.url}${path}`, {
      method: "POST",
      body: new URLSearchParams(form),
      redirect: "manual",
    });

  it("shows the account, the plan and usage with a valid link", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", `/users/${user.id}/plan`, { plan: "pro", interval: "annual" });
    const response = await fetch((await status(user.id)).manage_url);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain(user.email);
    expect(html).toContain(DEMO_APP.name);
    expect(html).toMatch(/<strong>Pro<\/strong>, billed annual \(\$99\.00 \/ year\)/);
    expect(html).toMatch(/0 of 1,000/);
    expect(html).toMatch(/0 bytes of\s+10 GB/);
    expect(html).toContain("Cancel subscription");
  });

  it("changes the plan through the form and confirms it", async () => {
    const user = await emulator.createUser();
    const token = await tokenOf(user.id);
    const response = await post("/billing/change", { t: token, plan: "scale", interval: "annual" });
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    expect(location).toMatch(/^\/billing\?t=.+&changed=1$/);
    const after = await status(user.id);
    expect(after.plan).toBe("scale");
    expect(after.usage.monthly.uploads_limit).toBe(10000);
    expect(emulator.emu.store.state.workspaces[`a8o46yrk:${user.id}`]?.interval).toBe("annual");
    const confirmation = await (await fetch(`${emulator.url}${location}`)).text();
    expect(confirmation).toContain("Your plan is now Scale, billed annual.");
  });

  it("rejects invalid form input without changing the plan", async () => {
    const user = await emulator.createUser();
    const token = await tokenOf(user.id);
    const forms: Record<string, string>[] = [
      { plan: "free", interval: "monthly" },
      { plan: "pro", interval: "weekly" },
      {},
    ];
    for (const form of forms) {
      const response = await post("/billing/change", { t: token, ...form });
      expect(response.status, JSON.stringify(form)).toBe(422);
    }
    expect((await status(user.id)).plan).toBe("free");
  });

  it("cancels a subscription back to free", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", `/users/${user.id}/plan`, { plan: "max", interval: "monthly" });
    const token = await tokenOf(user.id);
    const response = await post("/billing/cancel", { t: token });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/&canceled=1$/);
    expect((await status(user.id)).plan).toBe("free");
    expect(emulator.emu.store.state.workspaces[`a8o46yrk:${user.id}`]?.interval).toBeNull();
    const html = await (await fetch(`${emulator.url}${response.headers.get("location")}`)).text();
    expect(html).toContain("You are on the Free plan");
    expect(html).not.toContain("Cancel subscription");
  });

  it("refuses a missing, tampered or other user's token", async () => {
    const alice = await emulator.createUser();
    const bob = await emulator.createUser();
    const aliceToken = await tokenOf(alice.id);
    const [bobPayload] = (await tokenOf(bob.id)).split(".");
    const [, aliceSignature] = aliceToken.split(".");
    const forged = `${bobPayload}.${aliceSignature}`;
    const flipped = `${aliceToken.slice(0, -1)}${aliceToken.endsWith("A") ? "B" : "A"}`;
    for (const token of [forged, flipped]) {
      const page = await fetch(`${emulator.url}/billing?t=${encodeURIComponent(token)}`);
      expect(page.status).toBe(401);
      const html = await page.text();
      expect(html).toContain("Open billing again from the app");
      expect(html).not.toContain(bob.email);
      const change = await post("/billing/change", { t: token, plan: "max", interval: "monthly" });
      expect(change.status).toBe(401);
    }
    expect((await fetch(`${emulator.url}/billing`)).status).toBe(401);
    expect((await status(bob.id)).plan).toBe("free");
    // Alice's genuine token only ever acts on Alice.
    await post("/billing/change", { t: aliceToken, plan: "pro", interval: "monthly" });
    expect((await status(alice.id)).plan).toBe("pro");
    expect((await status(bob.id)).plan).toBe("free");
  });

  it("expires links after an hour", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", `/users/${user.id}/plan`, { plan: "pro" });
    const { manage_url: manageUrl } = await status(user.id);
    const token = new URL(manageUrl).searchParams.get("t") ?? "";
    await emulator.control("POST", "/clock", { advance_seconds: 3700 });
    const page = await fetch(manageUrl);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain("This billing link has expired");
    expect((await post("/billing/cancel", { t: token })).status).toBe(410);
    expect((await status(user.id)).plan).toBe("pro");
  });

  it("stops working for a user who is no longer active", async () => {
    const user = await emulator.createUser();
    const token = await tokenOf(user.id);
    await emulator.control("POST", `/users/${user.id}/disable`);
    const page = await fetch(`${emulator.url}/billing?t=${encodeURIComponent(token)}`);
    expect(page.status).toBe(403);
  });
});

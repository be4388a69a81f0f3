import { Hono } from "hono";
import { html } from "hono/html";
import { z } from "zod";
import { connectWorkspace, endLoginSessions, findOrCreateUser, findUserByEmail } from "./accounts";
import { setPlan } from "./billing/account";
import type { ApiEnv, Emulator } from "./context";
import { randomId, randomToken, sha256 } from "./ids";
import { forgetProcessing, processNextImage } from "./media/processing";
import { PLANS, type PlanId } from "./plans";
import { workspaceKey, type AppRecord } from "./state";
import { page } from "./web/layout";

/**
 * Test controls under /__emulator/. They exist only on the emulator: the app never calls
 * them, tests use them to set up accounts and to inject the faults img.pro can produce.
 */

async function body<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const text = await request.text();
  const result = schema.safeParse(text ? JSON.parse(text) : {});
  if (!result.success) throw new ControlError(z.prettifyError(result.error));
  return result.data;
}

class ControlError extends Error {}

const faultSchema = z.object({
  path: z.string().min(1),
  method: z.string().optional(),
  user: z.string().optional(),
  latency_ms: z.number().int().min(0).max(600_000).optional(),
  status: z.union([z.literal(429), z.number().int().min(500).max(599)]).optional(),
  retry_after: z.number().int().min(0).optional(),
  hang: z.boolean().optional(),
  after: z.boolean().optional(),
  skip: z.number().int().min(1).optional(),
  times: z.number().int().min(1).optional(),
  without_quota_headers: z.boolean().optional(),
});

const planSchema = z.object({
  app_id: z.string().optional(),
  plan: z.enum(Object.keys(PLANS) as [PlanId, ...PlanId[]]),
  interval: z.enum(["monthly", "annual"]).nullable().optional(),
});

export function controlRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();
  const state = () => emu.store.state;
  const defaultAppId = () => Object.keys(state().apps)[0] as string;

  app.onError((error, c) => {
    if (error instanceof ControlError || error instanceof SyntaxError) {
      return c.json({ error: error.message }, 400);
    }
    throw error;
  });

  app.get("/health", (c) => c.json({ ok: true }));

  app.post("/reset", async (c) => {
    emu.store.reset();
    await emu.blobs.clear();
    emu.faults.clear();
    forgetProcessing(emu);
    emu.requestLog.clear();
    emu.rateLimiter.reset();
    emu.rateLimiter.limitPerMinute = emu.rateLimiter.startingLimit;
    emu.anonymousLimiter.reset();
    return c.json({ ok: true });
  });

  app.get("/requests", (c) => {
    const since = c.req.query("since");
    return c.json({
      data: emu.requestLog.list({
        since: since === undefined ? undefined : Number(since),
        path: c.req.query("path"),
        user: c.req.query("user"),
      }),
    });
  });
  app.delete("/requests", (c) => {
    emu.requestLog.clear();
    return c.json({ ok: true });
  });

  app.get("/faults", (c) => c.json({ data: emu.faults.list() }));
  app.post("/faults", async (c) => {
    const spec = await body(c.req.raw, faultSchema);
    const fault = emu.faults.add({
      path: spec.path,
      method: spec.method,
      user: spec.user,
      latencyMs: spec.latency_ms,
      status: spec.status,
      retryAfter: spec.retry_after,
      hang: spec.hang,
      after: spec.after,
      skip: spec.skip,
      times: spec.times,
      withoutQuotaHeaders: spec.without_quota_headers,
    });
    return c.json(fault, 201);
  });
  app.delete("/faults", (c) => {
    emu.faults.clear();
    return c.json({ ok: true });
  });
  app.delete("/faults/:id", (c) =>
    emu.faults.remove(c.req.param("id"))
      ? c.json({ ok: true })
      : c.json({ error: "no such fault" }, 404),
  );

  app.post("/apps", async (c) => {
    const input = await body(
      c.req.raw,
      z.object({ name: z.string().min(1).max(80), redirect_uris: z.array(z.url()).min(1) }),
    );
    const secret = `img_sk_live_${randomToken(24)}`;
    const record: AppRecord = {
      id: randomId(),
      name: input.name,
      secretHash: sha256(secret),
      redirectUris: input.redirect_uris,
      suspended: false,
      createdAt: emu.now(),
    };
    state().apps[record.id] = record;
    emu.store.changed();
    return c.json(
      { id: record.id, name: record.name, secret, redirect_uris: record.redirectUris },
      201,
    );
  });
  // With `{ user }` only that user's API calls see the suspension (see AppRecord).
  const setSuspended =
    (suspended: boolean) => async (c: { req: { param(name: "id"): string; raw: Request } }) => {
      const record = state().apps[c.req.param("id")];
      if (!record) return Response.json({ error: "no such app" }, { status: 404 });
      const { user } = await body(c.req.raw, z.object({ user: z.string().min(1).optional() }));
      if (user) {
        const others = (record.suspendedFor ?? []).filter((id) => id !== user);
        record.suspendedFor = suspended ? [...others, user] : others;
      } else {
        record.suspended = suspended;
      }
      emu.store.changed();
      return Response.json({
        id: record.id,
        suspended: record.suspended,
        suspended_for: record.suspendedFor ?? [],
      });
    };
  app.post("/apps/:id/suspend", setSuspended(true));
  app.post("/apps/:id/unsuspend", setSuspended(false));

  app.post("/users", async (c) => {
    const input = await body(
      c.req.raw,
      z.object({
        email: z.email(),
        app_id: z.string().optional(),
        connect: z.boolean().default(true),
      }),
    );
    const appId = input.app_id ?? defaultAppId();
    if (!state().apps[appId]) return c.json({ error: "no such app" }, 404);
    const user = findOrCreateUser(emu, input.email);
    if (input.connect) connectWorkspace(emu, appId, user.id);
    return c.json({ id: user.id, email: user.email, status: user.status }, 201);
  });
  app.get("/users", (c) => {
    const email = c.req.query("email");
    const users = Object.values(state().users).filter(
      (user) => !email || user === findUserByEmail(emu, email),
    );
    return c.json({ data: users });
  });
  const setStatus =
    (status: "deleted" | "disabled" | "active") => (c: { req: { param(name: "id"): string } }) => {
      const user = state().users[c.req.param("id")];
      if (!user) return Response.json({ error: "no such user" }, { status: 404 });
      user.status = status;
      if (status !== "active") endLoginSessions(emu, user.id);
      emu.store.changed();
      return Response.json({ id: user.id, status });
    };
  app.delete("/users/:id", setStatus("deleted"));
  app.post("/users/:id/disable", setStatus("disabled"));
  app.post("/users/:id/enable", setStatus("active"));
  app.post("/users/:id/plan", async (c) => {
    const input = await body(c.req.raw, planSchema);
    const workspace =
      state().workspaces[workspaceKey(input.app_id ?? defaultAppId(), c.req.param("id"))];
    if (!workspace) return c.json({ error: "user is not connected to that app" }, 404);
    setPlan(emu, workspace, input.plan, input.interval ?? "monthly");
    return c.json({ plan: workspace.plan, interval: workspace.interval });
  });

  app.post("/users/:id/processing", async (c) => {
    const input = await body(
      c.req.raw,
      z.object({
        reads: z.number().int().min(0).max(50),
        then: z.enum(["ready", "failed"]).optional(),
      }),
    );
    processNextImage(emu, c.req.param("id"), { reads: input.reads, then: input.then ?? "ready" });
    return c.json({ ok: true });
  });

  app.post("/clock", async (c) => {
    const input = await body(
      c.req.raw,
      z.object({ advance_seconds: z.number().optional(), reset: z.boolean().optional() }),
    );
    if (input.reset) state().clockOffsetMs = 0;
    if (input.advance_seconds) state().clockOffsetMs += input.advance_seconds * 1000;
    emu.store.changed();
    return c.json({ now: new Date(emu.now()).toISOString() });
  });

  app.post("/config", async (c) => {
    const input = await body(
      c.req.raw,
      z.object({ rate_limit_per_minute: z.number().int().min(1).optional() }),
    );
    if (input.rate_limit_per_minute) emu.rateLimiter.limitPerMinute = input.rate_limit_per_minute;
    emu.rateLimiter.reset();
    return c.json({ rate_limit_per_minute: emu.rateLimiter.limitPerMinute });
  });

  // The dev inbox: one-time codes the hosted login "mails". JSON for tests, a page for people.
  app.get("/inbox", (c) => {
    const email = c.req.query("email")?.trim().toLowerCase();
    const messages = state()
      .inbox.filter((message) => !email || message.email === email)
      .slice()
      .reverse();
    if (c.req.header("accept")?.includes("application/json")) {
      return c.json({
        data: messages.map((message) => ({
          email: message.email,
          code: message.code,
          app_name: message.appName,
          sent_at: new Date(message.sentAt).toISOString(),
        })),
      });
    }
    return c.html(
      page(
        "Dev inbox",
        html`<h1>Dev inbox</h1>
          <p class="muted">
            The emulator sends no mail. One-time sign-in codes appear here (newest first) and in the
            emulator's log.
          </p>
          ${
            messages.length === 0
              ? html`<p>
                  No codes yet. Start a sign-in with your app's Continue with img.pro button.
                </p>`
              : html`<table>
                  <thead>
                    <tr>
                      <th>Email</th>
                      <th>Code</th>
                      <th>For</th>
                      <th>Sent</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${messages.map(
                      (message) =>
                        html`<tr>
                          <td>${message.email}</td>
                          <td><code data-testid="inbox-code">${message.code}</code></td>
                          <td>${message.appName}</td>
                          <td>${new Date(message.sentAt).toISOString()}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
          }`,
        { wide: true },
      ),
    );
  });

  return app;
}

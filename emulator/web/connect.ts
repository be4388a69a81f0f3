import { Hono, type Context, type MiddlewareHandler } from "hono";
import { z } from "zod";
import { connectWorkspace, findOrCreateUser } from "../accounts";
import type { ApiEnv, Emulator } from "../context";
import { mintAuthCode } from "../login/codes";
import { ownRecord } from "../login/records";
import { callbackUrl, isRefusal, parseConnectRequest } from "../login/request";
import { currentLogin, endLogin, startLogin } from "../login/session";
import {
  MAX_OTP_ATTEMPTS,
  checkOtp,
  endTransaction,
  issueOtp,
  loadTransaction,
  startTransaction,
} from "../login/transactions";
import { workspaceKey } from "../state";
import { codePage, consentPage, emailPage } from "./connect-pages";
import { errorPage } from "./layout";

/**
 * Hosted login: GET /connect and the forms it leads to. Nothing here redirects to a URI
 * that was not registered for the app, and nothing but these routes mints a code.
 */

// Login pages hold one-time state and must never be cached or framed (clickjacking Connect).
const hardened: MiddlewareHandler<ApiEnv> = async (c, next) => {
  await next();
  c.res.headers.set("Cache-Control", "no-store");
  c.res.headers.set("X-Frame-Options", "DENY");
  c.res.headers.set("Content-Security-Policy", "frame-ancestors 'none'");
  c.res.headers.set("Referrer-Policy", "no-referrer");
};

const emailSchema = z.email().max(254);

async function readForm(c: Context<ApiEnv>): Promise<(name: string) => string> {
  const body = await c.req.parseBody();
  return (name) => {
    const value = body[name];
    return typeof value === "string" ? value : "";
  };
}

const transactionGone = (c: Context<ApiEnv>) =>
  c.html(
    errorPage(
      "Sign-in expired",
      "This sign-in has expired or was already finished. Go back to the app and start again.",
    ),
    400,
  );

export function connectRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();
  app.use("/connect", hardened);
  app.use("/connect/*", hardened);

  app.get("/connect", (c) => {
    const request = parseConnectRequest(emu, new URL(c.req.url).searchParams);
    if (isRefusal(request))
      return c.html(errorPage(request.title, request.message), request.status);
    const login = currentLogin(emu, c);

    if (request.silent) {
      const workspaces = emu.store.state.workspaces;
      const params: Record<string, string> =
        login && ownRecord(workspaces, workspaceKey(request.app.id, login.user.id))
          ? { code: mintAuthCode(emu, request.app.id, login.user.id) }
          : { error: "interaction_required" };
      return c.redirect(callbackUrl(request.redirectUri, params, request.state), 302);
    }

    const transaction = startTransaction(emu, request, login?.user ?? null);
    return c.html(
      login
        ? consentPage(request.app, transaction.id, login.user.email)
        : emailPage(request.app, transaction.id),
    );
  });

  app.post("/connect/email", async (c) => {
    const field = await readForm(c);
    const live = loadTransaction(emu, field("tx"));
    if (!live) return transactionGone(c);
    const { transaction, app: client } = live;
    const email = field("email").trim().toLowerCase();
    if (!emailSchema.safeParse(email).success) {
      const error = "Enter a valid email address, like jane@example.com.";
      return c.html(emailPage(client, transaction.id, { email: field("email"), error }), 422);
    }
    const otp = issueOtp(emu, transaction, email);
    emu.store.state.inbox.push({ email, code: otp, appName: client.name, sentAt: emu.now() });
    emu.store.changed();
    console.log(`[emulator] one-time code for ${email}: ${otp}`);
    return c.html(codePage(transaction.id, email));
  });

  app.post("/connect/code", async (c) => {
    const field = await readForm(c);
    const live = loadTransaction(emu, field("tx"));
    if (!live) return transactionGone(c);
    const { transaction, app: client } = live;
    const email = transaction.email ?? "";
    const result = checkOtp(emu, transaction, field("code"));
    if (result === "none") return c.html(emailPage(client, transaction.id), 400);
    if (result === "expired") {
      const error = "This code has expired. Send a new one.";
      return c.html(codePage(transaction.id, email, { error, expired: true }), 422);
    }
    if (result === "wrong") {
      const left = MAX_OTP_ATTEMPTS - transaction.otpAttempts;
      const error = `That code is not right. ${left} ${left === 1 ? "attempt" : "attempts"} left.`;
      return c.html(codePage(transaction.id, email, { error }), 422);
    }
    if (result === "locked") {
      const message = `The code was wrong ${MAX_OTP_ATTEMPTS} times, so this sign-in has ended. Go back to the app and start again.`;
      return c.html(errorPage("Too many attempts", message), 429);
    }

    const user = findOrCreateUser(emu, email);
    if (user.status !== "active") {
      endTransaction(emu, transaction);
      return c.html(errorPage("Account disabled", "This img.pro account has been disabled."), 403);
    }
    transaction.userId = user.id;
    emu.store.changed();
    startLogin(emu, c, user);
    return c.html(consentPage(client, transaction.id, user.email));
  });

  app.post("/connect/consent", async (c) => {
    const field = await readForm(c);
    const live = loadTransaction(emu, field("tx"));
    if (!live) return transactionGone(c);
    const { transaction, app: client } = live;
    // The consent must come from the browser that proved the email, not just anyone with the tx.
    const login = currentLogin(emu, c);
    if (!transaction.userId || !login || login.user.id !== transaction.userId) {
      const message =
        "This browser is not signed in as that account anymore. Go back to the app and start again.";
      return c.html(errorPage("Sign-in required", message), 403);
    }
    const decision = field("decision");
    if (decision !== "connect" && decision !== "cancel") {
      return c.html(errorPage("Invalid request", "Choose Connect or Cancel."), 400);
    }
    endTransaction(emu, transaction);
    let params: Record<string, string> = { error: "access_denied" };
    if (decision === "connect") {
      connectWorkspace(emu, client.id, login.user.id);
      params = { code: mintAuthCode(emu, client.id, login.user.id) };
    }
    return c.redirect(callbackUrl(transaction.redirectUri, params, transaction.state), 303);
  });

  app.post("/connect/switch", async (c) => {
    const field = await readForm(c);
    const live = loadTransaction(emu, field("tx"));
    if (!live) return transactionGone(c);
    const { transaction, app: client } = live;
    endLogin(emu, c);
    Object.assign(transaction, { email: null, otp: null, otpExpiresAt: 0, userId: null });
    emu.store.changed();
    return c.html(emailPage(client, transaction.id));
  });

  return app;
}

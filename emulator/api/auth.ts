import { Hono } from "hono";
import type { ApiEnv, Emulator } from "../context";
import { ApiError, validationError } from "../errors";
import { ownRecord } from "../login/records";

const invalidCode = () =>
  new ApiError(
    422,
    "invalid_code",
    "This code is invalid, expired, already used or for another app. Restart hosted login to get a new one.",
  );

/** The `code` field of a JSON body, or a 422 validation_error naming it. */
async function readCode(request: Request): Promise<string> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw validationError({ code: 'Send a JSON body like {"code": "…"}.' });
  }
  const code = typeof body === "object" && body !== null ? Reflect.get(body, "code") : undefined;
  if (typeof code !== "string" || code === "") {
    throw validationError({ code: "The code from the hosted login callback is required." });
  }
  return code;
}

/**
 * POST /v1/auth/exchange: a code from the hosted login callback for the verified user.
 * The middleware has already authenticated the app (and only the app: no X-Img-User).
 */
export function authRoutes(emu: Emulator) {
  const app = new Hono<ApiEnv>();

  app.post("/v1/auth/exchange", async (c) => {
    const client = c.get("app");
    const code = await readCode(c.req.raw);
    const record = ownRecord(emu.store.state.codes, code);
    // Another app's code is refused without being spent: presenting it proves nothing.
    if (!record || record.appId !== client.id) throw invalidCode();
    if (record.usedAt !== null || record.expiresAt <= emu.now()) throw invalidCode();
    // Spent before the user check, so a code can never be tried twice whatever the outcome.
    record.usedAt = emu.now();
    emu.store.changed();

    const user = ownRecord(emu.store.state.users, record.userId);
    if (!user || user.status !== "active") {
      throw new ApiError(403, "user_forbidden", "This user's img.pro account is gone or disabled.");
    }
    c.header("Cache-Control", "no-store");
    return c.json({
      object: "auth_context",
      app: { id: client.id, object: "app", name: client.name },
      user: { id: user.id, object: "user", email: user.email, verified: true },
    });
  });

  return app;
}

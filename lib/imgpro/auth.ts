import "server-only";
import { z } from "zod";
import { getConfig } from "@/lib/env";
import { imgproRequest } from "./client";
import { ImgProError } from "./errors";
import type { AuthContext } from "./types";

/** The hosted-login URL (step 1 of "Building an app"). */
export function connectUrl({ state, silent }: { state: string; silent: boolean }): string {
  const { imgpro, redirectUri } = getConfig();
  const url = new URL("/connect", imgpro.webUrl);
  url.searchParams.set("app", imgpro.appId);
  url.searchParams.set("redirect_uri", redirectUri);
  url.searchParams.set("state", state);
  if (silent) url.searchParams.set("prompt", "none");
  return url.toString();
}

const authContextSchema = z.object({
  app: z.object({ id: z.string().min(1), name: z.string() }),
  user: z.object({ id: z.string().min(1), email: z.string() }),
});

/**
 * Trades the one-time code for the verified user (step 2), server-side with the machine
 * secret. Never retried: a code is single use, so a second try could only fail.
 */
export async function exchangeCode(code: string): Promise<AuthContext> {
  const { data } = await imgproRequest<unknown>("/v1/auth/exchange", {
    method: "POST",
    json: { code },
  });
  const parsed = authContextSchema.safeParse(data);
  if (!parsed.success) {
    throw new ImgProError(502, "invalid_response", "img.pro answered the exchange unexpectedly.");
  }
  return {
    app: { id: parsed.data.app.id, name: parsed.data.app.name },
    user: { id: parsed.data.user.id, email: parsed.data.user.email },
  };
}

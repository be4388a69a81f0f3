import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { sealData, unsealData } from "iron-session";
import { FLOW_TTL_SECONDS } from "@/lib/auth/cookies";
import { ironPasswords, type AppConfig } from "@/lib/env";

/**
 * One sign-in attempt, remembered in its own sealed cookie between /login and /callback.
 * The cookie's name is derived from the state, so two tabs signing in at once each keep
 * their own flow instead of overwriting one shared cookie.
 */
export interface LoginFlow {
  state: string;
  returnTo: string;
  /** Tried with prompt=none: interaction_required then restarts once, interactively. */
  silent: boolean;
  /** Started again after a failed exchange: a second failure stops instead of looping. */
  restarted: boolean;
}

/** 256 random bits, URL-safe: the CSRF token img.pro echoes back unmodified. */
export function newState(): string {
  return randomBytes(32).toString("base64url");
}

/** The id in the flow cookie's name (lib/auth/cookies.ts), derived from the state. */
export function flowIdOf(state: string): string {
  // Hashing keeps the name short and free of whatever characters a forged state carries.
  return createHash("sha256").update(state).digest("base64url").slice(0, 22);
}

const password = (config: Pick<AppConfig, "sessionSecrets">) =>
  ironPasswords(config.sessionSecrets);

export async function sealFlow(flow: LoginFlow, config: AppConfig): Promise<string> {
  return sealData(flow, { password: password(config), ttl: FLOW_TTL_SECONDS });
}

/**
 * The flow for this state, or null when the cookie is missing, forged, expired (the seal
 * carries its own expiry, whatever the browser does with Max-Age) or for another state.
 */
export async function openFlow(
  sealed: string | undefined,
  state: string,
  config: AppConfig,
): Promise<LoginFlow | null> {
  if (!sealed) return null;
  let flow: Partial<LoginFlow>;
  try {
    flow = await unsealData<Partial<LoginFlow>>(sealed, {
      password: password(config),
      ttl: FLOW_TTL_SECONDS,
    });
  } catch {
    return null;
  }
  if (typeof flow.state !== "string" || typeof flow.returnTo !== "string") return null;
  const expected = Buffer.from(flow.state);
  const received = Buffer.from(state);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) return null;
  return {
    state: flow.state,
    returnTo: flow.returnTo,
    silent: flow.silent === true,
    restarted: flow.restarted === true,
  };
}

import type { Emulator } from "../context";
import type { AppRecord } from "../state";
import { ownRecord } from "./records";

export const MAX_STATE_LENGTH = 512;

export interface ConnectRequest {
  app: AppRecord;
  redirectUri: string;
  /** null when the app sent no `state`; an empty `state=` was sent, so it is echoed. */
  state: string | null;
  silent: boolean;
}

/** Why a login link is refused. Always shown as a page: a bad link must never redirect. */
export interface ConnectRefusal {
  status: 400 | 403;
  title: string;
  message: string;
}

const refuse = (status: 400 | 403, title: string, message: string): ConnectRefusal => ({
  status,
  title,
  message,
});

/**
 * Checks a /connect link. The order matters: until the app and its redirect URI are known
 * good there is nowhere safe to send the browser, so every failure here is a page.
 */
export function parseConnectRequest(
  emu: Emulator,
  query: URLSearchParams,
): ConnectRequest | ConnectRefusal {
  for (const name of ["app", "redirect_uri", "state", "prompt"]) {
    // Two values would leave it ambiguous which one was checked and which one is echoed.
    if (query.getAll(name).length > 1) {
      return refuse(400, "Invalid sign-in link", `The ${name} parameter appears more than once.`);
    }
  }
  const appId = query.get("app");
  if (!appId) return refuse(400, "Invalid sign-in link", "The link names no app.");
  const app = ownRecord(emu.store.state.apps, appId);
  if (!app) return refuse(400, "Unknown app", "No app is registered with this id.");
  if (app.suspended) {
    return refuse(403, "App suspended", `${app.name} has been suspended by an img.pro operator.`);
  }

  const redirectUri = query.get("redirect_uri");
  if (!redirectUri) return refuse(400, "Invalid sign-in link", "The link has no redirect_uri.");
  // Byte for byte, as img.pro documents: no trailing-slash, case or query leniency.
  if (!app.redirectUris.includes(redirectUri)) {
    return refuse(
      400,
      "Redirect URI not registered",
      `${redirectUri} is not a redirect URI registered for ${app.name}. It must match a registered one exactly.`,
    );
  }

  const state = query.get("state");
  // Counted in code points: a character the user sees is one character.
  if (state !== null && [...state].length > MAX_STATE_LENGTH) {
    return refuse(
      400,
      "Invalid sign-in link",
      `The state parameter is longer than ${MAX_STATE_LENGTH} characters.`,
    );
  }

  // Unknown prompt values are ignored, like OAuth servers do, rather than failing the login.
  return { app, redirectUri, state, silent: query.get("prompt") === "none" };
}

export function isRefusal(value: ConnectRequest | ConnectRefusal): value is ConnectRefusal {
  return "title" in value;
}

/**
 * The URL the browser returns to. The registered URI's own query is kept as it is: only
 * the new parameters are encoded and appended.
 */
export function callbackUrl(
  redirectUri: string,
  params: Record<string, string>,
  state: string | null,
): string {
  const url = new URL(redirectUri);
  const added = new URLSearchParams(params);
  if (state !== null) added.set("state", state);
  url.search = url.search ? `${url.search}&${added}` : `?${added}`;
  return url.toString();
}

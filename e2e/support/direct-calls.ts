import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from "@playwright/test";
import { sealData } from "iron-session";
import { APP_URL, E2E_SESSION_SECRET, EMULATOR_URL } from "../env";
import { sessionCookie } from "./emulator";

/**
 * Requests made the way an attacker would: straight at a server action or a route, with
 * whatever cookie and Origin they choose, and the emulator's request log read back to prove
 * img.pro never heard of them.
 */

const distDir = process.env.NEXT_DIST_DIR || ".next";

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
}

/** Every server action of the app, by export name, with the file that exports it. */
export const SERVER_ACTIONS = {
  signOut: "app/(app)/actions.ts",
  startUpgrade: "app/(app)/billing/actions.ts",
  clearCheckoutMarker: "app/(app)/billing/actions.ts",
  updateImageAction: "app/(app)/gallery/actions.ts",
  deleteImageAction: "app/(app)/gallery/actions.ts",
  batchTagAction: "app/(app)/gallery/actions.ts",
  batchDeleteAction: "app/(app)/gallery/actions.ts",
  refreshUsageAction: "app/(app)/gallery/actions.ts",
  checkImageAction: "app/(app)/gallery/actions.ts",
  importFromUrl: "app/(app)/gallery/import-actions.ts",
} as const;

export type ServerActionName = keyof typeof SERVER_ACTIONS;

/** The build's server actions by id (the ids change with every build). */
function builtActions(): [string, ManifestEntry][] {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  return Object.entries((JSON.parse(readFileSync(file, "utf8")) as ManifestNode).node);
}
type ManifestNode = { node: Record<string, ManifestEntry> };

function actionId(filename: string, exportedName: string): string {
  const ids = builtActions()
    .filter(([, entry]) => entry.filename === filename && entry.exportedName === exportedName)
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`${filename}#${exportedName}: ${ids.length} ids`);
  return ids[0] as string;
}

export interface Sender {
  /** The `session` cookie's value; none when undefined. */
  session?: string;
  /** The Origin header; none when undefined. */
  origin?: string;
  headers?: Record<string, string>;
}

/** The headers a browser's fetch would carry, as this sender chooses them. */
function headersOf(sender: Sender): Record<string, string> {
  return {
    ...(sender.session !== undefined ? { cookie: `session=${sender.session}` } : {}),
    ...(sender.origin !== undefined ? { origin: sender.origin } : {}),
    ...sender.headers,
  };
}

/** One request from a context of its own, so no cookie carries over from another case. */
async function send(
  url: string,
  options: Parameters<APIRequestContext["fetch"]>[1],
): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  const context = await playwrightRequest.newContext({ baseURL: APP_URL });
  try {
    const response: APIResponse = await context.fetch(url, { maxRedirects: 0, ...options });
    return { status: response.status(), headers: response.headers(), text: await response.text() };
  } finally {
    await context.dispose();
  }
}

/**
 * Server actions in the build and route handlers in app/ that accept a write, beyond those
 * these specs know: a new one fails the suite until it is added here and to the specs.
 */
export function unknownWriteEndpoints(): string[] {
  const actions = builtActions()
    .map(([, { filename, exportedName }]) => ({ filename, exportedName }))
    .filter(({ filename, exportedName }) => {
      const known = SERVER_ACTIONS[exportedName as ServerActionName] as string | undefined;
      return known !== filename;
    })
    .map(({ filename, exportedName }) => `${filename}#${exportedName}`);
  const routes = routeFiles("app")
    .filter((route) =>
      /export\s+(async\s+)?(function|const)\s+(POST|PUT|PATCH|DELETE)\b/.test(
        readFileSync(route, "utf8"),
      ),
    )
    .filter((route) => route !== path.join("app", "api", "uploads", "route.ts"));
  return [...actions, ...routes];
}

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

export type ActionBody = { json: unknown[] } | { form: Record<string, string>; args: unknown[] };

/**
 * A server action called the way Next.js' client calls it (captured from Chromium): a POST
 * to a page with the `Next-Action` header and the arguments as a JSON array (text/plain), or,
 * when one is a FormData, as multipart: React's encodeReply sends the form's fields prefixed
 * `_1_`, then `0`, the arguments with "$K1" standing for the form. The order matters: the
 * server resolves "$K1" from the fields that came before it.
 */
export function callAction(
  name: ServerActionName,
  pagePath: string,
  body: ActionBody,
  sender: Sender,
) {
  const id = actionId(SERVER_ACTIONS[name], name);
  const headers = { ...headersOf(sender), "next-action": id, accept: "text/x-component" };
  if ("json" in body) {
    return send(pagePath, {
      method: "POST",
      headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
      data: JSON.stringify(body.json),
    });
  }
  const multipart = new FormData();
  for (const [name, value] of Object.entries(body.form)) multipart.append(`_1_${name}`, value);
  multipart.append("0", JSON.stringify(body.args));
  return send(pagePath, { method: "POST", headers, multipart });
}

/** POST /api/uploads as the upload queue sends it: raw bytes, metadata in headers. */
export function postUpload(bytes: Buffer, sender: Sender) {
  return send("/api/uploads", {
    method: "POST",
    headers: {
      "content-type": "image/png",
      "x-filename": "direct.png",
      "idempotency-key": `direct-${crypto.randomUUID()}`,
      ...headersOf(sender),
    },
    data: bytes,
  });
}

export async function sessionOf(page: Page): Promise<string> {
  const cookie = await sessionCookie(page);
  if (!cookie) throw new Error("no session cookie: sign in first");
  return cookie.value;
}

/** Session cookies the app must treat as no session at all. */
export async function forgedSessions(user: { userId: string; email: string }) {
  const data = { ...user, connectedAt: Date.now() };
  return {
    // iron seals carry their expiry (sealed at + ttl) under the MAC: this one ended 2 minutes
    // ago, past iron-session's 60 seconds of allowed clock skew.
    "expired (the app's own secret)": await sealData(data, {
      password: { 1: E2E_SESSION_SECRET },
      ttl: -120,
    }),
    garbage: Buffer.from(crypto.getRandomValues(new Uint8Array(48))).toString("base64url"),
    // The shape of a seal, with parts iron-session throws on rather than ignores.
    "malformed seal": "Fe26.2*1*salt*iv*data*not-a-number*salt*mac~2",
    "wrong prefix": "Fe99.9*1*salt*iv*data**salt*mac~2",
    "sealed with another secret": await sealData(data, {
      password: { 1: "another-apps-secret-0123456789-abcdefghijklmnop" },
    }),
  };
}

export type LoggedCall = { seq: number; method: string; path: string; user: string | null };

async function loggedCalls(request: APIRequestContext, since?: number): Promise<LoggedCall[]> {
  const response = await request.get(`${EMULATOR_URL}/__emulator/requests`, {
    params: since === undefined ? {} : { since },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { data: LoggedCall[] }).data;
}

/** Where the emulator's request log stands now: its last seq (`since` takes a seq). */
export async function logMark(request: APIRequestContext): Promise<number> {
  return (await loggedCalls(request)).at(-1)?.seq ?? 0;
}

/**
 * img.pro calls since the mark that could belong to the case under test: any made for one
 * of these users, or for no user at all. Sign-ins of tests running in parallel exchange
 * codes with no user, so /v1/auth/exchange (which no action or upload calls) is left out.
 */
export async function callsSince(
  request: APIRequestContext,
  mark: number,
  users: string[],
): Promise<LoggedCall[]> {
  return (await loggedCalls(request, mark)).filter(
    (call) =>
      call.path !== "/v1/auth/exchange" && (call.user === null || users.includes(call.user)),
  );
}

import { afterAll, beforeAll, beforeEach } from "vitest";
import { DEMO_APP } from "../demo-app";
import { startEmulator, type RunningEmulator } from "../server";

/**
 * Contract tests talk to a real emulator over HTTP, as an app would. Each test file gets its
 * own in-memory emulator on a free port, reset before every test.
 */
export function useEmulator(options: { rateLimitPerMinute?: number } = {}) {
  const context = {} as { running: RunningEmulator; url: string };
  beforeAll(async () => {
    context.running = await startEmulator({ port: 0, dataDir: null, ...options });
    context.url = context.running.url;
  });
  beforeEach(async () => {
    await control("POST", "/reset");
  });
  afterAll(async () => {
    await context.running?.close();
  });

  async function control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${context.url}/__emulator${path}`, {
      method,
      headers: { "content-type": "application/json", accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** A user connected to the app (the demo app unless `appId`). */
  async function createUser(
    email = `user-${Math.random().toString(36).slice(2)}@example.com`,
    appId?: string,
  ) {
    return control<{ id: string; email: string }>("POST", "/users", { email, app_id: appId });
  }

  /** A second registered app, for sandbox tests. */
  async function createApp(name = "Other App") {
    return control<{ id: string; secret: string; name: string; redirect_uris: string[] }>(
      "POST",
      "/apps",
      {
        name,
        redirect_uris: ["http://localhost:3999/callback"],
      },
    );
  }

  /**
   * Calls the API as an app. `user` sets X-Img-User; `secret` defaults to the demo app's.
   * `json` sends a JSON body; `body` sends anything else as is.
   */
  async function api(
    method: string,
    path: string,
    init: {
      user?: string;
      secret?: string | null;
      json?: unknown;
      body?: BodyInit;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    const secret = init.secret === undefined ? DEMO_APP.secret : init.secret;
    if (secret) headers.authorization = `Bearer ${secret}`;
    if (init.user) headers["x-img-user"] = init.user;
    let body = init.body;
    if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
    }
    return fetch(`${context.url}${path}`, { method, headers, body, redirect: "manual" });
  }

  return {
    get url() {
      return context.url;
    },
    get emu() {
      return context.running.emu;
    },
    control,
    createUser,
    createApp,
    api,
  };
}

/** The newest error envelope's code, asserting the envelope's shape on the way. */
export async function errorCode(response: Response): Promise<string> {
  const body = (await response.json()) as {
    error?: { type?: unknown; code?: unknown; message?: unknown };
  };
  if (
    typeof body.error?.code !== "string" ||
    typeof body.error.message !== "string" ||
    typeof body.error.type !== "string"
  ) {
    throw new Error(`not an error envelope: ${JSON.stringify(body)}`);
  }
  return body.error.code;
}

export { DEMO_APP };

import { getRequestListener } from "@hono/node-server";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Hono } from "hono";
import { authRoutes } from "./api/auth";
import { billingApiRoutes } from "./api/billing";
import { imageRoutes } from "./api/images";
import { apiAuth } from "./api/middleware";
import { AnonymousLimiter } from "./api/anonymous-limit";
import { RateLimiter } from "./api/rate-limit";
import { QUOTA_HEADER_NAMES, usageRoutes } from "./api/usage";
import { cdnRoutes } from "./cdn";
import type { ApiEnv, Emulator } from "./context";
import { controlRoutes } from "./controls";
import { ApiError } from "./errors";
import { FaultRegistry, type Fault } from "./faults";
import { removeExpired } from "./media/library";
import { RequestLog } from "./request-log";
import { Store, createBlobStore } from "./store";
import { billingPageRoutes } from "./web/billing-pages";
import { connectRoutes } from "./web/connect";
import { errorPage, FAVICON_SVG } from "./web/layout";

export interface EmulatorOptions {
  /** The origin clients reach the emulator at (used in every URL it hands out). */
  publicUrl: string;
  /** Folder for persistent state; null for in-memory (tests). */
  dataDir: string | null;
  extraRedirectUris?: string[];
  rateLimitPerMinute?: number;
}

const MAX_HANG_MS = 10 * 60 * 1000;

function faultResponse(fault: Fault): Response {
  const status = fault.status ?? 503;
  const retryAfter = fault.retryAfter ?? (status === 429 ? 1 : undefined);
  const headers = retryAfter === undefined ? undefined : { "Retry-After": String(retryAfter) };
  if (status === 429) {
    return new ApiError(429, "rate_limited", "Too many requests.", {
      action: { type: "wait", retry_after: retryAfter },
      headers,
    }).toResponse();
  }
  return new ApiError(status, "service_unavailable", "img.pro is temporarily unavailable.", {
    headers,
  }).toResponse();
}

function waitUntilAborted(signal: AbortSignal, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function createEmulator(options: EmulatorOptions) {
  const store = new Store({
    dataDir: options.dataDir,
    extraRedirectUris: options.extraRedirectUris,
  });
  const emu: Emulator = {
    store,
    blobs: createBlobStore(options.dataDir),
    faults: new FaultRegistry(),
    requestLog: new RequestLog(),
    rateLimiter: new RateLimiter(options.rateLimitPerMinute ?? 1200),
    anonymousLimiter: new AnonymousLimiter(),
    publicUrl: options.publicUrl.replace(/\/+$/, ""),
    now: () => Date.now() + store.state.clockOffsetMs,
  };

  const app = new Hono<ApiEnv>();

  app.onError((error, c) => {
    if (error instanceof ApiError) return error.toResponse();
    console.error("[emulator] unexpected error:", error);
    if (c.req.path.startsWith("/v1/")) {
      return new ApiError(500, "server_error", "Unexpected server error.").toResponse();
    }
    return c.html(errorPage("Something went wrong", "The emulator hit an unexpected error."), 500);
  });
  app.notFound((c) =>
    c.req.path.startsWith("/v1/")
      ? new ApiError(404, "not_found", "No such endpoint.").toResponse()
      : c.html(errorPage("Not found", "There is nothing at this address."), 404),
  );

  app.use("/v1/*", async (c, next) => {
    const started = Date.now();
    await next();
    emu.requestLog.add({
      at: new Date(emu.now()).toISOString(),
      method: c.req.method,
      path: c.req.path,
      query: new URL(c.req.url).search,
      app: c.get("app")?.id ?? null,
      user: c.req.header("x-img-user") ?? null,
      idempotencyKey: c.req.header("idempotency-key") ?? null,
      status: c.res.status,
      durationMs: Date.now() - started,
    });
  });

  app.use("*", async (c, next) => {
    if (c.req.path.startsWith("/__emulator")) return next();
    const faults = emu.faults.match(c.req.method, c.req.path, c.req.header("x-img-user") ?? null);
    for (const fault of faults) {
      if (fault.latencyMs) await waitUntilAborted(c.req.raw.signal, fault.latencyMs);
      if (fault.hang) {
        await waitUntilAborted(c.req.raw.signal, MAX_HANG_MS);
        return new ApiError(504, "timeout", "The request hung.").toResponse();
      }
    }
    const failing = faults.find((fault) => fault.status !== undefined);
    if (failing && !failing.after) return faultResponse(failing);
    await next();
    if (failing) c.res = faultResponse(failing);
    if (faults.some((fault) => fault.withoutQuotaHeaders)) {
      for (const name of QUOTA_HEADER_NAMES) c.res.headers.delete(name);
    }
  });

  app.use("*", async (_c, next) => {
    await removeExpired(emu);
    await next();
  });

  app.route("/__emulator", controlRoutes(emu));
  // A browser that has not read the page's icon link yet asks for /favicon.ico.
  app.on("GET", ["/favicon.svg", "/favicon.ico"], (c) =>
    c.body(FAVICON_SVG, 200, {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=86400",
    }),
  );
  app.use("/v1/*", apiAuth(emu));
  app.route("/", authRoutes(emu));
  app.route("/", usageRoutes(emu));
  app.route("/", imageRoutes(emu));
  app.route("/", billingApiRoutes(emu));
  app.route("/", connectRoutes(emu));
  app.route("/", billingPageRoutes(emu));
  // Last: the CDN and viewer paths (`/{seg}/{id}.{ext}`, `/{id}`) are the most general.
  app.route("/", cdnRoutes(emu));

  return { app, emu };
}

export interface RunningEmulator {
  url: string;
  emu: Emulator;
  close(): Promise<void>;
}

export async function startEmulator(
  options: Omit<EmulatorOptions, "publicUrl"> & { port: number; host?: string; publicUrl?: string },
): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  // Listen first: with port 0 the public URL is only known once the port is.
  const server = createServer();
  // Longer than any client's idle keep-alive (undici 4 s, browsers ~60 s), so a client never
  // sends on a socket the server is just closing (an ECONNRESET for the client).
  server.keepAliveTimeout = 75_000;
  server.headersTimeout = 76_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = options.publicUrl ?? `http://${host}:${port}`;
  const { app, emu } = createEmulator({ ...options, publicUrl: url });
  server.on("request", getRequestListener(app.fetch));
  return {
    url,
    emu,
    close: async () => {
      await emu.store.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

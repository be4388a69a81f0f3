import type { BlobStore, Store } from "./store";
import type { FaultRegistry } from "./faults";
import type { RequestLog } from "./request-log";
import type { AnonymousLimiter } from "./api/anonymous-limit";
import type { RateLimiter } from "./api/rate-limit";
import type { AppRecord, UserRecord, WorkspaceRecord } from "./state";

/** What every emulator module shares. One per running emulator. */
export interface Emulator {
  store: Store;
  blobs: BlobStore;
  faults: FaultRegistry;
  requestLog: RequestLog;
  rateLimiter: RateLimiter;
  anonymousLimiter: AnonymousLimiter;
  /** The origin the emulator is reached at; it plays web, API and CDN hosts on it. */
  publicUrl: string;
  /** Now, on the emulator clock (tests move it with POST /__emulator/clock). */
  now(): number;
}

/** Hono variables set by the API middleware. */
export interface ApiVariables {
  app: AppRecord;
  /** Present on data calls (every API call but /v1/auth/exchange). */
  user: UserRecord;
  workspace: WorkspaceRecord;
  /**
   * Set instead of the three above on the calls the API Reference allows without a key
   * (anonymous upload and import, reading public media): the caller's IP.
   */
  anonymous: { ip: string } | undefined;
}

export interface ApiEnv {
  Variables: ApiVariables;
}

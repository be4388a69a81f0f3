import type { Interval, PlanId } from "./plans";

/** Everything the emulator remembers. Times are epoch milliseconds on the emulator clock. */

export interface AppRecord {
  id: string;
  name: string;
  /** Like img.pro, only the secret's hash is kept. */
  secretHash: string;
  redirectUris: string[];
  suspended: boolean;
  /**
   * Users for whom the app counts as suspended (a test control): the same 403 app_suspended
   * as `suspended`, for one user's API calls only, so parallel tests sharing the demo app
   * are not stopped too.
   */
  suspendedFor?: string[];
  createdAt: number;
}

export type UserStatus = "active" | "disabled" | "deleted";

export interface UserRecord {
  id: string;
  email: string;
  status: UserStatus;
  createdAt: number;
}

/** A user's private workspace in one app: created on first connect, holds plan and usage. */
export interface WorkspaceRecord {
  appId: string;
  userId: string;
  /** The CDN path segment of this workspace's images (`https://src.img.pro/{seg}/{id}.{ext}`). */
  seg: string;
  connectedAt: number;
  plan: PlanId;
  interval: Interval | null;
  /** Uploads counted in the calendar month (UTC) named by `month`, as `YYYY-MM`. */
  usage: { month: string; uploads: number };
}

export type CustomValue = string | number | boolean;

export interface ImageRecord {
  id: string;
  appId: string;
  userId: string;
  filename: string;
  /** Normalized extension: jpg, png, gif, webp, avif, heic, svg, bmp, ico. */
  format: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  transformable: boolean;
  public: boolean;
  tags: string[];
  namespace: string | null;
  externalId: string | null;
  date: string | null;
  /** Custom fields; `caption` is the newest API's caption, other keys its `metadata`. */
  custom: Record<string, CustomValue>;
  createdAt: number;
  /** When `ttl` runs out; null (or absent, in data saved before ttl existed) keeps it. */
  expiresAt?: number | null;
  /** Set by the processing test control only (media/processing.ts). */
  processing?: { readsLeft: number; then: "ready" | "failed" };
}

export interface AuthCodeRecord {
  code: string;
  appId: string;
  userId: string;
  expiresAt: number;
  usedAt: number | null;
}

export interface IdempotencyRecord {
  scope: string;
  key: string;
  fingerprint: string;
  state: "in_progress" | "done";
  status: number;
  headers: Record<string, string>;
  body: string;
  createdAt: number;
}

export interface CheckoutRecord {
  id: string;
  appId: string;
  userId: string;
  plan: PlanId;
  interval: Interval;
  returnUrl: string;
  status: "open" | "paid" | "canceled";
  createdAt: number;
  expiresAt: number;
}

/** One run through the hosted login pages. */
export interface LoginTransaction {
  id: string;
  appId: string;
  redirectUri: string;
  state: string | null;
  email: string | null;
  otp: string | null;
  otpExpiresAt: number;
  otpAttempts: number;
  userId: string | null;
  createdAt: number;
}

/** The emulator's own img.pro login session (its cookie), used by prompt=none. */
export interface LoginSession {
  id: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

export interface InboxMessage {
  email: string;
  code: string;
  appName: string;
  sentAt: number;
}

export interface State {
  version: 1;
  /** Signs manage-billing links; made once per data folder. */
  signingKey: string;
  clockOffsetMs: number;
  apps: Record<string, AppRecord>;
  users: Record<string, UserRecord>;
  /** Keyed by `${appId}:${userId}`. */
  workspaces: Record<string, WorkspaceRecord>;
  images: Record<string, ImageRecord>;
  codes: Record<string, AuthCodeRecord>;
  idempotency: Record<string, IdempotencyRecord>;
  checkouts: Record<string, CheckoutRecord>;
  loginTransactions: Record<string, LoginTransaction>;
  loginSessions: Record<string, LoginSession>;
  inbox: InboxMessage[];
}

export function workspaceKey(appId: string, userId: string): string {
  return `${appId}:${userId}`;
}

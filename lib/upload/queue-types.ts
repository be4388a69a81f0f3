import type { SessionProblem } from "@/lib/auth/session-problem";
import type { GalleryImage } from "@/lib/imgpro/types";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import type { Prepared } from "./prepare";
import type { SendResult } from "./transport";

/** What the upload queue shows (UploadItem) and what it needs from the browser (QueueDeps). */
export type UploadStatus =
  | "rejected"
  | "queued"
  | "preparing"
  | "uploading"
  | "retrying"
  | "done"
  | "failed"
  | "canceled"
  | "stopped";

/** Not settled yet: waiting, being prepared, on its way or waiting to retry. Cancel applies. */
export const PENDING: ReadonlySet<UploadStatus> = new Set([
  "queued",
  "preparing",
  "uploading",
  "retrying",
]);
/** Retry applies. */
export const RETRYABLE: ReadonlySet<UploadStatus> = new Set(["failed", "canceled", "stopped"]);
/** "Clear finished" removes these. */
export const FINISHED: ReadonlySet<UploadStatus> = new Set(["done", "rejected", "canceled"]);
/** Not uploaded, for a reason the row shows. */
export const PROBLEM: ReadonlySet<UploadStatus> = new Set(["rejected", "failed", "stopped"]);

export interface UploadItem {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly status: UploadStatus;
  /** 0..1 of the bytes sent in the current try. */
  readonly progress: number;
  readonly message: string | null;
  /** E.g. that the file was resized to fit the upload limit. */
  readonly note: string | null;
  readonly upgradeUrl: string | null;
  readonly idempotencyKey: string | null;
  /** Tries in the current round (a manual retry starts a new round). */
  readonly attempts: number;
  readonly deduplicated: boolean;
}

export interface QueueDeps {
  maxUploadBytes: number;
  concurrency?: number;
  prepare(
    file: File,
    accepted: { contentType: string; reencodeTo: number | null },
  ): Promise<Prepared>;
  send(
    upload: Prepared,
    idempotencyKey: string,
    hooks: { onProgress(fraction: number): void; signal: AbortSignal },
  ): Promise<SendResult>;
  wait(ms: number, signal: AbortSignal): Promise<void>;
  newKey(): string;
  onUploaded(image: GalleryImage, info: { deduplicated: boolean }): void;
  /** After each upload: its usage, or null when the answer carried none. */
  onUsage(usage: UsageSnapshot | null): void;
  onSessionProblem(problem: SessionProblem): void;
}

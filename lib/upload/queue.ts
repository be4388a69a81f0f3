import { sessionProblemOf, type SessionProblem } from "@/lib/auth/session-problem";
import { checkFile } from "./checks";
import { PrepareError, type Prepared } from "./prepare";
import { FINISHED, PENDING, RETRYABLE, type QueueDeps, type UploadItem } from "./queue-types";
import { keepsIdempotencyKey, nextRetryDelay, retryingMessage } from "./retry-policy";
import type { SendResult } from "./transport";

export type { QueueDeps, UploadItem, UploadStatus } from "./queue-types";

interface Entry {
  item: UploadItem;
  file: File;
  accepted: { contentType: string; reencodeTo: number | null } | null;
  prepared: Prepared | null;
  controller: AbortController | null;
  /** img.pro definitely refused the last try: a retry is a new request with a new key. */
  refused: boolean;
}

/**
 * Answers that refuse the file itself (too large, not an image, invalid): the same bytes
 * would be refused again, so the row offers no Retry.
 */
const REFUSES_THE_FILE = new Set([413, 415, 422]);

function notSentAfter(problem: SessionProblem): string {
  return problem === "app_suspended"
    ? "Not sent: img.pro has suspended this app."
    : "Not sent: you are no longer signed in.";
}

const sessionProblem = (result: Extract<SendResult, { ok: false }>) =>
  sessionProblemOf(result.status, result.code);

/**
 * Files sent at once. Browsers open six HTTP/1.1 connections per host: five uploads leave
 * one for the page's own requests (the grid, saves), and five is Uppy's default too.
 */
export const DEFAULT_CONCURRENCY = 5;

/**
 * The upload queue, free of React and the DOM so its rules can be tested: at most
 * `concurrency` files in flight, a refused file never holds up the others, automatic retries
 * per retry-policy, cancel and retry by the user with the file's one Idempotency-Key, and a
 * quota refusal stops the files still waiting. The panel renders its snapshot.
 */
export class UploadQueue {
  private entries: Entry[] = [];
  private snapshot: readonly UploadItem[] = [];
  private listeners = new Set<() => void>();
  private active = 0;
  private counter = 0;
  /** Set by the first answer that ends the session: nothing is sent after it. */
  private sessionEnded: SessionProblem | null = null;

  constructor(private deps: QueueDeps) {}

  /** The panel's callbacks change as it re-renders; the queue always calls the latest. */
  setCallbacks(callbacks: Partial<Pick<QueueDeps, "onUploaded" | "onUsage" | "onSessionProblem">>) {
    this.deps = { ...this.deps, ...callbacks };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly UploadItem[] => this.snapshot;

  add(files: Iterable<File>): void {
    for (const file of files) {
      const check = checkFile(file, this.deps.maxUploadBytes);
      this.counter += 1;
      this.entries.push({
        file,
        accepted: check.ok ? check : null,
        prepared: null,
        controller: null,
        refused: false,
        item: {
          id: `upload-${this.counter}`,
          name: file.name,
          size: file.size,
          status: !check.ok ? "rejected" : this.sessionEnded ? "stopped" : "queued",
          progress: 0,
          message: !check.ok
            ? check.reason
            : this.sessionEnded
              ? notSentAfter(this.sessionEnded)
              : null,
          note: null,
          upgradeUrl: null,
          idempotencyKey: check.ok ? this.deps.newKey() : null,
          attempts: 0,
          deduplicated: false,
        },
      });
    }
    this.emit();
    this.pump();
  }

  /** The file a row was made from (the tray shows it as a thumbnail). */
  fileOf(id: string): File | undefined {
    return this.find(id)?.file;
  }

  cancel(id: string): void {
    const entry = this.find(id);
    if (!entry || !PENDING.has(entry.item.status)) return;
    this.update(entry, { status: "canceled", message: "Canceled", progress: 0 });
    entry.controller?.abort();
  }

  /**
   * Tries again with the same prepared bytes and the same Idempotency-Key, unless img.pro
   * definitely refused the last try (see keepsIdempotencyKey).
   */
  retry(id: string): void {
    const entry = this.find(id);
    if (!entry || this.sessionEnded || !RETRYABLE.has(entry.item.status)) return;
    const idempotencyKey = entry.refused ? this.deps.newKey() : entry.item.idempotencyKey;
    entry.refused = false;
    this.update(entry, {
      status: "queued",
      message: null,
      upgradeUrl: null,
      attempts: 0,
      idempotencyKey,
    });
    this.pump();
  }

  remove(id: string): void {
    const entry = this.find(id);
    if (!entry) return;
    entry.controller?.abort();
    this.entries = this.entries.filter((candidate) => candidate !== entry);
    this.emit();
  }

  clearFinished(): void {
    this.entries = this.entries.filter((entry) => !FINISHED.has(entry.item.status));
    this.emit();
  }

  /** Stops every request in flight (the panel is going away). */
  dispose(): void {
    for (const entry of this.entries) entry.controller?.abort();
  }

  private find(id: string) {
    return this.entries.find((entry) => entry.item.id === id);
  }

  private emit() {
    this.snapshot = this.entries.map((entry) => entry.item);
    for (const listener of this.listeners) listener();
  }

  private update(entry: Entry, patch: Partial<UploadItem>) {
    entry.item = { ...entry.item, ...patch };
    this.emit();
  }

  private pump() {
    const limit = this.deps.concurrency ?? DEFAULT_CONCURRENCY;
    for (const entry of this.entries) {
      if (this.active >= limit) return;
      if (entry.item.status !== "queued") continue;
      this.active += 1;
      void this.run(entry).finally(() => {
        this.active -= 1;
        this.pump();
      });
    }
  }

  private async run(entry: Entry): Promise<void> {
    const { accepted, item } = entry;
    const key = item.idempotencyKey;
    if (!accepted || !key) return;
    const controller = new AbortController();
    entry.controller = controller;
    const { signal } = controller;
    try {
      if (!entry.prepared) {
        const resizing = accepted.reencodeTo !== null;
        this.update(entry, { status: "preparing", message: resizing ? "Resizing…" : null });
        entry.prepared = await this.deps.prepare(entry.file, accepted);
        if (signal.aborted) return;
        this.update(entry, { note: entry.prepared.note });
      }
      const prepared = entry.prepared;
      for (;;) {
        if (this.sessionEnded) return;
        const attempts = entry.item.attempts + 1;
        this.update(entry, { status: "uploading", attempts, progress: 0, message: null });
        const result = await this.deps.send(prepared, key, {
          signal,
          onProgress: (progress) => this.update(entry, { progress }),
        });
        if (signal.aborted) return;
        if (result.ok) return this.succeed(entry, result);
        const delay = nextRetryDelay(result, attempts);
        if (delay === null) return this.fail(entry, result);
        this.update(entry, { status: "retrying", message: retryingMessage(delay) });
        await this.deps.wait(delay, signal);
        if (signal.aborted) return;
      }
    } catch (error) {
      if (signal.aborted) return;
      const message =
        error instanceof PrepareError
          ? error.message
          : "Something went wrong with this file. Try again.";
      this.update(entry, { status: "failed", message, progress: 0 });
    } finally {
      if (entry.controller === controller) entry.controller = null;
    }
  }

  private succeed(entry: Entry, result: Extract<SendResult, { ok: true }>) {
    const { deduplicated } = result;
    this.update(entry, {
      status: "done",
      progress: 1,
      deduplicated,
      message: deduplicated ? "Already in your gallery" : "Uploaded",
    });
    this.deps.onUploaded(result.image, { deduplicated });
    // Null: the answer carried no quota headers; the meters read usage themselves.
    this.deps.onUsage(result.usage ?? null);
  }

  private fail(entry: Entry, result: Extract<SendResult, { ok: false }>) {
    entry.refused = !keepsIdempotencyKey(result);
    this.update(entry, {
      status: REFUSES_THE_FILE.has(result.status) ? "rejected" : "failed",
      progress: 0,
      message: result.message,
      upgradeUrl: result.upgradeUrl,
    });
    const problem = sessionProblem(result);
    if (problem) return this.endSession(problem);
    if (result.code !== "quota_exceeded") return;
    // No point sending the rest: each would be refused the same way. Files already on their
    // way get their own answer.
    for (const other of this.entries) {
      if (other.item.status === "queued") {
        this.update(other, {
          status: "stopped",
          message: "Not sent: the plan's upload limit was reached.",
        });
      }
    }
  }

  /**
   * The session or the app is gone: stop every other file, including those already being
   * prepared or sent, and tell the panel once. Files sent after the route ended the session
   * would come back "unauthenticated" and send the browser somewhere else than the first
   * answer did.
   */
  private endSession(problem: SessionProblem) {
    if (this.sessionEnded) return;
    this.sessionEnded = problem;
    const message = notSentAfter(problem);
    for (const other of this.entries) {
      if (PENDING.has(other.item.status)) {
        this.update(other, { status: "stopped", message, progress: 0 });
        other.controller?.abort();
      }
    }
    this.deps.onSessionProblem(problem);
  }
}

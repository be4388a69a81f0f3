import type { SessionProblem } from "@/lib/auth/session-problem";
import type { GalleryImage } from "@/lib/imgpro/types";
import type { Prepared } from "./prepare";
import { UploadQueue, type QueueDeps } from "./queue";
import type { SendResult } from "./transport";

/** The fakes the UploadQueue tests share: files, answers, and a queue whose sends wait for the test. */

export const png = (name: string, size = 10) =>
  new File([new Uint8Array(size)], name, { type: "image/png" });
export const image = (id: string) => ({ id, filename: `${id}.png` }) as GalleryImage;
export const usage = {
  uploadsUsed: 1,
  uploadsLimit: 100,
  storageUsed: 10,
  storageLimit: 1e9,
  resetsAt: null,
};
export const failure = (
  status: number,
  code: string,
  extra: Partial<Extract<SendResult, { ok: false }>> = {},
): SendResult => ({
  ok: false,
  status,
  code,
  message: `${code} message`,
  retryAfter: null,
  upgradeUrl: null,
  ...extra,
});
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

interface PendingSend {
  name: string;
  key: string;
  upload: Prepared;
  signal: AbortSignal;
  progress(fraction: number): void;
  answer(result: SendResult): void;
}

export function harness(overrides: Partial<QueueDeps> = {}) {
  const sends: PendingSend[] = [];
  const waits: { ms: number; done(): void }[] = [];
  const prepared: string[] = [];
  const uploaded: { id: string; deduplicated: boolean }[] = [];
  const usages: unknown[] = [];
  const problems: SessionProblem[] = [];
  let keys = 0;
  const queue = new UploadQueue({
    maxUploadBytes: 70_000_000,
    prepare: async (file, accepted) => {
      prepared.push(file.name);
      return {
        body: file,
        filename: file.name,
        contentType: accepted.contentType,
        externalId: "e".repeat(64),
        note: null,
      };
    },
    send: (upload, key, hooks) =>
      new Promise((resolve, reject) => {
        hooks.signal.addEventListener("abort", () => reject(new DOMException("x", "AbortError")));
        sends.push({
          name: upload.filename,
          key,
          upload,
          signal: hooks.signal,
          progress: hooks.onProgress,
          answer: resolve,
        });
      }),
    wait: (ms) => new Promise((resolve) => waits.push({ ms, done: () => resolve() })),
    newKey: () => `key-${(keys += 1)}`,
    onUploaded: (img, info) => uploaded.push({ id: img.id, ...info }),
    onUsage: (snapshot) => usages.push(snapshot),
    onSessionProblem: (problem) => problems.push(problem),
    ...overrides,
  });
  const item = (name: string) => queue.getSnapshot().find((entry) => entry.name === name)!;
  const statuses = () => Object.fromEntries(queue.getSnapshot().map((i) => [i.name, i.status]));
  return { queue, sends, waits, prepared, uploaded, usages, problems, item, statuses };
}

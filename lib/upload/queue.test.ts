import { describe, expect, it } from "vitest";
import type { SessionProblem } from "@/lib/auth/session-problem";
import type { GalleryImage } from "@/lib/imgpro/types";
import type { Prepared } from "./prepare";
import { UploadQueue, type QueueDeps } from "./queue";
import type { SendResult } from "./transport";

const png = (name: string, size = 10) =>
  new File([new Uint8Array(size)], name, { type: "image/png" });
const image = (id: string) => ({ id, filename: `${id}.png` }) as GalleryImage;
const usage = {
  uploadsUsed: 1,
  uploadsLimit: 100,
  storageUsed: 10,
  storageLimit: 1e9,
  resetsAt: null,
};
const failure = (
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
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

interface PendingSend {
  name: string;
  key: string;
  upload: Prepared;
  signal: AbortSignal;
  progress(fraction: number): void;
  answer(result: SendResult): void;
}

function harness(overrides: Partial<QueueDeps> = {}) {
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

describe("UploadQueue", () => {
  it("sends at most 5 files at a time and starts the next when one finishes", async () => {
    const h = harness();
    const names = Array.from({ length: 7 }, (_, index) => `${index + 1}.png`);
    h.queue.add(names.map((name) => png(name)));
    await settle();
    expect(h.sends.map((send) => send.name)).toEqual(names.slice(0, 5));
    expect(h.statuses()).toMatchObject({ "6.png": "queued", "7.png": "queued" });
    h.sends[1]!.answer({ ok: true, image: image("b"), deduplicated: false, usage });
    await settle();
    expect(h.sends.map((send) => send.name)).toContain("6.png");
    expect(h.sends).toHaveLength(6);
  });

  it("refuses a bad file with its reason and still sends the others", async () => {
    const h = harness();
    const html = new File(["<html>"], "page.png", { type: "text/html" });
    h.queue.add([png("a.png"), html, png("empty.png", 0), png("b.png")]);
    await settle();
    expect(h.item("page.png")).toMatchObject({
      status: "rejected",
      message: expect.stringMatching(/Not a supported image/),
    });
    expect(h.item("empty.png")).toMatchObject({
      status: "rejected",
      message: "This file is empty (0 bytes).",
    });
    expect(h.sends.map((send) => send.name)).toEqual(["a.png", "b.png"]);
  });

  it("shows progress, then reports the stored image and fresh usage", async () => {
    const h = harness();
    h.queue.add([png("a.png")]);
    await settle();
    h.sends[0]!.progress(0.5);
    expect(h.item("a.png")).toMatchObject({ status: "uploading", progress: 0.5 });
    h.sends[0]!.answer({ ok: true, image: image("a"), deduplicated: false, usage });
    await settle();
    expect(h.item("a.png")).toMatchObject({ status: "done", progress: 1, message: "Uploaded" });
    expect(h.uploaded).toEqual([{ id: "a", deduplicated: false }]);
    expect(h.usages).toEqual([usage]);
  });

  it("says when img.pro already had the file", async () => {
    const h = harness();
    h.queue.add([png("a.png")]);
    await settle();
    h.sends[0]!.answer({ ok: true, image: image("a"), deduplicated: true, usage: null });
    await settle();
    expect(h.item("a.png")).toMatchObject({ status: "done", message: "Already in your gallery" });
    expect(h.uploaded).toEqual([{ id: "a", deduplicated: true }]);
    // No quota headers: the meters are told to read usage themselves.
    expect(h.usages).toEqual([null]);
  });

  it("retries a busy img.pro by itself, honouring Retry-After, with the same key", async () => {
    const h = harness();
    h.queue.add([png("a.png")]);
    await settle();
    h.sends[0]!.answer(failure(503, "service_unavailable", { retryAfter: 2 }));
    await settle();
    expect(h.item("a.png")).toMatchObject({
      status: "retrying",
      message: "img.pro is busy, retrying in 2s…",
    });
    expect(h.waits.map((wait) => wait.ms)).toEqual([2000]);
    h.waits[0]!.done();
    await settle();
    h.sends[1]!.answer(failure(0, "network_error"));
    await settle();
    h.waits[1]!.done();
    await settle();
    h.sends[2]!.answer({ ok: true, image: image("a"), deduplicated: false, usage: null });
    await settle();
    expect(h.sends.map((send) => send.key)).toEqual(["key-1", "key-1", "key-1"]);
    expect(h.prepared).toEqual(["a.png"]);
    expect(h.item("a.png").status).toBe("done");
  });

  it("gives up after 3 tries; Retry starts again with the same key and bytes", async () => {
    const h = harness();
    h.queue.add([png("a.png")]);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await settle();
      h.sends[attempt]!.answer(failure(502, "bad_gateway"));
      await settle();
      h.waits[attempt]?.done();
    }
    await settle();
    expect(h.sends).toHaveLength(3);
    expect(h.item("a.png")).toMatchObject({ status: "failed", message: "bad_gateway message" });
    h.queue.retry(h.item("a.png").id);
    await settle();
    expect(h.sends).toHaveLength(4);
    expect(h.sends[3]!.key).toBe("key-1");
    expect(h.sends[3]!.upload).toBe(h.sends[0]!.upload);
    expect(h.item("a.png")).toMatchObject({ status: "uploading", attempts: 1 });
  });

  it("after a definite refusal, Retry sends the same bytes under a new key", async () => {
    const h = harness();
    h.queue.add([png("a.png")]);
    await settle();
    h.sends[0]!.answer(failure(403, "quota_exceeded", { upgradeUrl: "/billing" }));
    await settle();
    h.queue.retry(h.item("a.png").id);
    await settle();
    expect(h.sends).toHaveLength(2);
    expect(h.sends[1]!.key).not.toBe(h.sends[0]!.key);
    expect(h.sends[1]!.upload).toBe(h.sends[0]!.upload);
  });

  it.each([
    [413, "too_large"],
    [415, "unsupported_type"],
    [422, "validation_error"],
  ])("does not retry a file refused with %d %s, and offers no Retry", async (status, code) => {
    const h = harness();
    h.queue.add([png("a.png")]);
    await settle();
    h.sends[0]!.answer(failure(status, code));
    await settle();
    expect(h.item("a.png")).toMatchObject({ status: "rejected", message: `${code} message` });
    h.queue.retry(h.item("a.png").id);
    await settle();
    expect(h.sends).toHaveLength(1);
    expect(h.waits).toHaveLength(0);
  });

  it("leaves a timed-out upload to the user, who retries it with the same key", async () => {
    const h = harness();
    h.queue.add([png("a.png")]);
    await settle();
    h.sends[0]!.answer(failure(504, "timeout"));
    await settle();
    expect(h.item("a.png")).toMatchObject({ status: "failed", message: "timeout message" });
    expect(h.waits).toHaveLength(0);
    h.queue.retry(h.item("a.png").id);
    await settle();
    expect(h.sends).toHaveLength(2);
    expect(h.sends[1]!.key).toBe(h.sends[0]!.key);
  });

  it("cancels an upload in flight, frees its slot, and can retry it with the same key", async () => {
    const h = harness();
    h.queue.add(["1.png", "2.png", "3.png", "4.png"].map((name) => png(name)));
    await settle();
    h.queue.cancel(h.item("2.png").id);
    expect(h.sends[1]!.signal.aborted).toBe(true);
    expect(h.item("2.png")).toMatchObject({ status: "canceled", message: "Canceled" });
    await settle();
    expect(h.sends.map((send) => send.name)).toEqual(["1.png", "2.png", "3.png", "4.png"]);
    h.queue.retry(h.item("2.png").id);
    h.sends[0]!.answer({ ok: true, image: image("a"), deduplicated: false, usage: null });
    await settle();
    expect(h.sends[4]).toMatchObject({ name: "2.png", key: "key-2" });
    expect(h.prepared.filter((name) => name === "2.png")).toHaveLength(1);
  });

  it("cancels a queued file before it is ever sent", async () => {
    const h = harness({ concurrency: 1 });
    h.queue.add([png("a.png"), png("b.png")]);
    h.queue.cancel(h.item("b.png").id);
    await settle();
    h.sends[0]!.answer({ ok: true, image: image("a"), deduplicated: false, usage: null });
    await settle();
    expect(h.sends.map((send) => send.name)).toEqual(["a.png"]);
    expect(h.item("b.png").status).toBe("canceled");
  });

  it("stops the waiting files when the plan's upload limit is reached", async () => {
    const h = harness();
    h.queue.add(Array.from({ length: 7 }, (_, index) => png(`${index + 1}.png`)));
    await settle();
    h.sends[0]!.answer(
      failure(403, "quota_exceeded", {
        message: "Monthly upload limit reached (100 on the Free plan).",
        upgradeUrl: "/billing",
      }),
    );
    await settle();
    expect(h.item("1.png")).toMatchObject({ status: "failed", upgradeUrl: "/billing" });
    expect(h.item("1.png").message).toMatch(/^Monthly upload limit reached/);
    expect(h.statuses()).toMatchObject({
      "2.png": "uploading",
      "6.png": "stopped",
      "7.png": "stopped",
    });
    expect(h.sends).toHaveLength(5);
    expect(h.waits).toHaveLength(0);
  });

  it("stops the files already on their way when the session ends, and reports it once", async () => {
    const h = harness();
    h.queue.add(["1.png", "2.png", "3.png"].map((name) => png(name)));
    await settle();
    expect(h.sends).toHaveLength(3);
    h.sends[0]!.answer(failure(401, "user_forbidden"));
    await settle();
    // The others were sent before the session ended; they are stopped, not left to come
    // back "unauthenticated" and send the browser to sign-in instead.
    expect(h.sends[1]!.signal.aborted).toBe(true);
    expect(h.sends[2]!.signal.aborted).toBe(true);
    expect(h.statuses()).toMatchObject({ "2.png": "stopped", "3.png": "stopped" });
    expect(h.item("2.png").message).toBe("Not sent: you are no longer signed in.");
    h.sends[1]!.answer(failure(401, "unauthenticated"));
    h.queue.add([png("late.png")]);
    h.queue.retry(h.item("3.png").id);
    await settle();
    expect(h.problems).toEqual(["user_forbidden"]);
    expect(h.item("late.png")).toMatchObject({ status: "stopped" });
    expect(h.sends).toHaveLength(3);
  });

  it("reports a lost session once and sends nothing more", async () => {
    const h = harness({ concurrency: 1 });
    h.queue.add([png("a.png"), png("b.png")]);
    await settle();
    h.sends[0]!.answer(failure(401, "user_forbidden"));
    await settle();
    expect(h.problems).toEqual(["user_forbidden"]);
    expect(h.item("b.png").status).toBe("stopped");
    expect(h.sends).toHaveLength(1);
  });

  it("stops everything when img.pro has suspended the app, and says so", async () => {
    const h = harness({ concurrency: 1 });
    h.queue.add([png("a.png"), png("b.png")]);
    await settle();
    h.sends[0]!.answer(failure(403, "app_suspended"));
    await settle();
    expect(h.problems).toEqual(["app_suspended"]);
    expect(h.item("b.png")).toMatchObject({
      status: "stopped",
      message: "Not sent: img.pro has suspended this app.",
    });
    expect(h.sends).toHaveLength(1);
  });

  it("shows a file that could not be prepared and goes on with the rest", async () => {
    const error = Object.assign(new Error("This image could not be made smaller."), {
      name: "PrepareError",
    });
    const h = harness({
      prepare: async (file, accepted) => {
        if (file.name === "bad.png") throw error;
        return {
          body: file,
          filename: file.name,
          contentType: accepted.contentType,
          externalId: null,
          note: null,
        };
      },
    });
    h.queue.add([png("bad.png"), png("good.png")]);
    await settle();
    expect(h.item("bad.png")).toMatchObject({ status: "failed", message: error.message });
    expect(h.sends.map((send) => send.name)).toEqual(["good.png"]);
  });

  it("clears finished rows and keeps the ones that need attention", async () => {
    const h = harness();
    h.queue.add([
      png("done.png"),
      png("failed.png"),
      new File(["x"], "x.txt", { type: "text/plain" }),
    ]);
    await settle();
    h.sends[0]!.answer({ ok: true, image: image("a"), deduplicated: false, usage: null });
    h.sends[1]!.answer(failure(403, "quota_exceeded", { upgradeUrl: "/billing" }));
    await settle();
    h.queue.clearFinished();
    expect(h.queue.getSnapshot().map((entry) => entry.name)).toEqual(["failed.png"]);
  });

  it("notifies subscribers with a new snapshot on every change", async () => {
    const h = harness();
    let calls = 0;
    const unsubscribe = h.queue.subscribe(() => (calls += 1));
    const before = h.queue.getSnapshot();
    h.queue.add([png("a.png")]);
    expect(h.queue.getSnapshot()).not.toBe(before);
    expect(calls).toBeGreaterThan(0);
    unsubscribe();
  });
});

describe("UploadQueue callbacks", () => {
  it("calls the callbacks set last", async () => {
    const h = harness();
    const later: string[] = [];
    h.queue.setCallbacks({ onUploaded: (img) => later.push(img.id) });
    h.queue.add([png("a.png")]);
    await settle();
    h.sends[0]!.answer({ ok: true, image: image("a"), deduplicated: false, usage: null });
    await settle();
    expect(later).toEqual(["a"]);
    expect(h.uploaded).toEqual([]);
  });
});

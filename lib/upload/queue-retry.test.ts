import { describe, expect, it } from "vitest";
import { png, image, failure, settle, harness } from "./queue-harness";

describe("UploadQueue", () => {
  it("retries a busy img.pro by itself, honouring Retry-After, with the same key", async () => {
    const h = harness();
    h.queue.add([png("a.png")]);
    await settle();
    h.sends[0]!.answer(failure(503, "service_unavailable", { retryAfter: 2 }));
    await settle();
    expect(h.item("a.png")).toMatchObject({
      status: "retrying",
      message: "img.pro is busy. Retrying in 2 seconds…",
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
});

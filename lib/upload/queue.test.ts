import { describe, expect, it } from "vitest";
import { PrepareError } from "./prepare";
import { png, image, usage, failure, settle, harness } from "./queue-harness";

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

  it("shows a file that could not be prepared and goes on with the rest", async () => {
    const error = new PrepareError("This image could not be made smaller.");
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

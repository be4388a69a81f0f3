import { describe, expect, it } from "vitest";
import { png, failure, settle, harness } from "./queue-harness";

describe("UploadQueue", () => {
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
});

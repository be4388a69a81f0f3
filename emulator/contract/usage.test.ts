import { describe, expect, it } from "vitest";
import { useEmulator } from "./harness";
import { jpeg, png, upload, uploadMedia } from "./media-fixtures";

interface Usage {
  monthly: { uploads: number; uploads_limit: number; uploads_remaining: number; resets_at: number };
  totals: {
    media_stored: number;
    storage_used_bytes: number;
    storage_limit_bytes: number;
    storage_remaining_bytes: number;
  };
  plan: string;
  verified: boolean;
}

const GIB = 1024 ** 3;

/** The start of the next UTC month, in Unix seconds. */
function nextMonth(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 1000;
}

/** The quota headers as the /v1/usage numbers they stand for. */
function fromHeaders(response: Response) {
  const number = (name: string) => Number(response.headers.get(name));
  return {
    uploads: number("x-monthly-uploads-used"),
    uploads_limit: number("x-monthly-uploads-limit"),
    uploads_remaining: number("x-monthly-uploads-remaining"),
    storage_used_bytes: number("x-storage-used"),
    storage_limit_bytes: number("x-storage-limit"),
    storage_remaining_bytes: number("x-storage-remaining"),
  };
}

function headerView(usage: Usage) {
  const { uploads, uploads_limit, uploads_remaining } = usage.monthly;
  const { storage_used_bytes, storage_limit_bytes, storage_remaining_bytes } = usage.totals;
  return {
    uploads,
    uploads_limit,
    uploads_remaining,
    storage_used_bytes,
    storage_limit_bytes,
    storage_remaining_bytes,
  };
}

describe("GET /v1/usage and the quota headers", () => {
  const emulator = useEmulator();
  const usage = async (user: string) => {
    const response = await emulator.api("GET", "/v1/usage", { user });
    expect(response.status).toBe(200);
    return { response, body: (await response.json()) as Usage };
  };

  it("counts the month's uploads and the storage held, with what remains and when it resets", async () => {
    const user = (await emulator.createUser()).id;
    const resetsAt = nextMonth(emulator.emu.now());
    expect((await usage(user)).body).toEqual({
      monthly: { uploads: 0, uploads_limit: 100, uploads_remaining: 100, resets_at: resetsAt },
      totals: {
        media_stored: 0,
        storage_used_bytes: 0,
        storage_limit_bytes: GIB,
        storage_remaining_bytes: GIB,
      },
      plan: "free",
      verified: true,
    });

    const a = await uploadMedia(emulator, user, {}, await jpeg(300, 200));
    const b = await uploadMedia(emulator, user, {}, await png(120, 90));
    const c = await uploadMedia(emulator, user, {}, await png(60, 40));
    const held = a.filesize + b.filesize + c.filesize;
    expect((await usage(user)).body).toMatchObject({
      monthly: { uploads: 3, uploads_remaining: 97 },
      totals: { media_stored: 3, storage_used_bytes: held, storage_remaining_bytes: GIB - held },
    });

    // Deleting frees storage but does not give back the month's uploads.
    expect((await emulator.api("DELETE", `/v1/media/${a.id}`, { user })).status).toBe(204);
    const batch = await emulator.api("DELETE", "/v1/media/batch", { user, json: { ids: [b.id] } });
    expect(batch.status).toBe(200);
    expect((await usage(user)).body).toMatchObject({
      monthly: { uploads: 3, uploads_remaining: 97 },
      totals: {
        media_stored: 1,
        storage_used_bytes: c.filesize,
        storage_remaining_bytes: GIB - c.filesize,
      },
    });
  });

  it("resets the month's count at resets_at (the next UTC month) and keeps the storage", async () => {
    const user = (await emulator.createUser()).id;
    const kept = await uploadMedia(emulator, user);
    const before = (await usage(user)).body;
    const seconds = before.monthly.resets_at - Math.floor(emulator.emu.now() / 1000);
    await emulator.control("POST", "/clock", { advance_seconds: seconds });
    const after = (await usage(user)).body;
    expect(after.monthly).toEqual({
      uploads: 0,
      uploads_limit: 100,
      uploads_remaining: 100,
      resets_at: nextMonth(emulator.emu.now()),
    });
    expect(after.monthly.resets_at).toBeGreaterThan(before.monthly.resets_at);
    expect(after.totals).toEqual(before.totals);
    expect(after.totals.storage_used_bytes).toBe(kept.filesize);
  });

  it("follows the plan's limits", async () => {
    const user = (await emulator.createUser()).id;
    await emulator.control("POST", `/users/${user}/plan`, { plan: "pro" });
    const { body } = await usage(user);
    expect(body).toMatchObject({
      plan: "pro",
      monthly: { uploads_limit: 1000, uploads_remaining: 1000 },
      totals: { storage_limit_bytes: 10 * GIB, storage_remaining_bytes: 10 * GIB },
    });
  });

  it("sends quota headers with the same numbers as /v1/usage, as of after the call", async () => {
    const user = (await emulator.createUser()).id;
    const own = await usage(user);
    expect(fromHeaders(own.response)).toEqual(headerView(own.body));

    const created = await upload(emulator, user, await jpeg(), { path: "/v1/upload" });
    const id = ((await created.json()) as { id: string }).id;
    expect(fromHeaders(created)).toEqual(headerView((await usage(user)).body));
    expect(fromHeaders(created)).toMatchObject({ uploads: 1, uploads_remaining: 99 });

    const listed = await emulator.api("GET", "/v1/media", { user });
    expect(fromHeaders(listed)).toEqual(headerView((await usage(user)).body));

    const deleted = await emulator.api("DELETE", `/v1/media/${id}`, { user });
    expect(fromHeaders(deleted)).toEqual(headerView((await usage(user)).body));
    expect(fromHeaders(deleted)).toMatchObject({ uploads: 1, storage_used_bytes: 0 });

    await emulator.control("POST", `/users/${user}/plan`, { plan: "pro" });
    const status = await emulator.api("GET", "/v1/billing/status", { user });
    expect(fromHeaders(status)).toEqual(headerView((await usage(user)).body));
    expect(fromHeaders(status).uploads_limit).toBe(1000);
  });
});

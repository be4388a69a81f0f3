import { describe, expect, it } from "vitest";
import { errorCode, useEmulator } from "./harness";
import { jpeg, png, upload, uploadMedia, type ErrorBody, type MediaObject } from "./media-fixtures";

const DAY = 24 * 60 * 60;

describe("ttl on uploads: expires_at, and expiry removes the image", () => {
  const emulator = useEmulator();
  const advance = (seconds: number) =>
    emulator.control("POST", "/clock", { advance_seconds: seconds });

  it("takes seconds or a duration from 5m to 90d and reports expires_at", async () => {
    const user = (await emulator.createUser()).id;
    const accepted: [string, number][] = [
      ["300", 300],
      ["3600", 3600],
      ["7776000", 90 * DAY],
      ["5m", 300],
      ["2h", 2 * 3600],
      ["7d", 7 * DAY],
      ["90d", 90 * DAY],
    ];
    for (const [ttl, seconds] of accepted) {
      const media = await uploadMedia(emulator, user, { ttl });
      expect(media.expires_at, ttl).toBe(media.created_at + seconds);
      // A reserved name: never echoed as a custom field.
      expect(media).not.toHaveProperty("ttl");
    }
    const permanent = await uploadMedia(emulator, user);
    expect(permanent).not.toHaveProperty("expires_at");
  });

  it("refuses a ttl outside 5m–90d or in another form with 422 validation_error on ttl", async () => {
    const user = (await emulator.createUser()).id;
    const refused = [
      "0",
      "299",
      "4m",
      "7776001",
      "91d",
      "2161h",
      "-300",
      "1.5h",
      "7D",
      "1w",
      "30s",
      "1h30m",
      " 7d",
      "soon",
    ];
    for (const ttl of refused) {
      const response = await upload(emulator, user, await jpeg(), {
        path: "/v1/upload",
        fields: { ttl },
      });
      expect(response.status, ttl).toBe(422);
      const body = (await response.json()) as ErrorBody;
      expect(body.error, ttl).toMatchObject({
        type: "invalid_request_error",
        code: "validation_error",
        message: "Validation failed",
      });
      expect(Object.keys(body.error.details ?? {}), ttl).toEqual(["ttl"]);
    }
    // JSON import: the API Reference types ttl as a string, so a number is refused too.
    const number = await emulator.api("POST", "/v1/import", {
      user,
      json: { url: "http://127.0.0.1:9/a.jpg", ttl: 3600 },
    });
    expect(number.status).toBe(422);
    expect(((await number.json()) as ErrorBody).error.details).toHaveProperty("ttl");
    expect(Object.keys(emulator.emu.store.state.images)).toHaveLength(0);
  });

  it("reports expires_at as ISO-8601 on the newest Image object", async () => {
    const user = (await emulator.createUser()).id;
    const response = await upload(emulator, user, await png(), { fields: { ttl: "1h" } });
    expect(response.status).toBe(201);
    const image = (await response.json()) as { created_at: string; expires_at: string | null };
    expect(image.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(image.expires_at!) - Date.parse(image.created_at)).toBe(3600_000);
  });

  it("removes an expired image from the API, the CDN, the viewer and the listings", async () => {
    const user = (await emulator.createUser()).id;
    const doomed = await uploadMedia(emulator, user, { ttl: "5m", namespace: "trip" });
    const kept = await uploadMedia(emulator, user, { namespace: "trip" });
    expect((await fetch(`${doomed.src}?size=s`)).status).toBe(200);
    const usage = async () =>
      (await (await emulator.api("GET", "/v1/usage", { user })).json()) as {
        monthly: { uploads: number };
        totals: { media_stored: number; storage_used_bytes: number };
      };
    const before = await usage();

    await advance(299);
    expect((await emulator.api("GET", `/v1/media/${doomed.id}`, { user })).status).toBe(200);

    await advance(1);
    const gone = await emulator.api("GET", `/v1/media/${doomed.id}`, { user });
    expect(gone.status).toBe(404);
    expect(await errorCode(gone)).toBe("not_found");
    expect((await fetch(doomed.src)).status).toBe(404);
    expect((await fetch(`${doomed.src}?size=s`)).status).toBe(404);
    expect((await fetch(doomed.url!)).status).toBe(404);
    const list = (await (await emulator.api("GET", "/v1/media", { user })).json()) as {
      data: MediaObject[];
    };
    expect(list.data.map((item) => item.id)).toEqual([kept.id]);
    const byIds = (await (
      await emulator.api("GET", `/v1/media?ids=${doomed.id},${kept.id}`, { user })
    ).json()) as { data: MediaObject[] };
    expect(byIds.data.map((item) => item.id)).toEqual([kept.id]);
    const namespaces = (await (await emulator.api("GET", "/v1/namespaces", { user })).json()) as {
      data: { namespace: string; count: number }[];
    };
    expect(namespaces.data).toEqual([
      { namespace: "trip", count: 1, storage_bytes: kept.filesize },
    ]);
    const patched = await emulator.api("PATCH", `/v1/media/${doomed.id}`, {
      user,
      json: { description: "late" },
    });
    expect(patched.status).toBe(404);
    // Storage is freed; the month's upload count is not given back.
    const after = await usage();
    expect(after.totals.media_stored).toBe(before.totals.media_stored - 1);
    expect(after.totals.storage_used_bytes).toBe(
      before.totals.storage_used_bytes - doomed.filesize,
    );
    expect(after.monthly.uploads).toBe(before.monthly.uploads);
    expect(emulator.emu.store.state.images[doomed.id]).toBeUndefined();
    expect(await emulator.emu.blobs.get(`originals/${doomed.id}`)).toBeNull();
    expect(await emulator.emu.blobs.get(`variants/${doomed.id}/s.jpg`)).toBeNull();
  });

  it("frees an expired image's external_id for a new upload", async () => {
    const user = (await emulator.createUser()).id;
    const first = await uploadMedia(emulator, user, { ttl: "1h", external_id: "daily-banner" });
    const same = await upload(emulator, user, await jpeg(), {
      path: "/v1/upload",
      fields: { external_id: "daily-banner" },
    });
    expect(same.status).toBe(200);
    expect(((await same.json()) as MediaObject).id).toBe(first.id);

    await advance(3600);
    const fresh = await upload(emulator, user, await jpeg(), {
      path: "/v1/upload",
      fields: { external_id: "daily-banner" },
    });
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get("x-deduplicated")).toBeNull();
    const media = (await fresh.json()) as MediaObject;
    expect(media.id).not.toBe(first.id);
    expect(media).not.toHaveProperty("expires_at");
  });
});

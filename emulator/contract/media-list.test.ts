import { describe, expect, it } from "vitest";
import { useEmulator } from "./harness";
import {
  form,
  jpeg,
  upload,
  uploadMedia,
  type ErrorBody,
  type MediaObject,
} from "./media-fixtures";

interface Page {
  data: MediaObject[];
  next_cursor: string | null;
  has_more: boolean;
}

describe("GET /v1/media", () => {
  const emulator = useEmulator();

  async function list(user: string, query = ""): Promise<Page> {
    const response = await emulator.api("GET", `/v1/media${query}`, { user });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as Page;
  }

  /** Uploads `count` images on the Pro plan (the free plan allows 100 a month). */
  async function seed(count: number): Promise<{ user: string; ids: string[] }> {
    const user = await emulator.createUser();
    await emulator.control("POST", `/users/${user.id}/plan`, { plan: "pro" });
    const bytes = await jpeg(16, 16);
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const response = await upload(emulator, user.id, bytes, { path: "/v1/upload" });
      ids.push(((await response.json()) as MediaObject).id);
    }
    return { user: user.id, ids };
  }

  it("pages through 120 images 50 at a time, newest first, each exactly once", async () => {
    const { user, ids } = await seed(120);
    const seen: MediaObject[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(user, `?limit=50${cursor ? `&cursor=${cursor}` : ""}`);
      sizes.push(page.data.length);
      seen.push(...page.data);
      expect(page.has_more).toBe(page.next_cursor !== null);
      cursor = page.next_cursor;
    } while (cursor);
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen.map((item) => item.id)).size).toBe(120);
    expect(seen.map((item) => item.id).sort()).toEqual([...ids].sort());
    const times = seen.map((item) => item.created_at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Uploaded one after another, the last upload is listed first.
    expect(seen[0]!.id).toBe(ids[ids.length - 1]);
    expect((await list(user)).data).toHaveLength(50);
  }, 60_000);

  it("keeps its place when images are added between pages", async () => {
    const { user, ids } = await seed(10);
    const first = await list(user, "?limit=5");
    await uploadMedia(emulator, user);
    const second = await list(user, `?limit=5&cursor=${first.next_cursor}`);
    expect([...first.data, ...second.data].map((item) => item.id)).toEqual([...ids].reverse());
    expect(second).toMatchObject({ has_more: false, next_cursor: null });
  });

  it("rejects a bad limit, cursor or tag_mode with 422 and details", async () => {
    const user = await emulator.createUser();
    const bad: [string, string][] = [
      ["?limit=0", "limit"],
      ["?limit=101", "limit"],
      ["?limit=ten", "limit"],
      ["?limit=2.5", "limit"],
      ["?cursor=!!!", "cursor"],
      [`?cursor=${Buffer.from('{"x":1}').toString("base64url")}`, "cursor"],
      ["?tag_mode=most", "tag_mode"],
      [`?ids=${Array.from({ length: 101 }, (_, index) => `id${index}`).join(",")}`, "ids"],
    ];
    for (const [query, field] of bad) {
      const response = await emulator.api("GET", `/v1/media${query}`, { user: user.id });
      expect(response.status, query).toBe(422);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe("validation_error");
      expect(Object.keys(body.error.details ?? {}), query).toEqual([field]);
    }
    expect((await list(user.id, "?limit=1")).data).toEqual([]);
    expect((await list(user.id, "?limit=100")).has_more).toBe(false);
  });

  it("filters by namespace, by tags (any or all) and by ids", async () => {
    const user = (await emulator.createUser()).id;
    const a = await uploadMedia(emulator, user, { tags: "red,blue", namespace: "alpha" });
    const b = await uploadMedia(emulator, user, { tags: "red", namespace: "beta" });
    const c = await uploadMedia(emulator, user, { tags: "green" });
    const ids = async (query: string) =>
      (await list(user, query)).data.map((item) => item.id).sort();
    expect(await ids("?namespace=alpha")).toEqual([a.id]);
    expect(await ids("?namespace=nope")).toEqual([]);
    expect(await ids("?tags=red")).toEqual([a.id, b.id].sort());
    expect(await ids("?tags=blue,green")).toEqual([a.id, c.id].sort());
    expect(await ids("?tags=Blue,%20GREEN&tag_mode=any")).toEqual([a.id, c.id].sort());
    expect(await ids("?tags=red,blue&tag_mode=all")).toEqual([a.id]);
    expect(await ids("?tags=red,green&tag_mode=all")).toEqual([]);
    expect(await ids(`?ids=${a.id},${c.id},zzzzzzzz`)).toEqual([a.id, c.id].sort());
    expect(await ids(`?ids=${a.id},${b.id}&namespace=beta`)).toEqual([b.id]);
  });

  it("lists only the caller's workspace: not another user's, not another app's", async () => {
    const mine = (await emulator.createUser()).id;
    const theirs = (await emulator.createUser()).id;
    const app = await emulator.createApp();
    const appUser = await emulator.createUser(undefined, app.id);
    await uploadMedia(emulator, theirs);
    const own = await uploadMedia(emulator, mine);
    const response = await emulator.api("POST", "/v1/upload", {
      user: appUser.id,
      secret: app.secret,
      body: form({ bytes: await jpeg() }),
    });
    expect(response.status).toBe(201);
    expect((await list(mine)).data.map((item) => item.id)).toEqual([own.id]);
  });
});

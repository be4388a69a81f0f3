import { describe, expect, it } from "vitest";
import { useEmulator } from "./harness";
import { png, uploadMedia } from "./media-fixtures";

/** What the CDN and viewer routes answer besides images, and what they leave to others. */
describe("CDN and viewer routes", () => {
  const emulator = useEmulator();

  it("answers 404 for an unknown id, a wrong segment, an unknown extension or a deleted image", async () => {
    const user = (await emulator.createUser()).id;
    const other = (await emulator.createUser()).id;
    const { src, id } = await uploadMedia(emulator, user, {}, await png());
    const otherSrc = (await uploadMedia(emulator, other)).src;
    const otherSeg = new URL(otherSrc).pathname.split("/")[1]!;
    const urls = [
      src.replace(id, "zzzzzzzz"),
      `${emulator.url}/${otherSeg}/${id}.png`,
      src.replace(/\.png$/, ".tiff"),
      src.replace(/\.png$/, ".svg"),
    ];
    for (const url of urls) expect((await fetch(url)).status, url).toBe(404);
    await emulator.api("DELETE", `/v1/media/${id}`, { user });
    expect((await fetch(src)).status).toBe(404);
  });

  it("serves the viewer page for public images only", async () => {
    const user = (await emulator.createUser()).id;
    const shown = await uploadMedia(
      emulator,
      user,
      { name: "sunset.png", caption: "<b>Evening</b>" },
      await png(),
    );
    const page = await fetch(`${emulator.url}/${shown.id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain(`src="${shown.src}"`);
    expect(html).toContain("sunset.png");
    expect(html).toContain("&lt;b&gt;Evening&lt;/b&gt;");
    const hidden = await uploadMedia(emulator, user);
    await emulator.api("PATCH", `/v1/media/${hidden.id}`, { user, json: { public: false } });
    for (const id of [hidden.id, "zzzzzzzz"]) {
      const response = await fetch(`${emulator.url}/${id}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("does not exist or is not public");
    }
  });

  it("leaves other paths alone", async () => {
    const health = await fetch(`${emulator.url}/__emulator/health`);
    expect(await health.json()).toEqual({ ok: true });
    const api = await fetch(`${emulator.url}/v1/nothing-here`);
    expect(api.status).toBe(401);
    const connect = await fetch(`${emulator.url}/connect`);
    expect(await connect.text()).not.toContain("does not exist or is not public");
    for (const path of ["/abc/def", "/__emulator/abcdefgh.png", "/toolongid99"]) {
      const response = await fetch(`${emulator.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain("does not exist or is not public");
    }
  });
});

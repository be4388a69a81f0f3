import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workspaceKey } from "../state";
import { DEMO_APP, errorCode, useEmulator } from "./harness";
import { jpeg, png, serveFiles, upload, type ErrorBody, type MediaObject } from "./media-fixtures";

describe("POST /v1/upload and POST /v1/import (API Reference shape)", () => {
  const emulator = useEmulator();
  let source: Awaited<ReturnType<typeof serveFiles>>;
  const segOf = (user: string) =>
    emulator.emu.store.state.workspaces[workspaceKey(DEMO_APP.id, user)]!.seg;

  beforeAll(async () => {
    source = await serveFiles({
      "/images/sunset.jpg": { body: await jpeg(1200, 800), type: "image/jpeg" },
      "/page.html": { body: "<!doctype html><title>hi</title>", type: "text/html" },
      "/broken": { status: 500, body: "oops" },
      "/": { body: await png(10, 10) },
    });
  });
  afterAll(() => source.close());

  it("uploads and answers 201 with the media object, custom fields at the top level", async () => {
    const user = await emulator.createUser();
    const bytes = await jpeg(1920, 1080);
    const response = await upload(emulator, user.id, bytes, {
      path: "/v1/upload",
      name: "photo.jpg",
      fields: {
        tags: "Hero,homepage",
        namespace: "my-project",
        date: "2024-01-15",
        description: "Sunset",
        author: "Jane Doe",
        // Reserved names are ignored, not stored, not allowed to override.
        width: "5",
        src: "https://evil.example/x.jpg",
        status: "failed",
      },
    });
    expect(response.status).toBe(201);
    const media = (await response.json()) as MediaObject;
    expect(media).toEqual({
      id: media.id,
      name: "photo.jpg",
      url: `${emulator.url}/${media.id}`,
      src: `${emulator.url}/${segOf(user.id)}/${media.id}.jpg`,
      width: 1920,
      height: 1080,
      filesize: bytes.length,
      editable: true,
      tags: ["hero", "homepage"],
      namespace: "my-project",
      date: "2024-01-15",
      description: "Sunset",
      author: "Jane Doe",
      created_at: media.created_at,
    });
    expect(Math.abs(media.created_at - Date.now() / 1000)).toBeLessThan(5);
  });

  it("leaves out url when private and the optional fields when unset; name overrides", async () => {
    const user = await emulator.createUser();
    const created = (await (
      await upload(emulator, user.id, await png(), {
        path: "/v1/upload",
        fields: { name: "renamed.png" },
      })
    ).json()) as MediaObject;
    expect(created.name).toBe("renamed.png");
    const media = (await (
      await emulator.api("PATCH", `/v1/media/${created.id}`, {
        user: user.id,
        json: { public: false },
      })
    ).json()) as MediaObject;
    expect(Object.keys(media).sort()).toEqual(
      ["id", "name", "src", "width", "height", "filesize", "editable", "created_at"].sort(),
    );
  });

  it("only takes multipart on /v1/upload and only JSON on /v1/import", async () => {
    const user = await emulator.createUser();
    const json = await emulator.api("POST", "/v1/upload", {
      user: user.id,
      json: { url: `${source.url}/` },
    });
    expect(json.status).toBe(422);
    expect(((await json.json()) as ErrorBody).error.details).toHaveProperty("file");
    const multipart = await upload(emulator, user.id, await png(), { path: "/v1/import" });
    expect(multipart.status).toBe(422);
    expect(((await multipart.json()) as ErrorBody).error.details).toHaveProperty("url");
  });

  it("imports a URL: filename from the path, source_url set, 201", async () => {
    const user = await emulator.createUser();
    const url = `${source.url}/images/sunset.jpg?v=2`;
    const response = await emulator.api("POST", "/v1/import", {
      user: user.id,
      json: { url, namespace: "imports", description: "Imported", tags: "a,b" },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      name: "sunset.jpg",
      width: 1200,
      height: 800,
      namespace: "imports",
      tags: ["a", "b"],
      description: "Imported",
      source_url: url,
    });
  });

  it("names an import {id}.{format} when the URL has no file name", async () => {
    const user = await emulator.createUser();
    const response = await emulator.api("POST", "/v1/import", {
      user: user.id,
      json: { url: `${source.url}/` },
    });
    const media = (await response.json()) as MediaObject;
    expect(media.name).toBe(`${media.id}.png`);
  });

  it("validates the url: required, absolute, http(s) only", async () => {
    const user = await emulator.createUser();
    for (const url of [
      undefined,
      "",
      "not a url",
      "ftp://example.com/a.jpg",
      "file:///etc/passwd",
      42,
    ]) {
      const response = await emulator.api("POST", "/v1/import", { user: user.id, json: { url } });
      expect(response.status, String(url)).toBe(422);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe("validation_error");
      expect(Object.keys(body.error.details ?? {})).toEqual(["url"]);
    }
  });

  it("answers fetch_failed when the source errors or cannot be reached", async () => {
    const user = await emulator.createUser();
    const closed = await serveFiles({});
    await closed.close();
    for (const url of [
      `${source.url}/missing.jpg`,
      `${source.url}/broken`,
      `${closed.url}/a.jpg`,
    ]) {
      const response = await emulator.api("POST", "/v1/import", { user: user.id, json: { url } });
      expect(response.status, url).toBe(422);
      const body = (await response.json()) as ErrorBody;
      expect(body.error).toMatchObject({ type: "processing_error", code: "fetch_failed" });
    }
    expect(Object.keys(emulator.emu.store.state.images)).toHaveLength(0);
  });

  it("refuses a source that is not an image with validation_error on url", async () => {
    const user = await emulator.createUser();
    const response = await emulator.api("POST", "/v1/import", {
      user: user.id,
      json: { url: `${source.url}/page.html` },
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("validation_error");
    expect(body.error.details?.url).toMatch(/not a supported image/);
  });

  it("answers malformed JSON with 400 bad_request", async () => {
    const user = await emulator.createUser();
    const response = await emulator.api("POST", "/v1/import", {
      user: user.id,
      body: "{nope",
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("bad_request");
  });

  it("deduplicates by external_id on both endpoints without fetching or counting", async () => {
    const user = await emulator.createUser();
    const first = await upload(emulator, user.id, await jpeg(), {
      path: "/v1/upload",
      fields: { external_id: "ext-1" },
    });
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as MediaObject;
    const again = await upload(emulator, user.id, await png(), {
      path: "/v1/upload",
      fields: { external_id: "ext-1" },
    });
    // The URL would fail to fetch: a match answers before any fetch.
    const imported = await emulator.api("POST", "/v1/import", {
      user: user.id,
      json: { url: `${source.url}/missing.jpg`, external_id: "ext-1" },
    });
    for (const response of [again, imported]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("x-deduplicated")).toBe("true");
      expect(((await response.json()) as MediaObject).id).toBe(id);
      expect(response.headers.get("x-monthly-uploads-used")).toBe("1");
    }
  });
});

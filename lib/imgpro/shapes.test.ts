import { describe, expect, it } from "vitest";
import {
  NEWEST_IMAGE_KEYS,
  RESERVED_FIELDS,
  UNUSABLE_FIELD_NAMES,
  toAlbums,
  toGalleryImage,
  toImagePage,
  toIsoDate,
  toUsage,
} from "./shapes";

// The newest generation's Image object, as its docs show it.
const newest = {
  id: "abc12345",
  object: "image",
  url: "https://src.img.pro/4j2/abc12345.jpg",
  page_url: "https://img.pro/abc12345",
  sizes: {},
  filename: "hero-shot.jpg",
  format: "jpg",
  width: 4000,
  height: 3000,
  bytes: 245678,
  transformable: true,
  status: "ready",
  public: true,
  published_at: "2024-01-01T00:00:00Z",
  expires_at: null,
  created_at: "2024-01-01T00:00:00Z",
  caption: "Hero shot from launch day",
  metadata: { alt_text: "A rocket", camera: "X100", iso: 200, flash: false, nested: { no: 1 } },
  nsfw: false,
};

// The API Reference's media object: custom fields at the top level.
const reference = {
  id: "def45678",
  name: "photo.jpeg",
  url: "https://img.pro/def45678",
  src: "https://src.img.pro/xyz/def45678.jpeg",
  width: 1920,
  height: 1080,
  filesize: 384291,
  editable: true,
  tags: ["hero", "homepage"],
  namespace: "my-project",
  created_at: 1704067200,
  description: "Sunset over the Pacific",
  alt_text: "Orange sky",
  license: "cc-by-4.0",
};

describe("toGalleryImage", () => {
  it("reads the newest Image object", () => {
    const image = toGalleryImage(newest);
    expect(image).toMatchObject({
      id: "abc12345",
      filename: "hero-shot.jpg",
      cdnUrl: "https://src.img.pro/4j2/abc12345.jpg",
      pageUrl: "https://img.pro/abc12345",
      width: 4000,
      height: 3000,
      bytes: 245678,
      format: "jpg",
      transformable: true,
      public: true,
      status: "ready",
      createdAt: "2024-01-01T00:00:00.000Z",
      tags: [],
      namespace: null,
      caption: "Hero shot from launch day",
      altText: "A rocket",
    });
    // Metadata scalars become custom fields; objects are not custom fields we can edit.
    expect(image?.fields).toEqual({
      alt_text: "A rocket",
      camera: "X100",
      iso: 200,
      flash: false,
      caption: "Hero shot from launch day",
    });
  });

  it("reads the API Reference's media object, custom fields from the top level", () => {
    const image = toGalleryImage(reference);
    expect(image).toMatchObject({
      id: "def45678",
      filename: "photo.jpeg",
      cdnUrl: "https://src.img.pro/xyz/def45678.jpeg",
      pageUrl: "https://img.pro/def45678",
      bytes: 384291,
      format: "jpg",
      transformable: true,
      public: true,
      createdAt: "2024-01-01T00:00:00.000Z",
      tags: ["hero", "homepage"],
      namespace: "my-project",
      caption: "Sunset over the Pacific",
      altText: "Orange sky",
    });
    expect(image?.fields).toEqual({
      description: "Sunset over the Pacific",
      alt_text: "Orange sky",
      license: "cc-by-4.0",
    });
  });

  it("reads a `caption` custom field as the caption, before an older `description`", () => {
    const image = toGalleryImage({ ...reference, caption: "Saved caption" });
    expect(image?.caption).toBe("Saved caption");
    expect(image?.fields.caption).toBe("Saved caption");
  });

  it("treats a media object without a viewer url as private", () => {
    const { url: _url, ...privateMedia } = reference;
    const image = toGalleryImage(privateMedia);
    expect(image?.public).toBe(false);
    expect(image?.pageUrl).toBeNull();
  });

  it("infers non-transformable formats when the object does not say", () => {
    const svg = toGalleryImage({ ...reference, src: "https://src.img.pro/xyz/def45678.svg" });
    expect(svg?.format).toBe("svg");
    expect(svg?.transformable).toBe(false);
    expect(svg?.display).toEqual({ src: "https://src.img.pro/xyz/def45678.svg", srcSet: null });
  });

  it("builds WebP display sources over the CDN sizes, never larger than the original", () => {
    expect(toGalleryImage(newest)?.display).toEqual({
      src: "https://src.img.pro/4j2/abc12345.jpg?size=m&format=webp",
      srcSet:
        "https://src.img.pro/4j2/abc12345.jpg?size=s&format=webp 426w, " +
        "https://src.img.pro/4j2/abc12345.jpg?size=m&format=webp 853w, " +
        "https://src.img.pro/4j2/abc12345.jpg?size=l&format=webp 1440w",
    });
    const small = toGalleryImage({ ...newest, width: 500, height: 400 });
    expect(small?.display.srcSet).toBe(
      "https://src.img.pro/4j2/abc12345.jpg?size=s&format=webp 400w, " +
        "https://src.img.pro/4j2/abc12345.jpg?size=m&format=webp 500w",
    );
  });

  it("refuses objects it cannot show", () => {
    expect(toGalleryImage(null)).toBeNull();
    expect(toGalleryImage({ id: "x" })).toBeNull();
    expect(toGalleryImage({ src: "https://src.img.pro/a.jpg" })).toBeNull();
    expect(toGalleryImage({ id: "x", src: "not a url" })).toBeNull();
  });
});

describe("toImagePage", () => {
  it("reads the API Reference's top-level cursor", () => {
    const page = toImagePage({ data: [reference], next_cursor: "c2", has_more: true });
    expect(page.images.map((image) => image.id)).toEqual(["def45678"]);
    expect(page.nextCursor).toBe("c2");
  });

  it("reads the newest nested pagination first", () => {
    const page = toImagePage({
      object: "list",
      data: [newest, { junk: true }],
      next_cursor: "stale",
      pagination: { has_more: true, next_cursor: "n2" },
    });
    expect(page.images.map((image) => image.id)).toEqual(["abc12345"]);
    expect(page.nextCursor).toBe("n2");
  });

  it("ends when has_more is false or the cursor is empty", () => {
    expect(toImagePage({ data: [], next_cursor: "c", has_more: false }).nextCursor).toBeNull();
    expect(
      toImagePage({ data: [], pagination: { has_more: true, next_cursor: "" } }).nextCursor,
    ).toBeNull();
    expect(toImagePage({ data: [], next_cursor: null, has_more: false }).nextCursor).toBeNull();
    expect(toImagePage("garbage")).toEqual({ images: [], nextCursor: null });
  });
});

describe("toAlbums", () => {
  it("reads namespaces with counts and the next offset", () => {
    expect(
      toAlbums({
        data: [
          { namespace: "project-beta", count: 128, storage_bytes: 52428800 },
          { namespace: "", count: 1 },
        ],
        next_offset: 100,
      }),
    ).toEqual({
      albums: [{ namespace: "project-beta", count: 128, storageBytes: 52428800 }],
      nextOffset: 100,
    });
  });
});

describe("toUsage and toIsoDate", () => {
  it("reads the API Reference's usage with Unix-second reset dates", () => {
    expect(
      toUsage({
        monthly: { uploads: 42, uploads_limit: 100, uploads_remaining: 58, resets_at: 1709251200 },
        totals: {
          media_stored: 142,
          storage_used_bytes: 52428800,
          storage_limit_bytes: 5368709120,
        },
        plan: "free",
      }),
    ).toEqual({
      plan: "free",
      uploads: { used: 42, limit: 100, remaining: 58, resetsAt: "2024-03-01T00:00:00.000Z" },
      storage: { used: 52428800, limit: 5368709120, remaining: 5316280320 },
      imagesStored: 142,
    });
  });

  it("reads both timestamp generations", () => {
    expect(toIsoDate(1704067200)).toBe("2024-01-01T00:00:00.000Z");
    expect(toIsoDate("2024-01-01T00:00:00Z")).toBe("2024-01-01T00:00:00.000Z");
    expect(toIsoDate("yesterday")).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });
});

describe("custom fields", () => {
  it("never takes a documented key of the API Reference's media object for a custom field", () => {
    const imported = {
      ...reference,
      status: "processing",
      sizes: { s: "https://src.img.pro/xyz/def45678.jpeg?size=s" },
      expires_at: 1706659200,
      external_id: "file-1",
      date: "2024-01-15",
      public: true,
      source_url: "https://example.com/image.jpg",
      upgrade: { type: "register", url: "https://img.pro/api/quick-start" },
    };
    const image = toGalleryImage(imported);
    expect(Object.keys(image?.fields ?? {}).sort()).toEqual(["alt_text", "description", "license"]);
    expect(image?.sourceUrl).toBe("https://example.com/image.jpg");
  });

  it("never takes a key of the newest Image object for a custom field, in metadata either", () => {
    const image = toGalleryImage({
      ...newest,
      metadata: { camera: "X100", source_url: "https://example.com/a.png", filename: "x.png" },
    });
    expect(image?.fields).toEqual({ camera: "X100", caption: "Hero shot from launch day" });
    expect(image?.sourceUrl).toBe("https://example.com/a.png");
  });

  it("refuses every documented key as the name of a new custom field", () => {
    for (const key of [...RESERVED_FIELDS, ...NEWEST_IMAGE_KEYS, "source_url", "upgrade"]) {
      expect(UNUSABLE_FIELD_NAMES.has(key)).toBe(true);
    }
  });
});

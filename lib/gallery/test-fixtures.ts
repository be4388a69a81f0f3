import type { GalleryImage, ImagePage } from "@/lib/imgpro/types";

/** Images for the unit tests beside these helpers. */
export function makeImage(id: string, overrides: Partial<GalleryImage> = {}): GalleryImage {
  return {
    id,
    filename: `${id}.jpg`,
    cdnUrl: `https://src.example/x/${id}.jpg`,
    pageUrl: `https://img.example/${id}`,
    width: 800,
    height: 600,
    bytes: 1234,
    format: "jpg",
    transformable: true,
    public: true,
    status: "ready",
    createdAt: "2025-01-01T00:00:00.000Z",
    tags: [],
    namespace: null,
    sourceUrl: null,
    fields: {},
    caption: null,
    altText: null,
    display: { src: `https://src.example/x/${id}.jpg?size=m&format=webp`, srcSet: null },
    ...overrides,
  };
}

export function makePages(...pages: (string[] | { ids: string[]; cursor: string | null })[]) {
  return pages.map((page): ImagePage => {
    const { ids, cursor } = Array.isArray(page) ? { ids: page, cursor: null } : page;
    return { images: ids.map((id) => makeImage(id)), nextCursor: cursor };
  });
}

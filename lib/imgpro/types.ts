/**
 * The app's own view of img.pro data. lib/imgpro reshapes every response into these, so
 * nothing else depends on which generation of img.pro's API answered. All of them are plain
 * JSON (dates as ISO strings), so they cross to client components and API responses as is.
 */

export interface AuthContext {
  app: { id: string; name: string };
  user: { id: string; email: string };
}

export type CustomValue = string | number | boolean;

export interface ImageVariant {
  label: string;
  size: "s" | "m" | "l" | null;
  format: string;
  url: string;
}

export interface GalleryImage {
  id: string;
  filename: string;
  /** The original on the CDN. */
  cdnUrl: string;
  /** The public viewer page; null while the image is private. */
  pageUrl: string | null;
  width: number | null;
  height: number | null;
  bytes: number | null;
  format: string | null;
  transformable: boolean;
  public: boolean;
  status: "ready" | "processing" | "failed";
  createdAt: string;
  tags: string[];
  namespace: string | null;
  /** Where img.pro fetched an imported image from; null for uploads. */
  sourceUrl: string | null;
  /** Every custom field, caption and alt text included; never a documented key. */
  fields: Record<string, CustomValue>;
  caption: string | null;
  altText: string | null;
  /** For <img>: a small WebP to show by default, and a srcset of the CDN's sizes. */
  display: { src: string; srcSet: string | null };
}

export interface ImagePage {
  images: GalleryImage[];
  nextCursor: string | null;
}

export interface Album {
  namespace: string;
  count: number;
  storageBytes: number;
}

export interface Usage {
  plan: string;
  uploads: {
    used: number;
    limit: number | null;
    remaining: number | null;
    resetsAt: string | null;
  };
  storage: { used: number; limit: number | null; remaining: number | null };
  imagesStored: number | null;
}

export interface Plan {
  id: string;
  name: string;
  prices: Partial<Record<"monthly" | "annual", { amountCents: number; currency: string }>>;
  limits: { monthlyUploads: number | null; storageBytes: number | null };
}

export interface BillingStatus {
  plan: string;
  manageUrl: string;
  usage: Usage;
  availablePlans: Plan[];
}

/**
 * img.pro's size variants (`?size=s|m|l`), each by the short edge it constrains the image
 * to. Plain data, so the grid's srcset (client) and the CDN URLs (server) read one table.
 */
export const VARIANT_SHORT_EDGES = { s: 320, m: 640, l: 1080 } as const;

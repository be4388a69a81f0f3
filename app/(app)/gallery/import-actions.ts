"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions";
import { importImage } from "@/lib/imgpro/images";
import type { GalleryImage } from "@/lib/imgpro/types";
import { importUrlProblem } from "@/lib/upload/import-url";
import { isValidIdempotencyKey } from "@/lib/upload/upload-contract";
import { snapshotFromQuota, type UsageSnapshot } from "@/lib/usage-snapshot";

export interface ImportedImage {
  image: GalleryImage;
  deduplicated: boolean;
  usage: UsageSnapshot | null;
}

const schema = z.object({
  url: z
    .string({ error: "Enter the address of an image, starting with https://." })
    .trim()
    .superRefine((value, context) => {
      const problem = importUrlProblem(value);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
  // The form makes one key per attempt, so a double submit imports once; a caller without
  // one still gets a fresh key per call.
  idempotencyKey: z
    .string()
    .refine(isValidIdempotencyKey, "The Idempotency-Key must be 8 to 255 URL-safe characters.")
    .optional(),
});

/** img.pro fetches the URL itself; its refusals (fetch_failed, not an image) come back as data. */
export const importFromUrl = authedAction(
  schema,
  async ({ url, idempotencyKey }, user): Promise<ImportedImage> => {
    const created = await importImage(user.userId, {
      url,
      idempotencyKey: idempotencyKey ?? crypto.randomUUID(),
    });
    return {
      image: created.image,
      deduplicated: created.deduplicated,
      usage: created.quota ? snapshotFromQuota(created.quota) : null,
    };
  },
);

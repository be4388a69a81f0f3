import { z } from "zod";
import { albumProblem, normalizeAlbum } from "./albums";
import { fieldKeyProblem, MAX_TEXT_LENGTH } from "./fields";
import { MAX_TAGS, normalizeTag, tagProblem } from "./tags";

/**
 * The inputs of the gallery's server actions, validated with the same rules the editors
 * check as you type. Reserved field names come from the server (lib/imgpro/shapes).
 */
export const IMAGE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** More than any list loads at once; the library sends them to img.pro 100 at a time. */
export const MAX_BATCH_IDS = 1000;

export const imageIdSchema = z.string().regex(IMAGE_ID_PATTERN, "Not an image id.");

const text = z
  .string()
  .max(MAX_TEXT_LENGTH, `At most ${MAX_TEXT_LENGTH} characters.`)
  .transform((value) => value.trim() || null)
  .nullable();

export const tagsSchema = z
  .array(z.string())
  .transform((tags) => [...new Set(tags.map(normalizeTag))])
  .superRefine((tags, context) => {
    for (const tag of tags) {
      const problem = tagProblem(tag);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }
    if (tags.length > MAX_TAGS)
      context.addIssue({ code: "custom", message: `An image can have at most ${MAX_TAGS} tags.` });
  });

export const albumSchema = z
  .string()
  .transform(normalizeAlbum)
  .superRefine((name, context) => {
    const problem = albumProblem(name);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export function updateImageSchema(reserved: ReadonlySet<string>) {
  return z.object({
    id: imageIdSchema,
    caption: text.optional(),
    altText: text.optional(),
    tags: tagsSchema.optional(),
    public: z.boolean().optional(),
    namespace: albumSchema.nullable().optional(),
    fields: z
      .record(
        z.string(),
        z.string().max(MAX_TEXT_LENGTH, `At most ${MAX_TEXT_LENGTH} characters.`).nullable(),
      )
      .superRefine((fields, context) => {
        for (const key of Object.keys(fields)) {
          const problem = fieldKeyProblem(key, reserved);
          if (problem) context.addIssue({ code: "custom", message: problem, path: [key] });
        }
      })
      .optional(),
  });
}

export const deleteImageSchema = z.object({ id: imageIdSchema });

const idsSchema = z
  .array(imageIdSchema)
  .min(1, "Select at least one image.")
  .max(MAX_BATCH_IDS, `At most ${MAX_BATCH_IDS} images at a time.`)
  .transform((ids) => [...new Set(ids)]);

export const batchTagSchema = z.object({
  ids: idsSchema,
  tags: tagsSchema.refine((tags) => tags.length > 0, "Type at least one tag."),
  mode: z.enum(["add", "remove"]),
});

export const batchDeleteSchema = z.object({ ids: idsSchema });

export type UpdateImageInput = z.input<ReturnType<typeof updateImageSchema>>;
export type BatchTagInput = z.input<typeof batchTagSchema>;

import { z } from "zod";
import { NAMESPACE_PATTERN } from "./filters";
import { MAX_TAGS, splitTags, tagProblem } from "./tags";

/**
 * The query of GET /api/images, checked on the server. Apart from filters.ts, which the
 * gallery's client code imports, so that zod stays out of the browser's bundle.
 */

/** Opaque, but bounded: it is echoed to img.pro in a query string. */
const CURSOR_PATTERN = /^[A-Za-z0-9_\-.~=+/:]{1,1024}$/;

/** Strict, for the API route: a bad query is a 400 that says which parameter is wrong. */
export const listQuerySchema = z.object({
  tags: z
    .string()
    .optional()
    .transform((value, context) => {
      const tags = splitTags(value ?? "");
      for (const tag of tags) {
        const problem = tagProblem(tag);
        if (problem) context.addIssue({ code: "custom", message: problem });
      }
      if (tags.length > MAX_TAGS)
        context.addIssue({ code: "custom", message: `At most ${MAX_TAGS} tags.` });
      return tags;
    }),
  tag_mode: z.enum(["any", "all"]).default("any"),
  namespace: z
    .string()
    .regex(NAMESPACE_PATTERN, "An album name is 2–64 lowercase letters, digits and hyphens.")
    .optional(),
  cursor: z.string().regex(CURSOR_PATTERN, "Not a cursor from a previous page.").optional(),
});

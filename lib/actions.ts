import "server-only";
import { z } from "zod";
import { endSessionOnAccountError } from "@/lib/auth/account-errors";
import { getSession, type SessionUser } from "@/lib/session";
import { toActionError } from "./action-error";
import type { ActionResult } from "./action-result";

export { toActionError };

/**
 * A server action that re-checks the session, validates its input with zod and returns an
 * ActionResult. img.pro's lifecycle answers (user_forbidden, app_suspended, unauthorized)
 * end the session or redirect, the same way everywhere.
 */
export function authedAction<Schema extends z.ZodType, Output>(
  schema: Schema,
  handler: (input: z.output<Schema>, user: SessionUser) => Promise<Output>,
) {
  // Callers are typed by what the schema takes (z.input), so a route's actions.ts can export
  // this function as it is. Extra keys type-check because the schema strips them; whatever a
  // direct caller sends instead is refused by safeParse below, never trusted.
  return async <Input extends z.input<Schema>>(input: Input): Promise<ActionResult<Output>> => {
    const user = await getSession();
    if (!user)
      return {
        ok: false,
        code: "unauthenticated",
        error: "Your session has ended. Sign in again to continue.",
      };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const { formErrors, fieldErrors: raw } = z.flattenError(parsed.error);
      const fieldErrors = raw as Record<string, string[] | undefined>;
      return {
        ok: false,
        code: "invalid_input",
        error:
          formErrors[0] ??
          Object.values(fieldErrors).flat()[0] ??
          "Check the values and try again.",
        fieldErrors: Object.fromEntries(
          Object.entries(fieldErrors).filter((entry): entry is [string, string[]] => !!entry[1]),
        ),
      };
    }
    try {
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      await endSessionOnAccountError(error);
      return toActionError(error);
    }
  };
}

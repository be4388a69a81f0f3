import "server-only";
import { ImgProError } from "@/lib/imgpro/errors";
import { UPGRADE_PATH, refusalFor, refusalMessage, refusalRetryAfter } from "@/lib/imgpro/refusals";
import { destroySession } from "@/lib/session";

/**
 * A route handler's answer to anything img.pro refused, from the one refusal table: its
 * status, its words, the session ended where the table says so. A fetch from the browser
 * cannot follow a redirect to a page, so the body carries the code (lib/auth/session-problem
 * turns the lifecycle ones into a link) and, for a spent quota, where to upgrade.
 */

export interface RefusalBody {
  error: {
    code: string;
    message: string;
    retryAfter?: number;
    upgradeUrl?: string;
    fieldErrors?: Record<string, string[]>;
  };
}

export async function refusalResponse(
  error: unknown,
  context: { log: string; headers: Record<string, string>; unexpected: string },
): Promise<Response> {
  if (!(error instanceof ImgProError)) {
    console.error(`[${context.log}] unexpected error`, error);
    return Response.json(
      { error: { code: "server_error", message: context.unexpected } } satisfies RefusalBody,
      { status: 500, headers: context.headers },
    );
  }
  const refusal = refusalFor(error);
  if (refusal.endsSession) await destroySession();
  const retryAfter = refusalRetryAfter(error);
  const details = Object.keys(error.details).length > 0 ? error.details : undefined;
  const body: RefusalBody = {
    error: {
      code: error.code,
      message: refusalMessage(error),
      ...(retryAfter !== null ? { retryAfter } : {}),
      ...(refusal.link?.href === UPGRADE_PATH ? { upgradeUrl: refusal.link.href } : {}),
      ...(details ? { fieldErrors: details } : {}),
    },
  };
  const headers: Record<string, string> = { ...context.headers };
  if (retryAfter !== null) headers["Retry-After"] = String(retryAfter);
  return Response.json(body, { status: refusal.status, headers });
}

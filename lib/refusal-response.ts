import "server-only";
import { ImgProError } from "@/lib/imgpro/errors";
import { refusalAnswer, type RefusalBody } from "@/lib/refusal-answer";
import { destroySession } from "@/lib/session";

export type { RefusalBody };

/**
 * A route handler's answer to anything img.pro refused, from the one refusal table: its
 * status, its words, the session ended where the table says so.
 */
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
  const answer = refusalAnswer(error);
  if (answer.endsSession) await destroySession();
  return Response.json(answer.body, {
    status: answer.status,
    headers: { ...context.headers, ...answer.headers },
  });
}

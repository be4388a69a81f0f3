import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { GALLERY_PAGE_SIZE } from "@/lib/gallery/filters";
import { listQuerySchema } from "@/lib/gallery/list-query";
import { listImages } from "@/lib/imgpro/images";
import { refusalResponse } from "@/lib/refusal-response";
import { getSession } from "@/lib/session";

/**
 * One page of the signed-in user's images for the gallery's infinite scroll (SWR), following
 * img.pro's cursor. It re-checks the session itself (proxy.ts is not the lock) and answers
 * errors as JSON with a real status from the one refusal table (lib/imgpro/refusals): a fetch
 * from the browser cannot follow a redirect to a sign-in page, so lifecycle answers become
 * 401/403 the client turns into a link.
 */

const NO_STORE = { "Cache-Control": "private, no-store" };

function problem(status: number, code: string, message: string, extra: object = {}) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status, headers: NO_STORE });
}

export async function GET(request: NextRequest) {
  const user = await getSession();
  if (!user) return problem(401, "unauthenticated", "Your session has ended. Sign in again.");

  const parsed = listQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    const first = formErrors[0] ?? Object.values(fieldErrors).flat()[0];
    return problem(400, "invalid_query", first ?? "Check the list's parameters.", { fieldErrors });
  }
  const query = parsed.data;
  try {
    const page = await listImages(user.userId, {
      limit: GALLERY_PAGE_SIZE,
      cursor: query.cursor ?? null,
      tags: query.tags,
      tagMode: query.tag_mode,
      namespace: query.namespace ?? null,
    });
    return NextResponse.json(page, { headers: NO_STORE });
  } catch (error) {
    return refusalResponse(error, {
      log: "api/images",
      headers: NO_STORE,
      unexpected: "Something went wrong on our side. Try again.",
    });
  }
}

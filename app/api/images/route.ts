import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { GALLERY_PAGE_SIZE } from "@/lib/gallery/filters";
import { listQuerySchema } from "@/lib/gallery/list-query";
import { ImgProError } from "@/lib/imgpro/errors";
import { listImages } from "@/lib/imgpro/images";
import { destroySession, getSession } from "@/lib/session";

/**
 * One page of the signed-in user's images for the gallery's infinite scroll (SWR), following
 * img.pro's cursor. It re-checks the session itself (proxy.ts is not the lock) and answers
 * errors as JSON with a real status: a fetch from the browser cannot follow a redirect to a
 * sign-in page, so lifecycle answers become 401/403 the client turns into a link.
 */

const NO_STORE = { "Cache-Control": "private, no-store" };

function problem(status: number, code: string, message: string, extra: object = {}) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status, headers: NO_STORE });
}

async function fromImgProError(error: unknown) {
  if (!(error instanceof ImgProError)) {
    console.error("[api/images] unexpected error", error);
    return problem(500, "server_error", "Something went wrong on our side. Try again.");
  }
  switch (error.code) {
    case "user_forbidden":
      // The account is gone or disconnected: the session must not outlive it.
      await destroySession();
      return problem(401, "user_forbidden", "Your img.pro account is no longer connected.");
    case "app_suspended":
      return problem(403, "app_suspended", "This app is suspended on img.pro.");
    case "unauthorized":
      return problem(503, "misconfigured", "The app cannot reach img.pro: check its secret.");
    case "rate_limited": {
      const seconds = error.retryAfter ?? 30;
      return NextResponse.json(
        { error: { code: "rate_limited", message: `img.pro is busy, try again in ${seconds}s.` } },
        { status: 429, headers: { ...NO_STORE, "Retry-After": String(seconds) } },
      );
    }
    case "validation_error":
      return problem(400, "invalid_query", error.message, { fieldErrors: error.details });
    default:
      return problem(502, error.code, error.message || "img.pro could not list your images.");
  }
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
    return fromImgProError(error);
  }
}

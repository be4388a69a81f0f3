import "server-only";
import { getConfig } from "@/lib/env";
import { formatDuration } from "@/lib/format-duration";
import { ImgProError } from "@/lib/imgpro/errors";
import { uploadImage } from "@/lib/imgpro/images";
import { isAppOrigin } from "@/lib/request-origin";
import { refusalResponse } from "@/lib/refusal-response";
import { getSession } from "@/lib/session";
import { multipartUpload } from "@/lib/upload/multipart-body";
import {
  checkUploadHeaders,
  type UploadErrorBody,
  type UploadSuccessBody,
} from "@/lib/upload/upload-contract";
import { snapshotFromQuota } from "@/lib/usage-snapshot";

/**
 * POST /api/uploads: the server path of one upload. The browser sends the file's raw bytes
 * (with XHR, for progress); this streams them on to img.pro inside a multipart body without
 * holding the file, so memory stays flat from 1 KB to 70 MB. proxy.ts does not run here: a
 * proxy makes Next.js buffer the whole body (and cut it at 10 MB), so the checks below are
 * the only ones, which is the rule anyway (STYLE.md 5).
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

function json(body: UploadSuccessBody | UploadErrorBody, status: number, headers = {}) {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

function failure(
  status: number,
  error: UploadErrorBody["error"],
  headers: Record<string, string> = {},
): Response {
  return json({ error }, status, headers);
}

/**
 * An img.pro refusal, answered from the one refusal table (lib/imgpro/refusals) like every
 * other route; only a timeout gets words of its own, which name this deployment's budget.
 */
async function imgproFailure(error: unknown, timeoutMs: number): Promise<Response> {
  if (error instanceof ImgProError && error.code === "timeout") {
    // The outcome is unknown; the browser keeps the Idempotency-Key, so Retry is safe.
    return failure(504, {
      code: "timeout",
      message: `img.pro did not answer within ${formatDuration(timeoutMs)}, so the upload was stopped. Retry sends it again; it won't be stored twice.`,
    });
  }
  return refusalResponse(error, {
    log: "uploads",
    headers: NO_STORE,
    unexpected: "Something went wrong on our side. Nothing was uploaded; please try again.",
  });
}

export async function POST(request: Request): Promise<Response> {
  const config = getConfig();
  // Cookies are SameSite=Lax, but an upload is a write: only pages of this app may send one
  // (compared with APP_URL's origin, not Host: see lib/request-origin).
  if (!isAppOrigin(request.headers.get("origin"), config.appUrl)) {
    return failure(403, {
      code: "cross_site",
      message: `Uploads are only accepted from ${new URL(config.appUrl).origin}.`,
    });
  }
  const user = await getSession();
  if (!user) {
    return failure(401, {
      code: "unauthenticated",
      message: "Your session has ended. Sign in again to continue.",
    });
  }
  const check = checkUploadHeaders(request.headers, config.uploadMaxBytes);
  if (!check.ok) return failure(check.status, { code: check.code, message: check.message });
  const { filename, contentType, bytes, externalId, idempotencyKey } = check.value;
  if (!request.body) {
    return failure(400, { code: "validation_error", message: "The upload had no body." });
  }

  const multipart = multipartUpload({
    file: request.body,
    filename,
    fileType: contentType,
    // `external_id` is documented on the API Reference's upload, not on the App API's
    // POST /v1/images (CONTRACT.md 17.6): where img.pro ignores it, uploads still work and
    // only the "already in your gallery" notice is lost.
    fields: externalId ? { external_id: externalId } : {},
    expectedBytes: bytes,
  });
  try {
    const created = await uploadImage(user.userId, {
      body: multipart.body,
      contentType: multipart.contentType,
      idempotencyKey,
      timeoutMs: config.uploadTimeoutMs,
      signal: request.signal,
    });
    return json(
      {
        image: created.image,
        deduplicated: created.deduplicated,
        usage: created.quota ? snapshotFromQuota(created.quota) : null,
      },
      created.deduplicated ? 200 : 201,
    );
  } catch (error) {
    // The browser's bytes, not img.pro, are the problem: say so rather than blame img.pro.
    const violation = multipart.violation();
    if (violation === "too_large") {
      return failure(413, { code: "too_large", message: "The upload was longer than announced." });
    }
    if (violation === "incomplete" || request.signal.aborted) {
      return failure(400, {
        code: "incomplete",
        message: "The upload ended before the whole file arrived.",
      });
    }
    return imgproFailure(error, config.uploadTimeoutMs);
  }
}

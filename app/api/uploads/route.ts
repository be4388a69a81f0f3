import "server-only";
import { toActionError } from "@/lib/actions";
import { getConfig } from "@/lib/env";
import { formatDuration } from "@/lib/format-duration";
import { ImgProError } from "@/lib/imgpro/errors";
import { uploadImage } from "@/lib/imgpro/images";
import { isAppOrigin } from "@/lib/request-origin";
import { destroySession, getSession } from "@/lib/session";
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
 * What the browser sees for an img.pro refusal (user_forbidden and timeouts are answered
 * before this): the status it can act on. No answer at all (status 0) is a 502.
 */
function statusFor(error: ImgProError): number {
  switch (error.code) {
    case "app_suspended":
    case "quota_exceeded":
      return 403;
    case "unauthorized":
      // The machine secret was refused: the operator's problem, not the user's session.
      return 500;
  }
  if (error.status >= 400 && error.status < 500) return error.status;
  if ([502, 503, 504].includes(error.status)) return error.status;
  return 502;
}

async function imgproFailure(error: unknown, timeoutMs: number): Promise<Response> {
  if (!(error instanceof ImgProError)) {
    console.error("[uploads] unexpected error", error);
    return failure(500, {
      code: "server_error",
      message: "Something went wrong on our side. Nothing was uploaded; please try again.",
    });
  }
  if (error.code === "user_forbidden") {
    await destroySession();
    return failure(401, {
      code: "user_forbidden",
      message: "Your img.pro account is no longer connected. Continue with img.pro to reconnect.",
    });
  }
  if (error.code === "timeout") {
    // The outcome is unknown; the browser keeps the Idempotency-Key, so Retry is safe.
    return failure(504, {
      code: "timeout",
      message: `img.pro did not answer within ${formatDuration(timeoutMs)}, so the upload was stopped. Retry sends it again; it won't be stored twice.`,
    });
  }
  const mapped = toActionError(error);
  const status = statusFor(error);
  const retryAfter = mapped.retryAfter ?? error.retryAfter ?? undefined;
  const message =
    error.code === "unauthorized"
      ? "This app could not authenticate with img.pro. Nothing was uploaded."
      : mapped.error;
  return failure(
    status,
    {
      code: error.code,
      message,
      ...(retryAfter !== undefined ? { retryAfter } : {}),
      ...(mapped.upgradeUrl ? { upgradeUrl: mapped.upgradeUrl } : {}),
    },
    retryAfter !== undefined ? { "Retry-After": String(retryAfter) } : {},
  );
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

import "server-only";
import { formatDuration } from "@/lib/format";
import { ImgProError } from "@/lib/imgpro/errors";
import type { CreatedImage } from "@/lib/imgpro/images";
import { UploadBodyError } from "@/lib/imgpro/upload";
import { refusalAnswer } from "@/lib/refusal-answer";
import { snapshotFromQuota } from "@/lib/usage-snapshot";
import type { UploadErrorBody, UploadSuccessBody } from "./upload-contract";

/** What POST /api/uploads answers: a status, a JSON body, and headers of its own. */
export interface UploadAnswer {
  status: number;
  body: UploadSuccessBody | UploadErrorBody;
  headers: Record<string, string>;
  /** img.pro no longer knows the user: the route ends the session. */
  endSession?: boolean;
}

export function refusal(
  status: number,
  error: UploadErrorBody["error"],
  headers: Record<string, string> = {},
): UploadAnswer {
  return { status, body: { error }, headers };
}

export function uploaded(created: CreatedImage): UploadAnswer {
  return {
    status: created.deduplicated ? 200 : 201,
    body: {
      image: created.image,
      deduplicated: created.deduplicated,
      usage: created.quota ? snapshotFromQuota(created.quota) : null,
    },
    headers: {},
  };
}

/** Why an upload failed, told apart: the browser's bytes, img.pro, or our own bug. */
export function uploadFailure(
  error: unknown,
  { timeoutMs, browserGone }: { timeoutMs: number; browserGone: boolean },
): UploadAnswer {
  // The browser's bytes, not img.pro, are the problem: say so rather than blame img.pro.
  if (error instanceof UploadBodyError && error.violation === "too_large") {
    return refusal(413, { code: "too_large", message: "The upload was longer than announced." });
  }
  if (error instanceof UploadBodyError || browserGone) {
    return refusal(400, {
      code: "incomplete",
      message: "The upload ended before the whole file arrived.",
    });
  }
  if (!(error instanceof ImgProError)) {
    console.error("[uploads] unexpected error", error);
    return refusal(500, {
      code: "server_error",
      message: "Something went wrong on our side. Nothing was uploaded; please try again.",
    });
  }
  if (error.code === "timeout") {
    // The outcome is unknown; the browser keeps the Idempotency-Key, so Retry is safe.
    return refusal(504, {
      code: "timeout",
      message: `img.pro did not answer within ${formatDuration(timeoutMs)}, so the upload was stopped. Retry sends it again; it won't be stored twice.`,
    });
  }
  // Every other refusal means what it means everywhere else in the app.
  const { status, body, headers, endsSession } = refusalAnswer(error);
  return { status, body, headers, endSession: endsSession };
}

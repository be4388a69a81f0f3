/**
 * img.pro's newest error envelope (its errors page):
 * `{ "error": { type, code, message, action?, usage?, details? } }`
 * (docs/imgpro-api.md#errors).
 */

const TYPE_BY_CODE: Record<string, string> = {
  validation_error: "invalid_request_error",
  not_found: "invalid_request_error",
  bad_request: "invalid_request_error",
  invalid_code: "invalid_request_error",
  invalid_target_url: "invalid_request_error",
  external_id_duplicate: "invalid_request_error",
  unauthorized: "authentication_error",
  forbidden: "permission_error",
  user_forbidden: "permission_error",
  app_suspended: "permission_error",
  media_locked: "permission_error",
  rate_limited: "rate_limit_error",
  quota_exceeded: "quota_error",
  already_subscribed: "billing_error",
  idempotency_key_conflict: "idempotency_error",
  idempotency_key_in_progress: "idempotency_error",
  upload_failed: "processing_error",
  fetch_failed: "processing_error",
  import_failed: "processing_error",
};

export interface ErrorAction {
  type: "upgrade" | "signup" | "wait";
  url?: string;
  label?: string;
  retry_after?: number;
}

export interface ErrorExtras {
  action?: ErrorAction;
  usage?: Record<string, unknown>;
  details?: Record<string, string | string[]>;
  headers?: Record<string, string>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extras: ErrorExtras = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  toBody() {
    const { action, usage, details } = this.extras;
    return {
      error: {
        type: TYPE_BY_CODE[this.code] ?? "api_error",
        code: this.code,
        message: this.message,
        ...(action ? { action } : {}),
        ...(usage ? { usage } : {}),
        ...(details ? { details } : {}),
      },
    };
  }

  toResponse(): Response {
    return new Response(JSON.stringify(this.toBody()), {
      status: this.status,
      headers: { "content-type": "application/json; charset=utf-8", ...this.extras.headers },
    });
  }
}

/** 422 validation_error: a generic message, the reasons per field in `details`. */
export function validationError(details: Record<string, string | string[]>): ApiError {
  return new ApiError(422, "validation_error", "Validation failed", { details });
}

export function notFound(what: string): ApiError {
  return new ApiError(404, "not_found", `${what} not found.`);
}

import "server-only";
import type { NextApiRequest, NextApiResponse } from "next";
import { getConfig } from "@/lib/env";
import { uploadFile } from "@/lib/imgpro/upload";
import { getRequestSession } from "@/lib/request-session";
import { isAppOrigin } from "@/lib/request-origin";
import { refusal, uploadFailure, uploaded, type UploadAnswer } from "@/lib/upload/upload-answer";
import { checkUploadHeaders } from "@/lib/upload/upload-contract";

/**
 * POST /api/uploads: the server path of one upload. The browser sends the file's raw bytes
 * (with XHR, for progress); they go on to img.pro as they arrive, never held, so memory
 * stays flat from 1 KB to 70 MB.
 *
 * A Pages Router API route, not an App Router route handler, for one reason: an App Router
 * handler only sees the body as a web stream that Next.js builds from the Node request (an
 * async iterator, a byte stream that copies every chunk, a promise per chunk). In a CPU
 * profile of `next start` that path cost more than the rest of the upload together, and no
 * handler code can avoid it. Here, with bodyParser off, the route gets the Node request
 * itself. proxy.ts does not run here (a proxy makes Next.js buffer the whole body), so the
 * checks below are the only ones, which is the rule anyway: proxy.ts is never the lock.
 */
export const config = { api: { bodyParser: false } };

export default async function uploads(request: NextApiRequest, response: NextApiResponse) {
  send(response, await receive(request, response));
}

async function receive(request: NextApiRequest, response: NextApiResponse): Promise<UploadAnswer> {
  if (request.method !== "POST") {
    return refusal(
      405,
      { code: "method_not_allowed", message: "Send uploads with POST." },
      {
        Allow: "POST",
      },
    );
  }
  const settings = getConfig();
  // Cookies are SameSite=Lax, but an upload is a write: only pages of this app may send one
  // (compared with APP_URL's origin, not Host: see lib/request-origin).
  if (!isAppOrigin(request.headers.origin ?? null, settings.appUrl)) {
    return refusal(403, {
      code: "cross_site",
      message: `Uploads are only accepted from ${new URL(settings.appUrl).origin}.`,
    });
  }
  const session = await getRequestSession(request, response);
  if (!session.user) {
    return refusal(401, {
      code: "unauthenticated",
      message: "Your session has ended. Sign in again to continue.",
    });
  }
  const check = checkUploadHeaders(
    { get: (name) => header(request, name) },
    settings.uploadMaxBytes,
  );
  if (!check.ok) return refusal(check.status, { code: check.code, message: check.message });
  const { bytes, contentType, ...upload } = check.value;

  // Cancel in the browser closes the connection: stop sending to img.pro too.
  const browserGone = new AbortController();
  response.once("close", () => browserGone.abort());
  try {
    const created = await uploadFile(session.user.userId, {
      ...upload,
      file: request,
      bytes,
      fileType: contentType,
      timeoutMs: settings.uploadTimeoutMs,
      signal: browserGone.signal,
    });
    return uploaded(created);
  } catch (error) {
    const answer = uploadFailure(error, {
      timeoutMs: settings.uploadTimeoutMs,
      browserGone: browserGone.signal.aborted,
    });
    if (answer.endSession) session.destroy();
    return answer;
  }
}

function header(request: NextApiRequest, name: string): string | null {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : (value ?? null);
}

function send(response: NextApiResponse, answer: UploadAnswer) {
  response.writeHead(answer.status, {
    "Content-Type": "application/json",
    // no-transform keeps `next start`'s gzip off a few hundred bytes of JSON: setting up a
    // deflate stream per answer cost half a millisecond of CPU per upload in a profile.
    "Cache-Control": "no-store, no-transform",
    "X-Content-Type-Options": "nosniff",
    ...answer.headers,
  });
  response.end(JSON.stringify(answer.body));
}

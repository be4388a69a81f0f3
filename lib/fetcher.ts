import { isObject } from "@/lib/json";

/** The `{ error: { code, message } }` of an answer, when it has one. */
const errorOf = (body: unknown) => (isObject(body) && isObject(body.error) ? body.error : null);

/** The one fetcher for SWR: JSON on success, a FetchError carrying the body otherwise. */
export class FetchError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    const error = errorOf(body);
    super(error ? String(error.message ?? "Request failed") : `Request failed (${status})`);
    this.name = "FetchError";
  }

  /** The app's or img.pro's error code from the body, when it has one. */
  get code(): string | null {
    const code = errorOf(this.body)?.code;
    return typeof code === "string" ? code : null;
  }
}

export async function fetcher<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new FetchError(response.status, body);
  return body as T;
}

/** The one fetcher for SWR: JSON on success, a FetchError carrying the body otherwise. */
export class FetchError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    const message =
      typeof body === "object" && body !== null && "error" in body
        ? String((body as { error: { message?: unknown } }).error?.message ?? "Request failed")
        : `Request failed (${status})`;
    super(message);
    this.name = "FetchError";
  }

  /** The app's or img.pro's error code from the body, when it has one. */
  get code(): string | null {
    const error =
      typeof this.body === "object" && this.body !== null && "error" in this.body
        ? (this.body as { error: { code?: unknown } }).error
        : null;
    return typeof error?.code === "string" ? error.code : null;
  }
}

export async function fetcher<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new FetchError(response.status, body);
  return body as T;
}

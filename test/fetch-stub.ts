import { afterEach, beforeEach, vi } from "vitest";

/** A JSON answer as img.pro sends it. */
export const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/**
 * Stands in for the global fetch in every test of the calling file, reset between tests;
 * `quiet` silences the client's console.error for the failures a test provokes.
 */
export function stubFetch({ quiet = false }: { quiet?: boolean } = {}) {
  const fetchMock = vi.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal("fetch", fetchMock);
    if (quiet) vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  return fetchMock;
}

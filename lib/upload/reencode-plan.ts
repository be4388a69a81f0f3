/**
 * How to shrink an image that is above the deployment's upload limit, decided without a
 * canvas so every step can be tested: lower the quality first (it keeps every pixel), then
 * the dimensions, in proportion to how far over the limit the last try was.
 */
export interface EncodeAttempt {
  width: number;
  height: number;
  /** 0..1, as canvas encoders take it. */
  quality: number;
}

export const QUALITIES = [0.9, 0.8, 0.7, 0.6] as const;
/**
 * Safari refuses canvases above 16,777,216 pixels and every browser above 16,384 px a side,
 * so the first try is already within both.
 */
export const MAX_PIXELS = 16_777_216;
export const MAX_EDGE = 16_384;
/** Below this long edge the result would no longer be worth keeping. */
export const MIN_EDGE = 320;
/** Each try is a full encode, so the number of tries is bounded. */
export const MAX_TRIES = 10;

function scaled(width: number, height: number, scale: number) {
  return {
    width: Math.max(1, Math.floor(width * scale)),
    height: Math.max(1, Math.floor(height * scale)),
  };
}

export function firstAttempt(width: number, height: number): EncodeAttempt {
  const scale = Math.min(
    1,
    MAX_EDGE / Math.max(width, height),
    Math.sqrt(MAX_PIXELS / (width * height)),
  );
  return { ...scaled(width, height, scale), quality: QUALITIES[0] };
}

/** The next try after `previous` produced `producedBytes` (> limit), or null to give up. */
export function nextAttempt(
  previous: EncodeAttempt,
  producedBytes: number,
  limit: number,
): EncodeAttempt | null {
  const ratio = limit / producedBytes;
  const index = QUALITIES.findIndex((quality) => quality === previous.quality);
  // Less than twice the limit: a lower quality usually closes the gap on its own.
  if (index >= 0 && index < QUALITIES.length - 1 && ratio > 0.5) {
    return { ...previous, quality: QUALITIES[index + 1] as number };
  }
  // Encoded size follows the pixel count roughly, so each side shrinks by sqrt(ratio), with
  // a margin, and always by at least 10% so the loop makes progress.
  const next = scaled(previous.width, previous.height, Math.min(0.9, Math.sqrt(ratio) * 0.95));
  if (Math.max(next.width, next.height) < MIN_EDGE) return null;
  return { ...next, quality: QUALITIES[1] };
}

/**
 * Runs the plan with `encode` (a canvas in the browser, a fake in tests): the first result
 * at or under `limit`, or null when none was found within MAX_TRIES.
 */
export async function fitToLimit<T extends { size: number }>(
  source: { width: number; height: number },
  limit: number,
  encode: (attempt: EncodeAttempt) => Promise<T>,
): Promise<{ result: T; attempt: EncodeAttempt } | null> {
  let attempt: EncodeAttempt | null = firstAttempt(source.width, source.height);
  for (let tries = 0; attempt && tries < MAX_TRIES; tries += 1) {
    const result = await encode(attempt);
    if (result.size <= limit) return { result, attempt };
    attempt = nextAttempt(attempt, result.size, limit);
  }
  return null;
}

/** "holiday.png" re-encoded as WebP is sent as "holiday.webp". */
export function renameForType(name: string, type: string): string {
  const extension = type === "image/webp" ? "webp" : "jpg";
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name || "image";
  return `${base}.${extension}`;
}

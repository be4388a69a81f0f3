/** The named CDN sizes: the short edge each constrains the image to. */
export const SIZE_TARGETS = { s: 320, m: 640, l: 1080 } as const;
export type SizeName = keyof typeof SIZE_TARGETS;

export function isSizeName(value: string | undefined): value is SizeName {
  return value !== undefined && Object.hasOwn(SIZE_TARGETS, value);
}

/**
 * Scales so the short edge is `target`, keeping the aspect ratio. The long side is truncated,
 * as in the Image object example (4000×3000 at 320 → 426×320, not 427). Never upscales: a
 * source whose short edge is already within the target keeps its own dimensions.
 */
export function fitShortEdge(width: number, height: number, target: number) {
  const short = Math.min(width, height);
  if (short <= target) return { width, height };
  return width <= height
    ? { width: target, height: Math.max(1, Math.floor((height * target) / width)) }
    : { width: Math.max(1, Math.floor((width * target) / height)), height: target };
}

import { fitToLimit, renameForType, type EncodeAttempt } from "./reencode-plan";

/**
 * Re-encodes a JPEG, PNG or WebP in the browser to fit under the deployment's upload limit
 * (createImageBitmap, then OffscreenCanvas or a canvas element), following reencode-plan.
 * WebP first (smaller, keeps transparency); JPEG where the browser cannot encode WebP.
 */
export interface Reencoded {
  blob: Blob;
  name: string;
  type: string;
}

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function draw(
  context: Context2D | null,
  bitmap: ImageBitmap,
  attempt: EncodeAttempt,
  type: string,
) {
  if (!context) throw new Error("This browser cannot draw the image to resize it.");
  if (type === "image/jpeg") {
    // JPEG has no transparency: what was transparent becomes white, not black.
    context.fillStyle = "#fff";
    context.fillRect(0, 0, attempt.width, attempt.height);
  }
  context.imageSmoothingQuality = "high";
  context.drawImage(bitmap, 0, 0, attempt.width, attempt.height);
}

async function encode(bitmap: ImageBitmap, attempt: EncodeAttempt, type: string): Promise<Blob> {
  if (typeof OffscreenCanvas !== "undefined") {
    const canvas = new OffscreenCanvas(attempt.width, attempt.height);
    draw(canvas.getContext("2d"), bitmap, attempt, type);
    return canvas.convertToBlob({ type, quality: attempt.quality });
  }
  const canvas = document.createElement("canvas");
  canvas.width = attempt.width;
  canvas.height = attempt.height;
  draw(canvas.getContext("2d"), bitmap, attempt, type);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The image could not be encoded."))),
      type,
      attempt.quality,
    ),
  );
}

/** The smaller image, or null when no try within the plan got under `limit`. */
export async function reencodeToFit(file: File, limit: number): Promise<Reencoded | null> {
  const bitmap = await createImageBitmap(file);
  try {
    let type = "image/webp";
    const fitted = await fitToLimit(bitmap, limit, async (attempt) => {
      const blob = await encode(bitmap, attempt, type);
      if (blob.type === type) return blob;
      // An encoder that does not know the type answers PNG instead: use JPEG from now on.
      type = "image/jpeg";
      return encode(bitmap, attempt, type);
    });
    if (!fitted) return null;
    const blob = fitted.result;
    return { blob, type: blob.type, name: renameForType(file.name, blob.type) };
  } finally {
    bitmap.close();
  }
}

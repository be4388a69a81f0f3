import type { Emulator } from "../context";
import { notFound } from "../errors";
import type { ImageRecord, WorkspaceRecord } from "../state";

export const originalKey = (id: string) => `originals/${id}`;
export const variantsKey = (id: string) => `variants/${id}`;

export function inWorkspace(image: ImageRecord, workspace: WorkspaceRecord): boolean {
  return image.appId === workspace.appId && image.userId === workspace.userId;
}

export function workspaceImages(emu: Emulator, workspace: WorkspaceRecord): ImageRecord[] {
  return Object.values(emu.store.state.images).filter((image) => inWorkspace(image, workspace));
}

/**
 * The sandbox: an id from another user or another app is exactly as absent as one that never
 * existed, so an app cannot tell the two apart.
 */
export function findOwnedImage(emu: Emulator, workspace: WorkspaceRecord, id: string): ImageRecord {
  const image = emu.store.state.images[id];
  if (!image || !inWorkspace(image, workspace)) throw notFound("Media item");
  return image;
}

/** `external_id` is unique per workspace (the docs: "unique per team"). */
export function findByExternalId(
  emu: Emulator,
  workspace: WorkspaceRecord,
  externalId: string,
): ImageRecord | null {
  return workspaceImages(emu, workspace).find((image) => image.externalId === externalId) ?? null;
}

/** Newest first, with the id breaking ties so the order is total (cursors depend on it). */
export function newestFirst(a: ImageRecord, b: ImageRecord): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Forgets the image and deletes its original and every cached CDN variant. */
export async function removeImages(emu: Emulator, images: ImageRecord[]): Promise<void> {
  for (const image of images) delete emu.store.state.images[image.id];
  emu.store.changed();
  await Promise.all(
    images.flatMap((image) => [
      emu.blobs.delete(originalKey(image.id)),
      emu.blobs.delete(variantsKey(image.id)),
    ]),
  );
}

/** Gone from the moment `expires_at` is reached, not a second later. */
export function isExpired(image: ImageRecord, now: number): boolean {
  return typeof image.expiresAt === "number" && image.expiresAt <= now;
}

/**
 * Removes every image whose ttl has run out, as img.pro does: from the API, the listings and
 * the CDN, its storage freed and its external_id free again (the month's upload count stays).
 * Run before each request, so expiry follows the emulator clock exactly and a test moves
 * time with POST /__emulator/clock instead of sleeping.
 */
export async function removeExpired(emu: Emulator): Promise<void> {
  const now = emu.now();
  const expired = Object.values(emu.store.state.images).filter((image) => isExpired(image, now));
  if (expired.length > 0) await removeImages(emu, expired);
}

/**
 * Creation times strictly increase, even for uploads within one millisecond, so newest-first
 * order is upload order (an app shows what was just uploaded on top).
 */
export function nextCreatedAt(emu: Emulator): number {
  let newest = 0;
  for (const image of Object.values(emu.store.state.images))
    newest = Math.max(newest, image.createdAt);
  return Math.max(emu.now(), newest + 1);
}

/** A fresh id no image has. */
export function unusedId(emu: Emulator, make: () => string): string {
  let id = make();
  while (emu.store.state.images[id]) id = make();
  return id;
}

"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { authedAction, toActionError } from "@/lib/actions";
import { ALT_TEXT_FIELD, CAPTION_FIELD } from "@/lib/gallery/fields";
import {
  batchDeleteSchema,
  batchTagSchema,
  deleteImageSchema,
  updateImageSchema,
} from "@/lib/gallery/schemas";
import { batchDelete, batchTag, type BatchFailurePart } from "@/lib/imgpro/batch";
import { deleteImage, getImage, updateImage } from "@/lib/imgpro/images";
import { UNUSABLE_FIELD_NAMES } from "@/lib/imgpro/shapes";
import { getUsage } from "@/lib/imgpro/usage";
import { snapshotFromQuota, snapshotFromUsage, type UsageSnapshot } from "@/lib/usage-snapshot";
import type { Quota } from "@/lib/imgpro/quota";

/**
 * The gallery's edits. Each one re-checks the session and validates its input (authedAction)
 * and answers with an ActionResult; the client shows its change optimistically and rolls it
 * back, saying so, when the answer is not ok.
 */

export const updateImageAction = authedAction(
  updateImageSchema(UNUSABLE_FIELD_NAMES),
  async (input, user) => {
    const fields: Record<string, string | null> = { ...input.fields };
    if (input.caption !== undefined) fields[CAPTION_FIELD] = input.caption;
    if (input.altText !== undefined) fields[ALT_TEXT_FIELD] = input.altText;
    return updateImage(user.userId, input.id, {
      tags: input.tags,
      public: input.public,
      namespace: input.namespace,
      fields: Object.keys(fields).length > 0 ? fields : undefined,
    });
  },
);

/**
 * Fresh meters after a delete: from the quota headers of img.pro's answer when it sent them,
 * otherwise one usage read. The delete itself succeeded, so a failure here is not one.
 */
async function usageAfterDelete(
  userId: string,
  quota: Quota | null,
): Promise<UsageSnapshot | null> {
  if (quota) return snapshotFromQuota(quota);
  try {
    return snapshotFromUsage(await getUsage(userId));
  } catch {
    return null;
  }
}

export const deleteImageAction = authedAction(deleteImageSchema, async ({ id }, user) => {
  const quota = await deleteImage(user.userId, id);
  return { usage: await usageAfterDelete(user.userId, quota) };
});

/** Images a batch could not reach after earlier chunks went through, and why. */
export interface BatchFailure {
  count: number;
  reason: string;
}

const failedPart = (failure: BatchFailurePart | null): BatchFailure | null =>
  failure ? { count: failure.count, reason: toActionError(failure.error).error } : null;

export const batchTagAction = authedAction(batchTagSchema, async ({ ids, tags, mode }, user) => {
  const { updated, failure } = await batchTag(user.userId, ids, tags, mode);
  return { updated, failed: failedPart(failure) };
});

/** What a batch delete did, in img.pro's own counts: nothing is claimed that it did not do. */
export interface BatchDeleted {
  deleted: number;
  /** The ids img.pro is known to have deleted. */
  deletedIds: string[];
  /** Asked for, but img.pro no longer had them. */
  alreadyGone: number;
  /** No longer in the library (deleted now or already gone): the grid drops these. */
  removedIds: string[];
  failed: BatchFailure | null;
  usage: UsageSnapshot | null;
}

export const batchDeleteAction = authedAction(
  batchDeleteSchema,
  async ({ ids }, user): Promise<BatchDeleted> => {
    const outcome = await batchDelete(user.userId, ids);
    return {
      deleted: outcome.deleted,
      deletedIds: outcome.deletedIds,
      alreadyGone: outcome.alreadyGone,
      removedIds: outcome.removedIds,
      failed: failedPart(outcome.failure),
      usage: await usageAfterDelete(user.userId, outcome.quota),
    };
  },
);

/**
 * An image as img.pro has it now (null when gone), for tiles still processing: the grid
 * asks again until img.pro says it is ready or failed (lib/gallery/processing).
 */
export const checkImageAction = authedAction(deleteImageSchema, ({ id }, user) =>
  getImage(user.userId, id),
);

/** Fresh meters when an upload's answer carried no quota headers (see lib/usage-refresh). */
const readUsage = authedAction(z.object({}), async (_input, user) =>
  snapshotFromUsage(await getUsage(user.userId)),
);

/** It takes no input: whatever a caller sends is ignored, not validated. */
export async function refreshUsageAction(): Promise<ActionResult<UsageSnapshot>> {
  return readUsage({});
}

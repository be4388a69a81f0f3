import type { LiveMessage } from "@/components/ui/live-region";
import type { ActionResult } from "@/lib/action-result";
import { countLabel } from "./selection";
import { busyMessage } from "@/lib/busy";
import { ROUTES } from "@/lib/routes";

/**
 * What the gallery says after an action. Failures keep img.pro's reason, and an optimistic
 * change that was rolled back says so; a rate limit says how long to wait, a spent quota
 * links to the billing page.
 */
export type ActionFailure = Extract<ActionResult<never>, { ok: false }>;

/** What the page's live region shows. */
export type StatusMessage = LiveMessage;

/** Thrown inside SWR mutations so rollbackOnError can undo the optimistic data. */
export class FailedAction extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.error);
    this.name = "FailedAction";
  }
}

const withoutFinalStop = (text: string) => text.trim().replace(/[.!]+$/, "");

export function failureReason(failure: ActionFailure): string {
  if (failure.code === "rate_limited")
    return withoutFinalStop(busyMessage(failure.retryAfter ?? null));
  return withoutFinalStop(failure.error) || "img.pro refused the request";
}

function upgradeLink(failure: ActionFailure): StatusMessage["link"] {
  return failure.code === "quota_exceeded" || failure.upgradeUrl
    ? { href: failure.upgradeUrl ?? ROUTES.billing, label: "Upgrade your plan" }
    : undefined;
}

/** `action` completes "Couldn't …", e.g. "save the caption". */
export function failureMessage(action: string, failure: ActionFailure): StatusMessage {
  return {
    tone: "error",
    text: `Couldn't ${action}: ${failureReason(failure)}.`,
    link: upgradeLink(failure),
  };
}

/** img.pro did not answer: the change may have been made, so nothing is said to be undone. */
const UNKNOWN_OUTCOME = new Set(["timeout", "network_error"]);

export function rollbackMessage(
  action: string,
  failure: ActionFailure,
  after = "Your change was undone.",
): StatusMessage {
  const message = failureMessage(action, failure);
  if (failure.code && UNKNOWN_OUTCOME.has(failure.code)) return message;
  return { ...message, text: `${message.text} ${after}` };
}

/** A failure for errors that never reached an action (the network, a crash). */
export function unexpectedFailure(error: unknown): ActionFailure {
  if (error instanceof FailedAction) return error.failure;
  return {
    ok: false,
    error:
      error instanceof Error && error.message
        ? error.message
        : "Something went wrong. Check your connection and try again",
  };
}

/**
 * After a batch delete, in img.pro's own counts: images it no longer had (deleted on another
 * device, say) are not claimed as deleted, and that is not an error either.
 */
export function batchDeleteMessage(result: {
  deleted: number;
  alreadyGone: number;
  failed: { count: number; reason: string } | null;
}): StatusMessage {
  const { deleted, alreadyGone, failed } = result;
  const gone =
    alreadyGone === 0
      ? null
      : deleted === 0
        ? `${alreadyGone === 1 ? "That image was" : `Those ${alreadyGone} images were`} already gone.`
        : `${alreadyGone} ${alreadyGone === 1 ? "was" : "were"} already gone.`;
  const done = deleted > 0 || !gone ? `Deleted ${countLabel(deleted)}.` : null;
  const text = [done, gone].filter(Boolean).join(" ");
  if (!failed) return { tone: "success", text };
  return {
    tone: "error",
    text: `${text} ${countLabel(failed.count)} not deleted: ${failed.reason}`,
  };
}

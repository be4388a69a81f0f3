import "server-only";
import { FLOW_TTL_SECONDS, isFlowId, MAX_PENDING_FLOWS } from "@/lib/auth/cookies";

/**
 * The sign-ins this browser has started and may still finish, oldest first, as /login keeps
 * them in their list cookie ("id.startedAt,..."). Not secret and not sealed: whoever edits it
 * only changes which of their own flow cookies get expired early.
 */
export interface PendingFlow {
  id: string;
  /** Seconds since the epoch. */
  startedAt: number;
}

export function parsePendingFlows(value: string | undefined, nowSeconds: number): PendingFlow[] {
  if (!value) return [];
  const flows: PendingFlow[] = [];
  for (const entry of value.split(",")) {
    const [id = "", startedAt = ""] = entry.split(".");
    const started = Number(startedAt);
    if (!isFlowId(id) || !Number.isSafeInteger(started)) continue;
    // Its cookie has expired by itself already.
    if (started + FLOW_TTL_SECONDS <= nowSeconds) continue;
    flows.push({ id, startedAt: started });
  }
  return flows.sort((a, b) => a.startedAt - b.startedAt).slice(-MAX_PENDING_FLOWS);
}

/** Adds a new flow; the oldest beyond the cap are returned to be expired. */
export function addPendingFlow(
  pending: readonly PendingFlow[],
  flow: PendingFlow,
): { pending: PendingFlow[]; dropped: string[] } {
  const all = [...pending.filter((item) => item.id !== flow.id), flow];
  const cut = Math.max(0, all.length - MAX_PENDING_FLOWS);
  return { pending: all.slice(cut), dropped: all.slice(0, cut).map((item) => item.id) };
}

export function serializePendingFlows(pending: readonly PendingFlow[]): string {
  return pending.map((flow) => `${flow.id}.${flow.startedAt}`).join(",");
}

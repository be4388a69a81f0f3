import { describe, expect, it } from "vitest";
import { FLOW_TTL_SECONDS, MAX_PENDING_FLOWS } from "./cookies";
import { flowIdOf, newState } from "./login-flow";
import { addPendingFlow, parsePendingFlows, serializePendingFlows } from "./pending-flows";

const now = 1_800_000_000;

describe("pending sign-in flows", () => {
  it("keeps at most a few, dropping the oldest, across forty sign-ins", () => {
    let value: string | undefined;
    const dropped: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      const id = flowIdOf(newState());
      ids.push(id);
      const next = addPendingFlow(parsePendingFlows(value, now + i), { id, startedAt: now + i });
      dropped.push(...next.dropped);
      value = serializePendingFlows(next.pending);
    }
    const kept = parsePendingFlows(value, now + 40).map((flow) => flow.id);
    expect(kept).toEqual(ids.slice(-MAX_PENDING_FLOWS));
    expect(dropped).toEqual(ids.slice(0, -MAX_PENDING_FLOWS));
  });

  it("forgets flows whose cookie expired by itself, and entries it did not write", () => {
    const old = flowIdOf("old");
    const fresh = flowIdOf("fresh");
    const value = [
      `${old}.${now - FLOW_TTL_SECONDS}`,
      `${fresh}.${now - 5}`,
      "bad;id.1",
      `${fresh}x.${now}`,
      `${flowIdOf("nan")}.soon`,
    ].join(",");
    expect(parsePendingFlows(value, now)).toEqual([{ id: fresh, startedAt: now - 5 }]);
    expect(parsePendingFlows(undefined, now)).toEqual([]);
  });
});

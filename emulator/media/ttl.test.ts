import { describe, expect, it } from "vitest";
import { checkTtl } from "./ttl";

describe("checkTtl", () => {
  it("reads seconds and m/h/d durations", () => {
    expect(checkTtl("300")).toEqual({ ok: true, value: 300 });
    expect(checkTtl("5m")).toEqual({ ok: true, value: 300 });
    expect(checkTtl("36h")).toEqual({ ok: true, value: 36 * 3600 });
    expect(checkTtl("90d")).toEqual({ ok: true, value: 90 * 86400 });
    expect(checkTtl("7776000")).toEqual({ ok: true, value: 90 * 86400 });
  });

  it("refuses other forms and anything outside 5 minutes to 90 days", () => {
    for (const value of [
      "299",
      "4m",
      "91d",
      "7776001",
      "",
      "1.5h",
      "7D",
      "2w",
      "10s",
      "1h30m",
      " 7d",
      3600,
      null,
    ]) {
      expect(checkTtl(value).ok, String(value)).toBe(false);
    }
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "./hash";

describe("sha256Hex", () => {
  it("hashes the bytes, not the name", async () => {
    const data = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const expected = createHash("sha256").update(data).digest("hex");
    expect(await sha256Hex(new File([data], "a.png"))).toBe(expected);
    expect(await sha256Hex(new File([data], "b.png"))).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { README_END, README_START, markdownTable, median, withSection } from "./report";

describe("markdownTable", () => {
  it("aligns columns, flags a missed target and escapes pipes", () => {
    const table = markdownTable([
      { measure: "Upload", result: "1.04×", target: "≤ 1.15", met: true },
      { measure: "JS a|b", result: "160.0 kB", target: "≤ 150 kB", met: false },
    ]);
    expect(table.split("\n")).toEqual([
      "| Measure | Result   | Target   | Met    |",
      "| ------- | -------- | -------- | ------ |",
      "| Upload  | 1.04×    | ≤ 1.15   | yes    |",
      "| JS a\\|b | 160.0 kB | ≤ 150 kB | **no** |",
    ]);
  });
});

describe("withSection", () => {
  it("replaces only what lies between the markers", () => {
    const readme = `# App\n${README_START}\nold\n${README_END}\nafter\n`;
    expect(withSection(readme, "new table\n")).toBe(
      `# App\n${README_START}\n\nnew table\n\n${README_END}\nafter\n`,
    );
  });

  it("refuses a README without the markers rather than appending somewhere", () => {
    expect(() => withSection("# App\n", "table")).toThrow(/markers/);
  });
});

describe("median", () => {
  it("takes the middle of an odd count and the mean of the middle two of an even one", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

import { describe, expect, it } from "vitest";
import { diffDetails, fieldKeyProblem, rowsFromFields, type FieldRow } from "./fields";

const reserved = new Set(["id", "name", "tags", "public", "format"]);

describe("fieldKeyProblem", () => {
  it("accepts ordinary names", () => {
    expect(fieldKeyProblem("camera", reserved)).toBeNull();
    expect(fieldKeyProblem("shot-on_2", reserved)).toBeNull();
  });
  it("refuses reserved, dedicated and malformed names with a clear message", () => {
    expect(fieldKeyProblem("tags", reserved)).toMatch(/reserves and would ignore/);
    expect(fieldKeyProblem("description", reserved)).toMatch(/Caption field/);
    expect(fieldKeyProblem("alt_text", reserved)).toMatch(/Alt text field/);
    expect(fieldKeyProblem("2nd", reserved)).toMatch(/start with a letter/);
    expect(fieldKeyProblem("has space", reserved)).toMatch(/start with a letter/);
    expect(fieldKeyProblem("", reserved)).toBe("Give the field a name.");
  });
});

describe("rowsFromFields", () => {
  it("leaves the caption and alt text to their own inputs", () => {
    const rows = rowsFromFields({
      caption: "c",
      description: "d",
      alt_text: "a",
      lens: "50mm",
      iso: 200,
    });
    expect(rows.map((row) => [row.key, row.value])).toEqual([
      ["iso", "200"],
      ["lens", "50mm"],
    ]);
  });
});

describe("diffDetails", () => {
  const current = {
    caption: "Old caption",
    altText: null,
    fields: { caption: "Old caption", camera: "Leica", iso: 200 },
  };
  const rows = (...entries: [string | null, string, string][]): FieldRow[] =>
    entries.map(([original, key, value], index) => ({ rowId: `r${index}`, original, key, value }));

  it("sends nothing when nothing changed", () => {
    const diff = diffDetails(
      current,
      {
        caption: "Old caption",
        altText: "",
        rows: rows(["camera", "camera", "Leica"], ["iso", "iso", "200"]),
      },
      reserved,
    );
    expect(diff).toEqual({ ok: true, change: {}, what: "your changes", parts: [], empty: true });
  });

  it("sends only what changed, with null for removed and renamed fields", () => {
    const diff = diffDetails(
      current,
      {
        caption: "  New caption ",
        altText: "A red square",
        rows: rows(["camera", "body", "Leica"], [null, "lens", "35mm"]),
      },
      reserved,
    );
    expect(diff).toEqual({
      ok: true,
      empty: false,
      what: "the caption, the alt text and the custom fields",
      parts: ["the caption", "the alt text", "the custom fields"],
      change: {
        caption: "New caption",
        altText: "A red square",
        fields: { iso: null, camera: null, body: "Leica", lens: "35mm" },
      },
    });
  });

  it("clears the caption with null and names a single field", () => {
    expect(
      diffDetails(
        current,
        { caption: " ", altText: "", rows: rows(["camera", "camera", "Leica"]) },
        reserved,
      ),
    ).toMatchObject({
      ok: true,
      change: { caption: null, fields: { iso: null } },
      what: 'the caption and the removal of the field "iso"',
    });
  });

  it("refuses reserved, duplicate and empty rows, per row", () => {
    const diff = diffDetails(
      current,
      {
        caption: "",
        altText: "",
        rows: rows(
          [null, "public", "x"],
          [null, "lens", "a"],
          [null, "lens", "b"],
          [null, "note", " "],
        ),
      },
      reserved,
    );
    expect(diff.ok).toBe(false);
    if (diff.ok) return;
    expect(Object.keys(diff.rowErrors)).toEqual(["r0", "r2", "r3"]);
    expect(diff.rowErrors.r2).toMatch(/already a field named "lens"/);
    expect(diff.rowErrors.r3).toMatch(/value/);
  });
});

import { describe, expect, it } from "vitest";
import { filesFromClipboard, pastedName } from "./paste";

const now = new Date(2025, 2, 7, 9, 5, 3);

function clipboard(files: File[], viaItems = false): DataTransfer {
  return {
    files: viaItems ? [] : files,
    items: files.map((file) => ({ kind: "file", getAsFile: () => file })),
  } as unknown as DataTransfer;
}

describe("pastedName", () => {
  it("names a screenshot after the moment it was pasted", () => {
    expect(pastedName({ name: "image.png", type: "image/png" }, now, 0)).toBe(
      "pasted-20250307-090503.png",
    );
    expect(pastedName({ name: "", type: "image/jpeg" }, now, 1)).toBe(
      "pasted-20250307-090503-2.jpg",
    );
    expect(pastedName({ name: "blob", type: "image/webp" }, now, 0)).toBe(
      "pasted-20250307-090503.webp",
    );
  });

  it("keeps the name of a file copied from the file manager", () => {
    expect(pastedName({ name: "holiday.jpg", type: "image/jpeg" }, now, 0)).toBe("holiday.jpg");
  });
});

describe("filesFromClipboard", () => {
  it("takes files from files or from items, renamed where needed", () => {
    const shot = new File(["png"], "image.png", { type: "image/png" });
    for (const viaItems of [false, true]) {
      const [file] = filesFromClipboard(clipboard([shot], viaItems), now);
      expect(file?.name).toBe("pasted-20250307-090503.png");
      expect(file?.type).toBe("image/png");
      expect(file?.size).toBe(3);
    }
  });

  it("ignores pasted text", () => {
    expect(filesFromClipboard(clipboard([]), now)).toEqual([]);
    expect(filesFromClipboard(null, now)).toEqual([]);
  });
});

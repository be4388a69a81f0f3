import type { MouseEvent } from "react";
import { describe, expect, it } from "vitest";
import { isPlainClick } from "./app-link";

function click(
  init: Partial<Pick<MouseEvent, "button" | "metaKey" | "ctrlKey" | "shiftKey" | "altKey">> = {},
  attributes: Record<string, string> = {},
) {
  return {
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    ...init,
    currentTarget: {
      getAttribute: (name: string) => attributes[name] ?? null,
      hasAttribute: (name: string) => name in attributes,
    },
  } as unknown as MouseEvent<HTMLAnchorElement>;
}

describe("isPlainClick", () => {
  it("takes a plain main-button click for the App Router", () => {
    expect(isPlainClick(click())).toBe(true);
    expect(isPlainClick(click({}, { target: "_self" }))).toBe(true);
  });

  it("leaves a new tab, a new window, a download and other buttons to the browser", () => {
    for (const modifier of ["metaKey", "ctrlKey", "shiftKey", "altKey"] as const) {
      expect(isPlainClick(click({ [modifier]: true })), modifier).toBe(false);
    }
    expect(isPlainClick(click({ button: 1 }))).toBe(false);
    expect(isPlainClick(click({}, { target: "_blank" }))).toBe(false);
    expect(isPlainClick(click({}, { download: "" }))).toBe(false);
  });
});

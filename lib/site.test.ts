import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const DEFAULT_NAME = /name: process\.env\.NEXT_PUBLIC_APP_NAME \|\| "([^"]+)"/.exec(
  readFileSync("lib/site.ts", "utf8"),
)?.[1];

describe("the app's name", () => {
  it("has a default in lib/site.ts", () => {
    expect(DEFAULT_NAME).toBeTruthy();
  });

  it("is spelled in no other code, so a rename there reaches pages, emulator and tests", () => {
    const code = execFileSync("git", ["ls-files", "*.ts", "*.tsx", "*.mjs", "*.css"], {
      encoding: "utf8",
    })
      .split("\n")
      .filter((file) => file && file !== "lib/site.ts");
    const naming = code.filter((file) => readFileSync(file, "utf8").includes(DEFAULT_NAME ?? ""));
    expect(naming).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../support/test";
import { DEMO_APP } from "../../emulator/demo-app";
import { signIn, uniqueEmail } from "../support/emulator";

/** The machine secret must never reach a browser: not in bundles, HTML or RSC payloads. */
const FORBIDDEN = ["img_sk_", DEMO_APP.secret, "SESSION_SECRET", "e2e-session-secret"];
const distDir = process.env.NEXT_DIST_DIR || ".next";

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function leaks(text: string): string[] {
  return FORBIDDEN.filter((secret) => text.includes(secret));
}

test("no client bundle built by next build contains the secret", () => {
  const files = filesUnder(path.join(distDir, "static"));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    expect(leaks(readFileSync(file, "latin1")), file).toEqual([]);
  }
});

test("no served page or RSC payload contains the secret", async ({ page, request }) => {
  await signIn(page, request, uniqueEmail("secrets"));
  const paths = [
    "/",
    "/gallery",
    "/billing",
    "/account",
    "/sign-in-problem?reason=config",
    "/suspended",
  ];
  for (const target of paths) {
    const html = await page.context().request.get(target);
    expect(leaks(await html.text()), `${target} HTML`).toEqual([]);
    const rsc = await page.context().request.get(target, { headers: { RSC: "1" } });
    expect(leaks(await rsc.text()), `${target} RSC`).toEqual([]);
  }
});

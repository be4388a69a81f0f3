import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * components/ is UI that client components may import. A server-only module imported there
 * fails the build at best and ships the secret at worst, so server work (loading, the session,
 * img.pro calls) stays in app/ and lib/. Server actions ("use server" files) are fine: a client
 * imports only their references.
 */
const SERVER_ONLY_PATHS = [/^lib\/session\./, /^lib\/env\./, /^lib\/auth\/cookies\./];
const IMGPRO_CLIENT_SAFE = /^lib\/imgpro\/types\./;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => existsSync(file) && /\.tsx?$/.test(file)) ?? null;
}

function isServerOnly(file: string): boolean {
  const text = readFileSync(file, "utf8");
  if (/^["']use server["']/m.test(text)) return false;
  if (/^import ["']server-only["']/m.test(text)) return true;
  if (SERVER_ONLY_PATHS.some((pattern) => pattern.test(file))) return true;
  return file.startsWith("lib/imgpro/") && !IMGPRO_CLIENT_SAFE.test(file);
}

describe("components/", () => {
  it("imports no server-only module", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles("components")) {
      const text = readFileSync(file, "utf8");
      const imports = text.matchAll(
        /(?:^import\s[^;]*?from\s|^import\s|import\()\s*["']([^"']+)["']/gm,
      );
      for (const [, specifier] of imports) {
        if (!specifier) continue;
        const target = specifier === "server-only" ? "server-only" : resolve(file, specifier);
        if (target === "server-only" || (target && isServerOnly(target))) {
          offenders.push(`${file} -> ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

const UNIT_DIRECTORIES = ["lib", "components", "app", "emulator", "bench", "scripts"];
const UNIT_TESTS = [`{${UNIT_DIRECTORIES.join(",")}}/**/*.test.{ts,tsx}`, "proxy.test.ts"];

/**
 * Test files that replace modules, globals or environment variables (vi.mock, vi.stubEnv...)
 * run each in a fresh module registry. The others share one per worker: re-importing Next.js,
 * zod and the emulator for each of a hundred files was most of the run (37 s of it, against
 * 13 s of tests), and a file that mocks nothing cannot leak into its neighbours.
 */
const MOCKING = /\bvi\.(mock|doMock|unmock|stubEnv|stubGlobal|resetModules)\(/;
const mockingTests = [
  "proxy.test.ts",
  ...UNIT_DIRECTORIES.flatMap((directory) =>
    readdirSync(path.join(root, directory), { recursive: true, encoding: "utf8" }).map(
      (file) => `${directory}/${file.split(path.sep).join("/")}`,
    ),
  ),
].filter(
  (file) => /\.test\.tsx?$/.test(file) && MOCKING.test(readFileSync(path.join(root, file), "utf8")),
);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "test/server-only.ts"),
    },
  },
  test: {
    // Threads start faster than the default child processes: a fifth off the run.
    pool: "threads",
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: UNIT_TESTS,
          exclude: ["emulator/contract/**", "node_modules/**", ...mockingTests],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // `npm run test:unit` runs these too (--project 'unit*').
          name: "unit-isolated",
          include: mockingTests,
          exclude: ["emulator/contract/**", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          // Real HTTP against an emulator each test file starts on a free port; none mocks.
          name: "contract",
          include: ["emulator/contract/**/*.test.ts"],
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});

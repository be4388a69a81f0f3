import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

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
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "{lib,components,app,emulator,bench,scripts}/**/*.test.{ts,tsx}",
            "proxy.test.ts",
          ],
          exclude: ["emulator/contract/**", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          // Real HTTP against an emulator each test file starts on a free port.
          name: "contract",
          include: ["emulator/contract/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});

import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { DEMO_APP } from "../emulator/demo-app";

/** The child processes a benchmark run starts: builds, the emulator and Next.js servers. */

export type Env = Record<string, string>;

const NEXT_BIN = "node_modules/next/dist/bin/next";

/**
 * Runs `next build`, printing its output only when it fails. A build into another distDir
 * adds that folder to tsconfig.json's `include`; the benchmark puts the file back as it was.
 */
export async function nextBuild(projectDir: string, env: Env): Promise<void> {
  const tsconfig = path.join(projectDir, "tsconfig.json");
  const original = existsSync(tsconfig) ? readFileSync(tsconfig, "utf8") : null;
  const child = spawn(process.execPath, [NEXT_BIN, "build", projectDir], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collect(child);
  const code = await exited(child);
  if (original !== null) writeFileSync(tsconfig, original);
  if (code !== 0) throw new Error(`next build ${projectDir} failed:\n${output()}`);
}

export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts a long-running process (run by node itself, not through npx or a shell, so `pid`
 * is the server's own) and waits until `readyUrl` answers.
 */
export async function startServer(
  label: string,
  args: string[],
  env: Env,
  url: string,
  readyPath = "/",
): Promise<Server> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output = collect(child);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label} exited early:\n${output()}`);
    try {
      const response = await fetch(url + readyPath, { redirect: "manual" });
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${label} did not start:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      process.kill(-child.pid!, "SIGTERM");
      await exited(child);
    },
  };
}

export function nextStart(
  label: string,
  projectDir: string,
  port: number,
  env: Env,
  nodeArgs: string[] = [],
) {
  return startServer(
    label,
    [...nodeArgs, NEXT_BIN, "start", projectDir, "--port", String(port)],
    env,
    `http://localhost:${port}`,
  );
}

/** An app and the emulator it talks to, on ports of their own. */
export interface AppUrls {
  appUrl: string;
  emulatorUrl: string;
}

/**
 * The app's configuration against the emulator's demo app, built into `distDir` so the
 * developer's own `.next` is left alone; a fresh session secret for each run.
 */
export function appEnvFor(urls: AppUrls, distDir: string): Env {
  return {
    IMGPRO_APP_ID: DEMO_APP.id,
    IMGPRO_SECRET_KEY: DEMO_APP.secret,
    IMGPRO_API_URL: urls.emulatorUrl,
    IMGPRO_WEB_URL: urls.emulatorUrl,
    IMGPRO_CDN_URL: urls.emulatorUrl,
    APP_URL: urls.appUrl,
    SESSION_SECRET: randomBytes(32).toString("base64url"),
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** The emulator, in memory, on `urls.emulatorUrl`'s port, sending sign-ins back to the app. */
export function startEmulator(urls: AppUrls, extraEnv: Env = {}): Promise<Server> {
  return startServer(
    "emulator",
    ["--import", "tsx", "emulator/main.ts"],
    {
      EMULATOR_PORT: new URL(urls.emulatorUrl).port,
      EMULATOR_MEMORY: "1",
      EMULATOR_REDIRECT_URIS: `${urls.appUrl}/callback`,
      ...extraEnv,
    },
    urls.emulatorUrl,
    "/__emulator/health",
  );
}

/** `next dev`, as `npm run dev` runs it: each route compiles on its first request. */
export function nextDev(label: string, port: number, env: Env) {
  return startServer(
    label,
    [NEXT_BIN, "dev", "--port", String(port)],
    env,
    `http://localhost:${port}`,
  );
}

/** Resident memory, in bytes, of a process and all its descendants. */
export function treeRss(rootPid: number): number {
  const table = processTable();
  const pids = [rootPid];
  for (let index = 0; index < pids.length; index++) {
    for (const entry of table) if (entry.ppid === pids[index]) pids.push(entry.pid);
  }
  return table.filter((entry) => pids.includes(entry.pid)).reduce((sum, e) => sum + e.rss, 0);
}

interface ProcessEntry {
  pid: number;
  ppid: number;
  rss: number;
}

/** /proc on Linux (cheap enough to read every few milliseconds); `ps` elsewhere. */
function processTable(): ProcessEntry[] {
  if (process.platform !== "linux") {
    return execFileSync("ps", ["-A", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map((line) => {
        const [pid, ppid, rssKb] = line.trim().split(/\s+/).map(Number);
        return { pid: pid!, ppid: ppid!, rss: rssKb! * 1024 };
      });
  }
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      entries.push({ pid: Number(name), ppid, rss: rssKb * 1024 });
    } catch {
      // the process ended while we looked
    }
  }
  return entries;
}

/** Samples `treeRss` until stopped; returns the highest reading. */
export function sampleRss(rootPid: number, everyMs = 20) {
  let peak = treeRss(rootPid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(rootPid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, treeRss(rootPid));
    },
  };
}

function collect(child: ChildProcess): () => string {
  const chunks: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString("utf8").slice(-8_000);
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

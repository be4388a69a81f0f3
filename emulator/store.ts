import { existsSync, readFileSync, renameSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_APP } from "./demo-app";
import { randomToken, sha256 } from "./ids";
import type { AppRecord, State } from "./state";

export interface StoreOptions {
  /** Folder for state.json and image bytes; null keeps everything in memory (tests). */
  dataDir: string | null;
  /** Redirect URIs added to the demo app (e.g. an e2e app on another port). */
  extraRedirectUris?: string[];
}

/** The shape of state.json; a saved file of another version is set aside, never misread. */
const STATE_VERSION = 1;

function freshState(extraRedirectUris: string[]): State {
  const demo: AppRecord = {
    id: DEMO_APP.id,
    name: DEMO_APP.name,
    secretHash: sha256(DEMO_APP.secret),
    redirectUris: [...new Set([...DEMO_APP.redirectUris, ...extraRedirectUris])],
    suspended: false,
    createdAt: Date.now(),
  };
  return {
    version: STATE_VERSION,
    signingKey: randomToken(32),
    clockOffsetMs: 0,
    apps: { [demo.id]: demo },
    users: {},
    workspaces: {},
    images: {},
    codes: {},
    idempotency: {},
    checkouts: {},
    loginTransactions: {},
    loginSessions: {},
    inbox: [],
  };
}

/** The saved state, or null when the file is damaged or from another version. */
function readSavedState(file: string): State | null {
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as Partial<State> | null;
    if (saved?.version !== STATE_VERSION || typeof saved.apps !== "object") return null;
    return saved as State;
  } catch {
    return null;
  }
}

/** Moves unreadable saved data out of the way (kept, not deleted) and says so. */
function setAside(dataDir: string): void {
  const kept = `${dataDir}.old-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  renameSync(dataDir, kept);
  console.warn(
    `[emulator] ${dataDir} was saved by another version of the emulator (or is damaged), so it ` +
      `was moved to ${kept} and the emulator starts empty. Sign in again; delete the old ` +
      `folder when you no longer need it.`,
  );
}

/**
 * The emulator's state, persisted as one JSON file. Writes are atomic (temp file, then
 * rename) and coalesced: many mutations in one tick cost one write.
 */
export class Store {
  state: State;
  private readonly file: string | null;
  private writeScheduled = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly options: StoreOptions) {
    this.file = options.dataDir ? path.join(options.dataDir, "state.json") : null;
    this.state = this.load();
  }

  private load(): State {
    const extra = this.options.extraRedirectUris ?? [];
    const fresh = freshState(extra);
    if (!this.file || !existsSync(this.file)) return fresh;
    const saved = readSavedState(this.file);
    if (!saved) {
      setAside(path.dirname(this.file));
      return fresh;
    }
    // Collections added since the file was written start empty.
    const state: State = { ...fresh, ...saved, apps: { ...fresh.apps, ...saved.apps } };
    const demo = state.apps[DEMO_APP.id];
    if (demo) {
      demo.name = DEMO_APP.name;
      demo.redirectUris = [...new Set([...demo.redirectUris, ...extra])];
    }
    return state;
  }

  /** Call after every mutation. */
  changed(): void {
    if (!this.file || this.writeScheduled) return;
    this.writeScheduled = true;
    setImmediate(() => {
      this.writeScheduled = false;
      this.writing = this.writing
        .then(() => this.writeNow())
        .catch((error: unknown) => {
          console.error("[emulator] could not save state:", error);
        });
    });
  }

  private async writeNow(): Promise<void> {
    if (!this.file) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(this.state));
    await rename(temp, this.file);
  }

  /** Waits for pending writes (shutdown, tests). */
  async flush(): Promise<void> {
    if (this.writeScheduled) await new Promise((resolve) => setImmediate(resolve));
    await this.writing;
  }

  reset(): void {
    this.state = freshState(this.options.extraRedirectUris ?? []);
    this.changed();
  }
}

/** Image bytes: originals and computed CDN variants. */
export interface BlobStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** Removes the key and every key below it (`${key}/…`). */
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
}

export function createBlobStore(dataDir: string | null): BlobStore {
  return dataDir ? new DiskBlobStore(path.join(dataDir, "blobs")) : new MemoryBlobStore();
}

class MemoryBlobStore implements BlobStore {
  private readonly blobs = new Map<string, Buffer>();
  async put(key: string, bytes: Buffer) {
    this.blobs.set(key, bytes);
  }
  async get(key: string) {
    return this.blobs.get(key) ?? null;
  }
  async delete(key: string) {
    for (const existing of [...this.blobs.keys()]) {
      if (existing === key || existing.startsWith(`${key}/`)) this.blobs.delete(existing);
    }
  }
  async clear() {
    this.blobs.clear();
  }
}

class DiskBlobStore implements BlobStore {
  constructor(private readonly root: string) {}
  private pathOf(key: string): string {
    if (!/^[\w./-]+$/.test(key) || key.includes("..")) throw new Error(`bad blob key ${key}`);
    return path.join(this.root, key);
  }
  async put(key: string, bytes: Buffer) {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${randomToken(6)}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, file);
  }
  async get(key: string) {
    try {
      return await readFile(this.pathOf(key));
    } catch {
      return null;
    }
  }
  async delete(key: string) {
    await rm(this.pathOf(key), { recursive: true, force: true });
  }
  async clear() {
    await rm(this.root, { recursive: true, force: true });
  }
}

export interface LoggedRequest {
  seq: number;
  at: string;
  method: string;
  path: string;
  query: string;
  app: string | null;
  user: string | null;
  idempotencyKey: string | null;
  status: number;
  durationMs: number;
}

const MAX_ENTRIES = 10_000;

/** The API requests the emulator received, for tests to read back. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  add(entry: Omit<LoggedRequest, "seq">): void {
    this.entries.push({ seq: ++this.seq, ...entry });
    if (this.entries.length > MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(filter: { since?: number; path?: string; user?: string } = {}): LoggedRequest[] {
    return this.entries.filter(
      (entry) =>
        (filter.since === undefined || entry.seq > filter.since) &&
        (filter.path === undefined || entry.path.startsWith(filter.path)) &&
        (filter.user === undefined || entry.user === filter.user),
    );
  }

  clear(): void {
    this.entries = [];
  }
}

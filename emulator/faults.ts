import { randomId } from "./ids";

/**
 * Faults injected by tests: for requests whose path matches a pattern (`*` matches any run
 * of characters), add latency, answer with an error status (5xx or 429), or hang. An error
 * can be answered before the request is handled, or after it was handled (the work is done
 * but the caller never hears so: the case an Idempotency-Key exists for).
 */
export interface FaultSpec {
  path: string;
  method?: string;
  /** Only requests acting for this user (X-Img-User), so parallel tests stay unaffected. */
  user?: string;
  latencyMs?: number;
  /** 500, 502, 503, 504 or 429. */
  status?: number;
  /** Seconds for Retry-After on 429 and 503. */
  retryAfter?: number;
  hang?: boolean;
  /** Answer the error after running the handler instead of before. */
  after?: boolean;
  /** Let this many matching requests through untouched first: a later call of a series fails. */
  skip?: number;
  /** Stop after hitting this many requests. */
  times?: number;
  /**
   * Answer without the quota headers (`X-Monthly-Uploads-*`, `X-Storage-*`), as an img.pro
   * that follows only the newest docs, which do not mention them, may.
   */
  withoutQuotaHeaders?: boolean;
}

export interface Fault extends FaultSpec {
  id: string;
  hits: number;
  /** Matching requests let through because of `skip`. */
  skipped: number;
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

export class FaultRegistry {
  private faults: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: randomId(6), hits: 0, skipped: 0 };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults;
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.id !== id);
    return this.faults.length !== before;
  }

  clear(): void {
    this.faults = [];
  }

  /** The faults that hit this request, counting each hit. */
  match(method: string, path: string, user: string | null = null): Fault[] {
    const hits: Fault[] = [];
    for (const fault of this.faults) {
      if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) continue;
      if (fault.user && fault.user !== user) continue;
      if (!patternToRegExp(fault.path).test(path)) continue;
      if (fault.skip !== undefined && fault.skipped < fault.skip) {
        fault.skipped += 1;
        continue;
      }
      if (fault.times !== undefined && fault.hits >= fault.times) continue;
      fault.hits += 1;
      hits.push(fault);
    }
    return hits;
  }
}

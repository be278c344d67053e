/**
 * Types for the server packages that ship none (used only by scripts/lib/server.ts and
 * scripts/bench/load.ts). Only what those scripts call is declared.
 */
declare module 'serve-handler' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface HeaderRule {
    /** A glob over the served file's path relative to `public`, e.g. `charts/index.html`. */
    source: string;
    headers: { key: string; value: string }[];
  }

  export interface ServeConfig {
    public?: string;
    cleanUrls?: boolean;
    trailingSlash?: boolean;
    headers?: HeaderRule[];
  }

  export default function handler(request: IncomingMessage, response: ServerResponse, config: ServeConfig): Promise<void>;
}

declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export default function compression(): (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;
}

declare module 'autocannon' {
  interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p99: number;
    max: number;
  }

  export interface Result {
    requests: Histogram & { total: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    duration: number;
  }

  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    requests?: { method?: string; path: string }[];
  }

  export default function autocannon(options: Options): Promise<Result>;
}

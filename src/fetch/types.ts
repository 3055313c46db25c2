import type { Dispatcher } from 'undici';

/** What a fetch needs to know from the last one: where, and the validators it left behind. */
export interface FetchState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
}

export interface FetchOptions {
  /** TCP+TLS connect budget; applies to the agent fetchFeed creates itself (see createAgent). */
  connectTimeoutMs?: number;
  /** Whole request budget per attempt: connect, headers, redirects and body. */
  timeoutMs?: number;
  /** Decompressed body cap; larger bodies are an error, never partial text. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Extra attempts for transient failures within one fetch. */
  retries?: number;
  userAgent?: string;
  /** A shared agent (createAgent) so a scan reuses connections. */
  dispatcher?: Dispatcher;
}

export type FetchOutcome =
  | {
      kind: 'unchanged';
      status: number;
      finalUrl: string;
      permanentRedirect: string | null;
      etag: string | null;
      lastModified: string | null;
      bodyHash: string | null;
    }
  | {
      kind: 'ok';
      status: number;
      text: string;
      finalUrl: string;
      permanentRedirect: string | null;
      etag: string | null;
      lastModified: string | null;
      bodyHash: string;
      contentType: string | null;
    }
  | {
      kind: 'error';
      status: number | null;
      message: string;
      retryAfterMs: number | null;
      gone: boolean;
      transient: boolean;
    };

export type FetchError = Extract<FetchOutcome, { kind: 'error' }>;

export function fetchError(message: string, extra: Partial<Omit<FetchError, 'kind' | 'message'>> = {}): FetchError {
  return { kind: 'error', status: null, message, retryAfterMs: null, gone: false, transient: false, ...extra };
}

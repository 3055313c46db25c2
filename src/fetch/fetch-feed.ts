import { Agent, type Dispatcher } from 'undici';
import { VERSION } from '../version.js';
import { fetchFile } from './file-source.js';
import { fetchHttp } from './http-fetch.js';
import { classifySource } from './source.js';
import { fetchError, type FetchOptions, type FetchOutcome, type FetchState } from './types.js';

export { classifySource, type Source } from './source.js';
export type { FetchOptions, FetchOutcome, FetchState } from './types.js';

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_RETRIES = 2;
export const USER_AGENT = `signals/${VERSION} (+feed reader; https://github.com/signals)`;

// The connect timeout lives on the agent; remember it so error lines can name it.
const connectTimeouts = new WeakMap<Dispatcher, number>();
const defaultAgents = new Map<number, Dispatcher>();

/** A keep-alive connection pool for a whole scan; pass it to every fetchFeed as `dispatcher`. */
export function createAgent(opts: { connections?: number; connectTimeoutMs?: number } = {}): Dispatcher {
  const connectTimeoutMs = opts.connectTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const agent = new Agent({
    connections: opts.connections ?? null,
    connect: { timeout: connectTimeoutMs },
    keepAliveTimeout: 10_000,
    keepAliveMaxTimeout: 60_000,
  });
  connectTimeouts.set(agent, connectTimeoutMs);
  return agent;
}

function defaultAgent(connectTimeoutMs: number): Dispatcher {
  let agent = defaultAgents.get(connectTimeoutMs);
  if (!agent) {
    agent = createAgent({ connectTimeoutMs });
    defaultAgents.set(connectTimeoutMs, agent);
  }
  return agent;
}

/**
 * Fetch one feed the way a mature reader does: conditional GET, capped and decompressed body,
 * bounded redirects, retries for transient failures, and a body hash so an unchanged document
 * costs no parsing. Never throws: every failure is an `error` outcome with a one-line message.
 */
export async function fetchFeed(state: FetchState, opts: FetchOptions = {}): Promise<FetchOutcome> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let source;
  try {
    source = classifySource(state.url);
  } catch (err) {
    return fetchError((err as Error).message);
  }
  try {
    if (source.kind === 'file') return await fetchFile(source.path!, state, maxBytes);
    const connectTimeoutMs = opts.connectTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    const dispatcher = opts.dispatcher ?? defaultAgent(connectTimeoutMs);
    return await fetchHttp(source.url, state, {
      timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      connectTimeoutMs: connectTimeouts.get(dispatcher) ?? connectTimeoutMs,
      maxBytes,
      maxRedirects: opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      retries: opts.retries ?? DEFAULT_RETRIES,
      userAgent: opts.userAgent ?? USER_AGENT,
      dispatcher,
    });
  } catch (err) {
    // Defensive: a bug or an unforeseen library error stays with this feed instead of ending the scan.
    return fetchError(`fetch failed: ${((err as Error).message ?? String(err)).split('\n')[0]}`);
  }
}

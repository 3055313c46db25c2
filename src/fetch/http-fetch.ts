import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { request, type Dispatcher } from 'undici';
import { retryDelayMs } from './backoff.js';
import { BodyDecodeError, BodyTooLargeError, readBody } from './body.js';
import { decodeBody } from './charset.js';
import { describeFailure } from './failure.js';
import { formatDuration } from './format.js';
import { describeNetworkError } from './network-errors.js';
import { parseRetryAfter } from './retry-after.js';
import { fetchError, type FetchOutcome, type FetchState } from './types.js';

export interface HttpSettings {
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  userAgent: string;
  dispatcher: Dispatcher;
}

// Longer waits are the scheduler's job (nextFetchAt), not something to sleep through mid-scan.
const MAX_INLINE_RETRY_AFTER_MS = 10_000;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

/** One feed over HTTP: attempts with jittered backoff for transient failures. */
export async function fetchHttp(url: string, state: FetchState, s: HttpSettings): Promise<FetchOutcome> {
  for (let attempt = 0; ; attempt++) {
    const out = await attemptOnce(url, state, s);
    if (out.kind !== 'error' || !out.transient || attempt >= s.retries) return out;
    let wait = retryDelayMs(attempt);
    if (out.retryAfterMs !== null) {
      if (out.retryAfterMs > MAX_INLINE_RETRY_AFTER_MS) return out;
      wait = Math.max(wait, out.retryAfterMs);
    }
    await new Promise((r) => setTimeout(r, wait));
  }
}

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`timed out after ${formatDuration(ms)}`);
  }
}

const header = (h: Record<string, string | string[] | undefined>, name: string): string | null => {
  const v = h[name];
  return v === undefined ? null : Array.isArray(v) ? (v[0] ?? null) : v;
};

async function attemptOnce(startUrl: string, state: FetchState, s: HttpSettings): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutError(s.timeoutMs)), s.timeoutMs);
  const headers: Record<string, string> = {
    'user-agent': s.userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  const conditional = Boolean(state.etag || state.lastModified);
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;

  let current = new URL(startUrl);
  const seen = new Set<string>([current.href]);
  // The URL reached by an unbroken run of permanent redirects from the start is the feed's new home.
  let permanentRedirect: string | null = null;
  let permanentRun = true;
  let body: Dispatcher.ResponseData['body'] | null = null;
  let lastStatus: number | null = null;
  try {
    for (let hops = 0; ; hops++) {
      const res = await request(current, {
        method: 'GET',
        headers,
        dispatcher: s.dispatcher,
        signal: controller.signal,
        headersTimeout: s.timeoutMs,
        bodyTimeout: s.timeoutMs,
      });
      body = res.body;
      const status = res.statusCode;
      lastStatus = status;
      const location = header(res.headers, 'location');

      if (isRedirect(status) && location) {
        await discard(res.body);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return fetchError(`redirect to an invalid URL: ${location.slice(0, 200)}`, { status });
        }
        next.hash = '';
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          return fetchError(`redirect to an unsupported URL: ${next.href.slice(0, 200)}`, { status });
        if (seen.has(next.href)) return fetchError(`too many redirects (loop at ${next.href})`, { status });
        if (hops + 1 > s.maxRedirects)
          return fetchError(`too many redirects (more than ${s.maxRedirects}, last at ${next.href})`, { status });
        if (permanentRun && (status === 301 || status === 308) && !isDowngrade(current, next)) permanentRedirect = next.href;
        else permanentRun = false;
        seen.add(next.href);
        current = next;
        continue;
      }
      return await finish(res, current.href, permanentRedirect, conditional, state, s);
    }
  } catch (err) {
    if (controller.signal.aborted) return fetchError(`timed out after ${formatDuration(s.timeoutMs)}`, { transient: true });
    const code = (err as { code?: string }).code;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
      return fetchError(`timed out after ${formatDuration(s.timeoutMs)}`, { transient: true });
    if (err instanceof BodyTooLargeError || err instanceof BodyDecodeError)
      return fetchError(describeFailure(err, current.href), { status: lastStatus });
    const f = describeNetworkError(err, current, s.connectTimeoutMs);
    return fetchError(f.message, { transient: f.transient });
  } finally {
    clearTimeout(timer);
    if (body && !body.destroyed) body.destroy();
  }
}

async function finish(
  res: Dispatcher.ResponseData,
  finalUrl: string,
  permanentRedirect: string | null,
  conditional: boolean,
  state: FetchState,
  s: HttpSettings,
): Promise<FetchOutcome> {
  const status = res.statusCode;
  const etag = header(res.headers, 'etag');
  const lastModified = header(res.headers, 'last-modified');

  if (status === 304) {
    await discard(res.body);
    if (!conditional) return fetchError('HTTP 304 Not Modified to a request that was not conditional', { status });
    return {
      kind: 'unchanged',
      status,
      finalUrl,
      permanentRedirect,
      etag: etag ?? state.etag,
      lastModified: lastModified ?? state.lastModified,
      bodyHash: state.bodyHash,
    };
  }

  if (status < 200 || status >= 300) {
    await discard(res.body);
    const rateLimited = status === 429 || status === 503;
    return fetchError(`HTTP ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`, {
      status,
      retryAfterMs: rateLimited ? parseRetryAfter(header(res.headers, 'retry-after')) : null,
      gone: status === 410,
      transient: status >= 500 || status === 429 || status === 408,
    });
  }

  const encoding = header(res.headers, 'content-encoding');
  // An honest Content-Length over the cap needs no download to be refused.
  if (!encoding && Number(header(res.headers, 'content-length')) > s.maxBytes) {
    await discard(res.body);
    return fetchError(new BodyTooLargeError(s.maxBytes).message, { status });
  }
  const bytes = await readBody(res.body, encoding, s.maxBytes);
  if (bytes.length === 0) return fetchError(`empty response (HTTP ${status})`, { status });
  const bodyHash = createHash('sha256').update(bytes).digest('hex');
  const base = { status, finalUrl, permanentRedirect, etag, lastModified, bodyHash };
  if (state.bodyHash === bodyHash) return { kind: 'unchanged', ...base };
  const contentType = header(res.headers, 'content-type');
  return { kind: 'ok', ...base, contentType, text: decodeBody(bytes, contentType) };
}

const isRedirect = (status: number) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;

// An https feed that "moves" to http is more likely a misconfigured proxy than a new home worth storing.
const isDowngrade = (from: URL, to: URL) => from.protocol === 'https:' && to.protocol === 'http:';

/** Drain a small body so the connection can be reused; a large one is simply dropped. */
async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  try {
    await body.dump({ limit: 64 * 1024 });
  } catch {
    // Nothing in a discarded body matters, including how it ended.
  }
}


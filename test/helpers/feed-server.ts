// A real HTTP server on 127.0.0.1 for tests and the benchmark: a table of paths to behaviours.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

export interface RouteContext {
  /** 1 for the first request to this path, 2 for the second, … */
  hit: number;
  url: URL;
  /** http://127.0.0.1:PORT, for absolute Location headers and links. */
  base: string;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, ctx: RouteContext) => void | Promise<void>;
export type Routes = Record<string, RouteHandler>;

export interface FeedServer {
  url: string;
  close(): Promise<void>;
  /** Requests seen for a path (query ignored). */
  hits(path: string): number;
  /** Headers of the most recent request to a path. */
  lastRequest(path: string): IncomingHttpHeaders | undefined;
  /** Add or replace routes while running (e.g. to change a feed between scans). */
  route(path: string, handler: RouteHandler): void;
}

export async function startFeedServer(routes: Routes): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const counts = new Map<string, number>();
  const last = new Map<string, IncomingHttpHeaders>();
  let base = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const hit = (counts.get(url.pathname) ?? 0) + 1;
    counts.set(url.pathname, hit);
    last.set(url.pathname, req.headers);
    const handler = table.get(url.pathname);
    if (!handler) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(req, res, { hit, url, base })).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    hits: (path) => counts.get(path) ?? 0,
    lastRequest: (path) => last.get(path),
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---- Behaviours -------------------------------------------------------------------------------

const XML = 'application/rss+xml; charset=utf-8';

export interface StaticOptions {
  etag?: string;
  lastModified?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** A document with validators; answers 304 when the client's If-None-Match / If-Modified-Since match. */
export function staticFeed(body: string | Buffer, opts: StaticOptions = {}): RouteHandler {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return (req, res) => {
    const validators: Record<string, string> = {};
    if (opts.etag) validators.ETag = opts.etag;
    if (opts.lastModified) validators['Last-Modified'] = opts.lastModified;
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const etagMatch = opts.etag !== undefined && inm !== undefined && inm.split(',').map((s) => s.trim()).includes(opts.etag);
    const dateMatch =
      inm === undefined && opts.lastModified !== undefined && ims !== undefined && Date.parse(ims) >= Date.parse(opts.lastModified);
    if (etagMatch || dateMatch) {
      res.writeHead(304, validators).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': opts.contentType ?? XML, 'Content-Length': bytes.length, ...validators, ...opts.headers });
    res.end(bytes);
  };
}

/** Exactly these bytes and headers, every time (wrong charset declarations, odd content types…). */
export function raw(body: string | Buffer, headers: Record<string, string> = {}, status = 200): RouteHandler {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return (_req, res) => {
    res.writeHead(status, { 'Content-Length': bytes.length, ...headers }).end(bytes);
  };
}

/** The same document with no ETag or Last-Modified: only a body hash can tell it is unchanged. */
export const noValidators = (body: string | Buffer, contentType = XML): RouteHandler => raw(body, { 'Content-Type': contentType });

export function status(code: number, headers: Record<string, string> = {}, body = ''): RouteHandler {
  return raw(body, { 'Content-Type': 'text/plain', ...headers }, code);
}

/** 429 with Retry-After (seconds or an HTTP-date). */
export const rateLimited = (retryAfter: string, code = 429): RouteHandler => status(code, { 'Retry-After': retryAfter }, 'slow down');

/** 410 Gone. */
export const gone = (): RouteHandler => status(410, {}, 'this feed has been removed');

/** `failures` error responses (default 500), then `then`. */
export function failThen(failures: number, then: RouteHandler, code = 500): RouteHandler {
  return (req, res, ctx) => (ctx.hit <= failures ? status(code, {}, 'internal error')(req, res, ctx) : then(req, res, ctx));
}

/** gzip-compressed; with `header: false` the server forgets Content-Encoding (a common misconfiguration). */
export function gzipped(body: string | Buffer, opts: { header?: boolean; contentType?: string } = {}): RouteHandler {
  const bytes = zlib.gzipSync(body);
  const headers: Record<string, string> = { 'Content-Type': opts.contentType ?? XML };
  if (opts.header !== false) headers['Content-Encoding'] = 'gzip';
  return raw(bytes, headers);
}

export function deflated(body: string | Buffer, opts: { rawDeflate?: boolean } = {}): RouteHandler {
  const bytes = opts.rawDeflate ? zlib.deflateRawSync(body) : zlib.deflateSync(body);
  return raw(bytes, { 'Content-Type': XML, 'Content-Encoding': 'deflate' });
}

export function brotli(body: string | Buffer): RouteHandler {
  return raw(zlib.brotliCompressSync(body), { 'Content-Type': XML, 'Content-Encoding': 'br' });
}

/**
 * A body of `bytes` filler, streamed without holding it all in memory; `chunked` leaves out
 * Content-Length so only counting the bytes as they arrive can catch it.
 */
export function oversize(bytes: number, opts: { chunked?: boolean; contentType?: string } = {}): RouteHandler {
  return (_req, res) => {
    const headers: Record<string, string | number> = { 'Content-Type': opts.contentType ?? XML };
    if (!opts.chunked) headers['Content-Length'] = bytes;
    res.writeHead(200, headers);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        const n = Math.min(chunk.length, bytes - sent);
        sent += n;
        if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => (sent = bytes));
    pump();
  };
}

/** A small gzip body that inflates to `bytes` of spaces: a decompression bomb. */
export function gzipBomb(bytes: number): RouteHandler {
  const bomb = zlib.gzipSync(Buffer.alloc(bytes, 0x20), { level: 9 });
  return raw(bomb, { 'Content-Type': XML, 'Content-Encoding': 'gzip' });
}

/** Headers at once, then the body a few bytes at a time, forever (for timeouts). */
export function slowBody(intervalMs = 200): RouteHandler {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Type': XML });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    const t = setInterval(() => res.write(' '), intervalMs);
    res.on('close', () => clearInterval(t));
  };
}

/** Never answers at all until the client gives up. */
export function hang(): RouteHandler {
  return (_req, res) => {
    const t = setInterval(() => undefined, 1000);
    res.on('close', () => clearInterval(t));
  };
}

/** Redirect to `to` (a path on this server or an absolute URL). */
export function redirect(to: string, code = 302): RouteHandler {
  return (_req, res, ctx) => {
    const location = to.startsWith('/') ? ctx.base + to : to;
    res.writeHead(code, { Location: location, 'Content-Type': 'text/html' }).end(`<a href="${location}">moved</a>`);
  };
}

/** Closes the socket without a response: a connection reset. */
export function reset(): RouteHandler {
  return (req) => {
    req.socket.destroy();
  };
}

/** An HTML page that advertises its feed with <link rel="alternate">. */
export function htmlWithAlternate(feedHref: string, type = 'application/rss+xml'): RouteHandler {
  return raw(
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Northwind Analytics Newsroom</title>
<link rel="alternate" type="${type}" title="Northwind Analytics press releases" href="${feedHref}">
</head><body><h1>Newsroom</h1><p>Northwind Analytics raises $28M Series B led by Index Ventures.</p></body></html>
`,
    { 'Content-Type': 'text/html; charset=utf-8' },
  );
}

// ---- Realistic bodies -------------------------------------------------------------------------

export interface DemoItem {
  title: string;
  link: string;
  description?: string;
  pubDate?: string;
  guid?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A small RSS 2.0 document; `encoding` only changes the prolog (encode the bytes yourself). */
export function rssDocument(title: string, items: DemoItem[], encoding = 'UTF-8'): string {
  const body = items
    .map(
      (i) => `    <item>
      <title>${esc(i.title)}</title>
      <link>${esc(i.link)}</link>
      <guid isPermaLink="false">${esc(i.guid ?? i.link)}</guid>
      <pubDate>${i.pubDate ?? 'Mon, 23 Nov 2026 08:00:00 GMT'}</pubDate>
      <description>${esc(i.description ?? i.title)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0">
  <channel>
    <title>${esc(title)}</title>
    <link>https://news.example.com/</link>
    <description>${esc(title)}</description>
${body}
  </channel>
</rss>
`;
}

export const DEMO_ITEMS: DemoItem[] = [
  {
    title: 'Northwind Analytics raises $28M Series B led by Index Ventures',
    link: 'https://newswire.example.com/2026/11/northwind-analytics-series-b',
    description: 'Northwind Analytics today announced a $28 million Series B led by Index Ventures, with participation from Amplify Partners.',
  },
  {
    title: 'Kestrel Security names Marcus Chen VP of Sales',
    link: 'https://newswire.example.com/2026/11/kestrel-security-marcus-chen',
    description: 'Marcus Chen joins Kestrel Security from Okta as VP of Sales.',
  },
  {
    title: 'Orbital Freight closes €4M seed round led by Point Nine',
    link: 'https://newswire.example.com/2026/11/orbital-freight-seed',
  },
];

export const demoRss = (): string => rssDocument('Startup Funding Wire', DEMO_ITEMS);

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readBody } from './body.js';
import { decodeBody } from './charset.js';
import { describeFailure } from './failure.js';
import { fetchError, type FetchOutcome, type FetchState } from './types.js';

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.rdf': 'application/rdf+xml',
  '.html': 'text/html',
  '.htm': 'text/html',
};

/** A local feed file, read like an HTTP body (same cap, gzip sniffing, charset rules, hash-based "unchanged"). */
export async function fetchFile(file: string, state: FetchState, maxBytes: number): Promise<FetchOutcome> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (err) {
    return fetchError(fileProblem(err, file));
  }
  if (stat.isDirectory()) return fetchError(`${file} is a directory, not a feed file`);
  const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  let bytes: Buffer;
  try {
    bytes = await readBody(stream, null, maxBytes);
  } catch (err) {
    stream.destroy();
    return fetchError(describeFailure(err, file));
  }
  if (bytes.length === 0) return fetchError(`${file} is empty`);
  const bodyHash = createHash('sha256').update(bytes).digest('hex');
  const base = { status: 200, finalUrl: pathToFileURL(file).href, permanentRedirect: null, etag: null, lastModified: null };
  if (state.bodyHash === bodyHash) return { kind: 'unchanged', ...base, bodyHash };
  const contentType = TYPES[path.extname(file).toLowerCase()] ?? null;
  return { kind: 'ok', ...base, bodyHash, contentType, text: decodeBody(bytes, contentType) };
}

function fileProblem(err: unknown, file: string): string {
  switch ((err as { code?: string }).code) {
    case 'ENOENT':
      return `no such file: ${file}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${file}`;
    default:
      return `cannot read ${file}: ${(err as Error).message.split('\n')[0]}`;
  }
}

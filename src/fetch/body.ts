import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { formatBytes } from './format.js';

/** The body (after decompression) would exceed the cap; nothing of it is kept. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`body larger than ${formatBytes(limit)}`);
    this.name = 'BodyTooLargeError';
  }
}

export class BodyDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BodyDecodeError';
  }
}

const isGzip = (b: Buffer) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
// RFC 1950 header: CM = 8 and the 16-bit header is a multiple of 31.
const isZlib = (b: Buffer) => b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0;

// Truncated compressed streams still yield what arrived, as browsers do; the parser judges the rest.
const LENIENT = { finishFlush: zlib.constants.Z_SYNC_FLUSH };

/**
 * Read a response body into memory, decompressing per Content-Encoding, or by magic bytes when a
 * server sends gzip without saying so, and never holding more than `maxBytes` of output: the cap
 * is checked on every decompressed chunk, so a decompression bomb stops at the cap.
 */
export async function readBody(source: AsyncIterable<Uint8Array>, contentEncoding: string | null, maxBytes: number): Promise<Buffer> {
  const it = source[Symbol.asyncIterator]();
  let first: Buffer | null = null;
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    if (r.value.length > 0) {
      first = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
      break;
    }
  }
  if (first === null) return Buffer.alloc(0);

  const stages = decompressors(contentEncoding, first);
  if (stages.length === 0) return collectPlain(first, it, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  let raw = 0;
  // pipeline may surface its own abort instead of the error that stopped it, so remember the cause.
  let overCap = false;
  const rawCap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      raw += chunk.length;
      // The wire is capped too, so a huge compressed body is refused before it is all downloaded.
      if (raw <= maxBytes) return done(null, chunk);
      overCap = true;
      done(new BodyTooLargeError(maxBytes));
    },
  });
  const sink = async (stream: AsyncIterable<Buffer>) => {
    for await (const chunk of stream) {
      size += chunk.length;
      if (size > maxBytes) {
        overCap = true;
        throw new BodyTooLargeError(maxBytes);
      }
      chunks.push(chunk);
    }
  };
  const input = Readable.from(resume(first, it), { objectMode: false });
  try {
    // pipeline's overloads cannot express a variable number of middle stages.
    await (pipeline as (...streams: unknown[]) => Promise<void>)(input, rawCap, ...stages, sink);
  } catch (err) {
    if (overCap || err instanceof BodyTooLargeError) throw new BodyTooLargeError(maxBytes);
    if (isZlibError(err)) throw new BodyDecodeError(`could not decompress the body: ${(err as Error).message}`);
    throw err;
  }
  let body: Buffer = Buffer.concat(chunks, size);
  // .xml.gz files served with Content-Encoding: gzip arrive gzipped twice.
  if (isGzip(body)) body = gunzipCapped(body, maxBytes);
  return body;
}

/** The common uncompressed case, without stream plumbing (a scan reads thousands of these). */
async function collectPlain(first: Buffer, it: AsyncIterator<Uint8Array>, maxBytes: number): Promise<Buffer> {
  if (first.length > maxBytes) throw new BodyTooLargeError(maxBytes);
  const chunks: Buffer[] = [first];
  let size = first.length;
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    size += r.value.length;
    if (size > maxBytes) {
      await it.return?.();
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength));
  }
  return chunks.length === 1 ? first : Buffer.concat(chunks, size);
}

/** Bytes already in memory (a gzipped local file, a doubly gzipped response), inflated under the cap. */
export function gunzipCapped(bytes: Buffer, maxBytes: number): Buffer {
  try {
    return zlib.gunzipSync(bytes, { ...LENIENT, maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new BodyTooLargeError(maxBytes);
    throw new BodyDecodeError(`could not decompress the body: ${(err as Error).message}`);
  }
}

function isZlibError(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code.startsWith('Z_') || code === 'ERR_ZLIB_INITIALIZATION_FAILED' || /incorrect header|invalid|unexpected end/i.test((err as Error).message ?? '');
}

async function* resume(first: Buffer, it: AsyncIterator<Uint8Array>): AsyncGenerator<Buffer> {
  yield first;
  for (;;) {
    const r = await it.next();
    if (r.done) return;
    yield Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
  }
}

/**
 * Decoders for a Content-Encoding list (applied last-first). A header that claims gzip or deflate
 * over bytes that are plainly not compressed is ignored, since some proxies decompress without
 * removing it; gzip bytes under no header are inflated anyway.
 */
function decompressors(contentEncoding: string | null, first: Buffer): NodeJS.ReadWriteStream[] {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'identity')
    .reverse();
  if (codings.length === 0) return isGzip(first) ? [zlib.createGunzip(LENIENT)] : [];
  const out: NodeJS.ReadWriteStream[] = [];
  codings.forEach((coding, i) => {
    const outermost = i === 0;
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        if (!outermost || isGzip(first)) out.push(zlib.createGunzip(LENIENT));
        break;
      case 'deflate':
        // Many servers send raw DEFLATE under "deflate" instead of the zlib format the RFC names.
        if (!outermost || isZlib(first)) out.push(zlib.createInflate(LENIENT));
        else if (!looksLikeText(first)) out.push(zlib.createInflateRaw(LENIENT));
        break;
      case 'br':
        out.push(zlib.createBrotliDecompress());
        break;
      default:
        throw new BodyDecodeError(`unsupported Content-Encoding "${coding}"`);
    }
  });
  return out;
}

/** Plain markup or JSON starts with whitespace, a BOM, "<" or "{". */
function looksLikeText(b: Buffer): boolean {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  return b[i] === 0x3c || b[i] === 0x7b;
}

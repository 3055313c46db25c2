import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageError } from '../errors.js';

export interface Source {
  kind: 'http' | 'file';
  /** The canonical form to store: the URL for http(s), the absolute path for local files. */
  url: string;
  path?: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

/**
 * What the user typed, as a fetchable source: http(s) URLs, file:// URLs and local paths
 * (relative ones resolved against the working directory). The browser-era `feed:` scheme is
 * unwrapped. Anything else is refused with a usage error (exit 64).
 */
export function classifySource(input: string): Source {
  const raw = input.trim();
  if (raw === '') throw usageError('empty feed source: give an http(s):// URL, a file:// URL or a local path');
  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase();
  if (!scheme || WINDOWS_DRIVE.test(raw)) return localFile(raw);

  if (scheme === 'feed') return classifySource(unwrapFeedScheme(raw));
  if (scheme === 'http' || scheme === 'https') {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      throw usageError(`not a valid URL: ${oneLine(raw)} — check for typos`);
    }
    if (!u.hostname) throw usageError(`URL has no host: ${oneLine(raw)}`);
    u.hash = '';
    return { kind: 'http', url: u.href };
  }
  if (scheme === 'file') {
    let p: string;
    try {
      p = fileURLToPath(raw);
    } catch (err) {
      throw usageError(`not a usable file URL: ${oneLine(raw)} (${(err as Error).message.split('\n')[0]})`);
    }
    return localFile(p);
  }
  throw usageError(`unsupported feed source "${oneLine(raw)}": use an http(s):// URL, a file:// URL or a local path`);
}

function localFile(p: string): Source {
  const expanded = p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p;
  const abs = path.resolve(expanded);
  return { kind: 'file', url: abs, path: abs };
}

/** feed://host/x means http://host/x; feed:https://host/x means https://host/x. */
function unwrapFeedScheme(raw: string): string {
  const rest = raw.slice('feed:'.length);
  if (/^https?:/i.test(rest)) return rest;
  return 'http:' + (rest.startsWith('//') ? rest : '//' + rest);
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 120 ? flat.slice(0, 117) + '...' : flat;
}

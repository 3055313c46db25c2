import { formatDuration } from './format.js';

/** A failure below HTTP, described in one line, and whether trying again soon could help. */
export interface NetworkFailure {
  message: string;
  transient: boolean;
}

interface ErrorLike {
  code?: string;
  message?: string;
  hostname?: string;
  address?: string;
  port?: number;
  cause?: unknown;
  reason?: string;
}

const TLS_CERT_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'INVALID_CA',
]);

/** undici and Node wrap the interesting error in `cause`; the innermost one with a code names the fault. */
function innermost(err: unknown): ErrorLike {
  let e = err as ErrorLike;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const next = e.cause as ErrorLike | undefined;
    if (!next || typeof next !== 'object' || (e.code && !next.code)) break;
    e = next;
  }
  return e ?? {};
}

export function describeNetworkError(err: unknown, target: URL, connectTimeoutMs: number): NetworkFailure {
  const e = innermost(err);
  const code = e.code ?? '';
  const where = e.address ? `${e.address}${e.port ? `:${e.port}` : ''}` : target.host;
  const first = (e.message ?? String(err)).split('\n')[0]!;

  if (TLS_CERT_CODES.has(code)) return { message: `TLS certificate error: ${first} (${target.host})`, transient: false };
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /SSL routines|TLS/.test(first))
    return { message: `TLS error: ${first} (${target.host})`, transient: false };

  switch (code) {
    case 'ECONNREFUSED':
      return { message: `connection refused (${where})`, transient: true };
    case 'ENOTFOUND':
      return { message: `DNS lookup failed for ${e.hostname ?? target.hostname}`, transient: false };
    case 'EAI_AGAIN':
      return { message: `DNS lookup failed for ${e.hostname ?? target.hostname} (temporary)`, transient: true };
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return { message: `connection reset by ${target.host}`, transient: true };
    case 'UND_ERR_CONNECT_TIMEOUT':
      return { message: `connect timed out after ${formatDuration(connectTimeoutMs)} (${target.host})`, transient: true };
    case 'ETIMEDOUT':
      return { message: `connection timed out (${where})`, transient: true };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
      return { message: `host unreachable (${where})`, transient: true };
    case 'UND_ERR_INFO':
    case 'HPE_INVALID_CONSTANT':
    case 'HPE_INVALID_HEADER_TOKEN':
    case 'UND_ERR_RESPONSE_STATUS_CODE':
      return { message: `malformed HTTP response from ${target.host}: ${first}`, transient: false };
  }
  if (code.startsWith('HPE_')) return { message: `malformed HTTP response from ${target.host}: ${first}`, transient: false };
  return { message: `${first}${code && !first.includes(code) ? ` (${code})` : ''}`, transient: true };
}

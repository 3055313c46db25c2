import { errors } from 'undici';
import { describe, expect, it } from 'vitest';
import { describeNetworkError } from '../../src/fetch/network-errors.js';

const target = new URL('https://feeds.kestrelsecurity.com/blog/rss');
const nodeError = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(`${code} happened`), { code, ...extra });

// Loopback cannot produce every failure, so the describer is checked against the errors undici and Node raise.
describe('describeNetworkError', () => {
  it('undici connect timeout names the configured budget', () => {
    expect(describeNetworkError(new errors.ConnectTimeoutError(), target, 20_000)).toEqual({
      message: 'connect timed out after 20 s (feeds.kestrelsecurity.com)',
      transient: true,
    });
  });

  it('DNS: permanent for ENOTFOUND, transient for EAI_AGAIN', () => {
    expect(describeNetworkError(nodeError('ENOTFOUND', { hostname: 'feeds.kestrelsecurity.com' }), target, 1)).toEqual({
      message: 'DNS lookup failed for feeds.kestrelsecurity.com',
      transient: false,
    });
    expect(describeNetworkError(nodeError('EAI_AGAIN'), target, 1).transient).toBe(true);
  });

  it('looks through a fetch-style wrapper to the cause', () => {
    const wrapped = new TypeError('fetch failed', { cause: nodeError('ECONNREFUSED', { address: '203.0.113.7', port: 443 }) });
    expect(describeNetworkError(wrapped, target, 1).message).toBe('connection refused (203.0.113.7:443)');
  });

  it('certificate problems are TLS certificate errors and not retried', () => {
    const e = nodeError('CERT_HAS_EXPIRED');
    e.message = 'certificate has expired';
    expect(describeNetworkError(e, target, 1)).toEqual({ message: 'TLS certificate error: certificate has expired (feeds.kestrelsecurity.com)', transient: false });
  });

  it('unknown failures keep their first line and code', () => {
    const e = nodeError('EWHATEVER');
    e.message = 'something odd\nwith a second line';
    expect(describeNetworkError(e, target, 1)).toEqual({ message: 'something odd (EWHATEVER)', transient: true });
  });
});

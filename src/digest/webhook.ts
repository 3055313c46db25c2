import { SignalsError, EXIT, usageError } from '../errors.js';
import type { SlackMessage } from './slack.js';

/** Incoming-webhook URLs carry their secret in the path: messages name only the origin. */
export function webhookOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'the webhook';
  }
}

export function checkWebhookUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw usageError('--webhook is not a URL — pass the incoming-webhook address, e.g. https://hooks.slack.com/services/…');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw usageError(`--webhook must be an http(s) URL, not ${u.protocol}`);
}

/**
 * POST a Slack-compatible message. Anything but a 2xx answer, a timeout or a
 * network failure is one SignalsError (exit 69) so cron sees a failed delivery.
 */
export async function postWebhook(url: string, message: SlackMessage, opts: { timeoutMs?: number } = {}): Promise<void> {
  const { request } = await import('undici');
  const timeout = opts.timeoutMs ?? 15_000;
  const where = webhookOrigin(url);
  let status: number;
  let body = '';
  try {
    const res = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'signals-digest' },
      body: JSON.stringify(message),
      headersTimeout: timeout,
      bodyTimeout: timeout,
    }); // no redirect following: a 3xx is a failed delivery, like any non-2xx
    status = res.statusCode;
    body = (await res.body.text()).slice(0, 200);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new SignalsError(`webhook ${where} unreachable (${e.code ?? e.message}) — digest not delivered; the next run will include it`, EXIT.UNAVAILABLE);
  }
  if (status < 200 || status >= 300) {
    const why = body.replace(/[^\x20-\x7e]+/g, ' ').trim();
    throw new SignalsError(`webhook ${where} answered ${status}${why ? ` (${why})` : ''} — digest not delivered; the next run will include it`, EXIT.UNAVAILABLE);
  }
}

import { BodyDecodeError, BodyTooLargeError } from './body.js';

/** A one-line message for errors raised while reading a body (local or remote). */
export function describeFailure(err: unknown, what: string): string {
  if (err instanceof BodyTooLargeError || err instanceof BodyDecodeError) return err.message;
  const e = err as { code?: string; message?: string };
  if (e.code === 'EISDIR') return `${what} is a directory, not a feed file`;
  return `${(e.message ?? String(err)).split('\n')[0]} (${what})`;
}

import { EXIT, SignalsError } from '../errors.js';
import { oneLine } from './text.js';

/** A document that is not a feed we can read. The message is one line naming the problem. */
export class FeedParseError extends SignalsError {
  constructor(
    message: string,
    /** For an HTML page: the feeds it advertises (absolute URLs, page order), so a caller can offer them. */
    readonly advertised: string[] | null = null,
  ) {
    super(oneLine(message), EXIT.DATAERR);
    this.name = 'FeedParseError';
  }
}

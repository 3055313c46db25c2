// Exit codes follow sysexits(3) so cron wrappers can tell failure kinds apart.
export const EXIT = {
  OK: 0,
  USAGE: 64,
  DATAERR: 65,
  NOINPUT: 66,
  UNAVAILABLE: 69,
  SOFTWARE: 70,
  IOERR: 74,
  TEMPFAIL: 75,
  CONFIG: 78,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error whose message is fit to show a user as one line, with the exit code it implies. */
export class SignalsError extends Error {
  constructor(message: string, readonly exitCode: ExitCode = EXIT.SOFTWARE) {
    super(message);
    this.name = 'SignalsError';
  }
}

export const usageError = (msg: string) => new SignalsError(msg, EXIT.USAGE);
export const dataError = (msg: string) => new SignalsError(msg, EXIT.DATAERR);
export const configError = (msg: string) => new SignalsError(msg, EXIT.CONFIG);
export const noInputError = (msg: string) => new SignalsError(msg, EXIT.NOINPUT);

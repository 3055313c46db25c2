import { Command, CommanderError } from 'commander';
import { EXIT } from './errors.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('signals')
    .description('Find which companies just became worth a call, and through whom.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--db <path>', 'database file (env SIGNALS_DB; default under $XDG_DATA_HOME/signals)')
    .option('-q, --quiet', 'print nothing on success (for cron); errors still go to stderr')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run `signals --help` for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version are "errors" to commander; they already printed.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        process.exitCode = EXIT.OK;
      } else {
        process.exitCode = EXIT.USAGE;
      }
      return;
    }
    throw err;
  }
}

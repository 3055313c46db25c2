import os from 'node:os';
import path from 'node:path';

// XDG Base Directory locations, so cron and the rep's shell find the same files.
const home = () => os.homedir();
export const dataDir = () => path.join(process.env.XDG_DATA_HOME || path.join(home(), '.local', 'share'), 'signals');
export const configDir = () => path.join(process.env.XDG_CONFIG_HOME || path.join(home(), '.config'), 'signals');
export const stateDir = () => path.join(process.env.XDG_STATE_HOME || path.join(home(), '.local', 'state'), 'signals');

export function defaultDbPath(): string {
  return process.env.SIGNALS_DB || path.join(dataDir(), 'signals.db');
}

/** Rule file: --rules, then $SIGNALS_RULES, then rules.yaml in the config dir. */
export function rulesPath(explicit?: string): string {
  return explicit || process.env.SIGNALS_RULES || path.join(configDir(), 'rules.yaml');
}

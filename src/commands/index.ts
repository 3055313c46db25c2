import type { Command } from 'commander';
// One line per command. Command modules stay light at import time: each loads
// its heavy dependencies (SQLite, undici, rss-parser) inside its action.
import { register as init } from './init.js';
import { register as feeds } from './feeds.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [init, feeds];

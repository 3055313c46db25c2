import type { Command } from 'commander';
// One line per command. Command modules stay light at import time: each loads
// its heavy dependencies (SQLite, undici, rss-parser) inside its action.
import { register as init } from './init.js';
import { register as feeds } from './feeds.js';
import { register as scan } from './scan.js';
import { register as events } from './events.js';
import { register as reextract } from './reextract.js';
import { register as demo } from './demo.js';
import { register as prospects } from './prospects.js';
import { register as explain } from './explain.js';
import { register as rules } from './rules.js';
import { register as rescore } from './rescore.js';
import { register as accounts } from './accounts.js';
import { register as contacts } from './contacts.js';
import { register as resolve } from './resolve.js';
import { register as digest } from './digest.js';
import { register as exportCsv } from './export.js';
import { register as cron } from './cron.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [init, feeds, scan, events, reextract, demo, prospects, explain, rules, rescore, accounts, contacts, resolve, digest, exportCsv, cron];

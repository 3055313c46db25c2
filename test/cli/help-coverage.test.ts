import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli.js';

// Every command and option a rep can type must explain itself in --help and be
// findable in the README.
function walk(cmd: Command, prefix: string[] = []): Array<{ path: string; cmd: Command }> {
  const here = prefix.length ? [{ path: prefix.join(' '), cmd }] : [];
  return [...here, ...cmd.commands.flatMap((c) => walk(c, [...prefix, c.name()]))];
}

const readme = fs.readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const commands = walk(buildProgram());

describe('help text and README coverage', () => {
  it('finds the commands', () => {
    expect(commands.map((c) => c.path)).toEqual(expect.arrayContaining(['init', 'feeds add', 'scan', 'events', 'prospects', 'digest', 'export']));
  });

  for (const { path: p, cmd } of commands) {
    it(`signals ${p}: has help text and is in the README`, () => {
      expect(cmd.description().trim().length, `"signals ${p}" has no description`).toBeGreaterThan(10);
      for (const o of cmd.options) expect(o.description.trim().length, `option ${o.flags} of "signals ${p}" has no help text`).toBeGreaterThan(5);
      expect(readme.includes(`signals ${p}`), `README does not mention "signals ${p}"`).toBe(true);
      for (const o of cmd.options) {
        const flag = o.long ?? o.short!;
        expect(readme.includes(flag), `README does not mention ${flag} of "signals ${p}"`).toBe(true);
      }
    });
  }

  it('global options are documented', () => {
    for (const o of buildProgram().options) {
      expect(o.description.length).toBeGreaterThan(5);
      expect(readme.includes(o.long ?? o.short!), `README does not mention ${o.flags}`).toBe(true);
    }
  });
});

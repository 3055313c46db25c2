import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SignalsError } from '../../src/errors.js';
import { classifySource } from '../../src/fetch/fetch-feed.js';

describe('classifySource', () => {
  it('keeps http(s) URLs, dropping the fragment', () => {
    expect(classifySource('https://www.northwindanalytics.com/press/feed.xml#latest')).toEqual({
      kind: 'http',
      url: 'https://www.northwindanalytics.com/press/feed.xml',
    });
    expect(classifySource('  HTTP://Kestrelsecurity.com/blog/rss  ').url).toBe('http://kestrelsecurity.com/blog/rss');
  });

  it('resolves relative local paths to absolute ones', () => {
    const s = classifySource('fixtures/feeds/funding-wire.xml');
    expect(s).toEqual({ kind: 'file', url: path.resolve('fixtures/feeds/funding-wire.xml'), path: path.resolve('fixtures/feeds/funding-wire.xml') });
    expect(classifySource('./news.rss').path).toBe(path.resolve('news.rss'));
  });

  it('keeps absolute paths and expands ~/', () => {
    expect(classifySource('/var/feeds/lumen-health.atom').path).toBe('/var/feeds/lumen-health.atom');
    expect(classifySource('~/feeds/canopy.xml').path).toBe(path.join(os.homedir(), 'feeds/canopy.xml'));
  });

  it('turns file:// URLs into the same absolute path as the path itself', () => {
    const abs = path.resolve('fixtures/feeds/jobs.xml');
    expect(classifySource(pathToFileURL(abs).href)).toEqual(classifySource(abs));
  });

  it('unwraps the feed: scheme browsers used to hand over', () => {
    expect(classifySource('feed://ferrumpay.co.uk/news.rss').url).toBe('http://ferrumpay.co.uk/news.rss');
    expect(classifySource('feed:https://ferrumpay.co.uk/news.rss').url).toBe('https://ferrumpay.co.uk/news.rss');
  });

  it.each(['ftp://files.example.com/feed.xml', 'javascript:alert(1)', 'mailto:press@northwindanalytics.com', 'gopher://old.example.com/1', 'data:text/xml,<rss/>'])(
    'refuses %s with a usage error',
    (input) => {
      let err: unknown;
      try {
        classifySource(input);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(SignalsError);
      expect((err as SignalsError).exitCode).toBe(64);
      expect((err as SignalsError).message).toMatch(/^unsupported feed source ".+": use an http\(s\):\/\/ URL, a file:\/\/ URL or a local path$/);
      expect((err as SignalsError).message).not.toContain('\n');
    },
  );

  it('refuses empty input and hostless URLs', () => {
    expect(() => classifySource('   ')).toThrow(/empty feed source/);
    expect(() => classifySource('http://')).toThrow(SignalsError);
  });
});

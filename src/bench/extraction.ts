// Extraction throughput on one thread, run by `npm run bench` in a process of its own.
// Prints {"cold": items/s, "steady": items/s} on stdout.
import type { ExtractInput } from '../types.js';
import { extractEvents } from '../extract/index.js';
import { htmlToText } from '../extract/text.js';
import { makeItems } from './corpus.js';

const perFeed = Number(process.argv[2] ?? 50);
const inputs: ExtractInput[] = [];
for (let f = 0; f < 200; f++)
  for (const it of makeItems(f, perFeed))
    inputs.push({ title: it.title, summary: '', content: it.body, author: it.author, link: it.link, published: it.date, feedKind: null });

/** One pass over 10,000 items, HTML stripping included (the scan does it too). */
const pass = (): number => {
  const t = performance.now();
  for (const i of inputs) extractEvents({ ...i, content: htmlToText(i.content) });
  return inputs.length / ((performance.now() - t) / 1000);
};

// V8 needs several passes before its optimising tiers settle (the first runs at about half
// speed), so the cold first pass is reported on its own and the figure is the median of the
// passes after warm-up.
const cold = pass();
const started = performance.now();
while (performance.now() - started < 4000) pass();
const rates: number[] = [];
for (let i = 0; i < 7; i++) rates.push(pass());
rates.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ cold, steady: rates[3] }));

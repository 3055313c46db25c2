import type { BreakdownLine } from '../types.js';
import type { ProspectRow } from '../store/prospects.js';
import type { Safe } from './present.js';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const signed = (n: number) => (n >= 0 ? `+${fmt(n)}` : fmt(n));

function group(lines: BreakdownLine[]) {
  const fit = lines.filter((l) => l.rule.startsWith('fit: '));
  const warmth = lines.filter((l) => l.rule.startsWith('warmth: '));
  const bonus = lines.filter((l) => l.rule.startsWith('bonus: '));
  const triggers = lines.filter((l) => !fit.includes(l) && !warmth.includes(l) && !bonus.includes(l));
  return { fit, triggers, warmth, bonus };
}

/**
 * The breakdown as a tree a rep reads top to bottom: fit, each trigger with its
 * event and source, warmth, bonus, and the total (noting the 0–100 clamp).
 */
export function explainTree(p: ProspectRow, safe: Safe): string {
  const out: string[] = [];
  const who = p.person ? ` — talk to ${safe(p.person)}${p.title ? `, ${safe(p.title)}` : ''}` : '';
  out.push(`#${p.rank} ${safe(p.company)}${p.domain ? ` (${safe(p.domain)})` : ''} — score ${p.score}${who}`);
  out.push(`id ${p.id} · first seen ${p.firstSeenAt.slice(0, 10)}${p.previousScore !== null ? ` · was ${fmt(p.previousScore)}` : ''}`);
  const g = group(p.breakdown);
  const sum = (ls: BreakdownLine[]) => ls.reduce((s, l) => s + l.value, 0);
  const sections: Array<[string, BreakdownLine[], (l: BreakdownLine) => string[]]> = [
    ['fit', g.fit, (l) => [`${l.rule.slice(5)}: ${safe(l.why)}  ${signed(l.value)}`]],
    ['triggers', g.triggers, (l) => [
      `${safe(l.rule)}  ${fmt(l.points)} × ${l.decay.toFixed(2)} = ${fmt(l.value)}`,
      `  event #${l.event_id}: ${safe(l.why)}`,
      ...(l.source_link ? [`  source: ${safe(l.source_link)}`] : []),
    ]],
    ['warmth', g.warmth, (l) => [`${l.rule.slice(8)}: ${safe(l.why)}  ${signed(l.value)}`]],
    ['bonus', g.bonus, (l) => [`${safe(l.why)}  ${signed(l.value)}`]],
  ];
  const present = sections.filter(([name, ls]) => ls.length > 0 || name === 'warmth');
  present.forEach(([name, ls, render]) => {
    out.push(`├─ ${name}  ${signed(sum(ls))}`);
    if (ls.length === 0) out.push('│  └─ no warm path (import your connections with `signals contacts import`)');
    ls.forEach((l, i) => {
      const last = i === ls.length - 1;
      render(l).forEach((text, j) => out.push(`│  ${j === 0 ? (last ? '└─ ' : '├─ ') : last ? '   ' : '│  '}${text}`));
    });
  });
  const total = sum(p.breakdown);
  const clamp = total > 100 ? ` (sum ${fmt(total)}, capped at 100)` : total < 0 ? ` (sum ${fmt(total)}, floored at 0)` : '';
  out.push(`└─ total ${p.score}${clamp}`);
  return out.join('\n');
}

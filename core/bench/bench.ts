/**
 * `pnpm bench`: throughput of check() on generated 1 MB and 10 MB drafts,
 * warm re-check times of 10 k- and 100 k-character drafts, and — in the same
 * run — a baseline that scans the same text once with one automaton built
 * from the union of all lexicons. Figures are reported as ratios to that
 * baseline, so they compare across machines.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, DocumentChecker, LEXICONS, RULES, entryDef } from '../src/index.js';
import { Automaton } from '../src/match/automaton.js';
import { draft } from './drafts.js';

const MB = 1024 * 1024;
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}
function time(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const union = new Automaton([...new Set(LEXICONS.filter((l) => l.scan !== false).flatMap((l) => l.entries.map((e) => entryDef(e).text)))]);
let sink = 0;
/** A configuration with every rule off. */
const ALL_OFF = { rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const])) };
const baseline = (text: string) => union.scan(text, () => sink++);

/** A full collection before timing warm re-checks (with --expose-gc, as bench/run.mjs runs it): earlier drafts' garbage is not theirs to pay for. */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Baseline and check() timed in alternation, `runs` pairs, so that a slow
 * moment of a shared machine slows both sides of the ratio alike.
 * Returns the median milliseconds of each.
 */
function pairs(text: string, runs: number, options?: Parameters<typeof check>[1]): { b: number; c: number } {
  const bs: number[] = [];
  const cs: number[] = [];
  for (let i = 0; i < runs; i++) {
    bs.push(...time(() => baseline(text), 1));
    cs.push(...time(() => check(text, options), 1));
  }
  return { b: median(bs), c: median(cs) };
}

const rows: string[] = [];
const row = (...cells: Array<string | number>) => rows.push(cells.map(String).join('\t'));
row('case', 'size', 'median ms', 'MB/s', 'ratio to baseline');

// Warm up the JIT and compile the lexicons.
check(draft(200_000, 9));
baseline(draft(200_000, 9));

// Warm re-checks first, as an editor would run them: JIT warm, heap not holding the 10 MB drafts.
// An editor re-checks its document after each edit through a DocumentChecker; every run here
// follows a one-character edit in the middle of the draft (typed, then deleted), so one
// paragraph changed since the previous check. check() from scratch on the same text is shown beside.
const warm: Record<string, { med: number; p95: number }> = {};
for (const chars of [10_000, 100_000]) {
  const text = draft(chars * 3, chars).slice(0, chars);
  const mid = text.indexOf('。', chars >> 1) - 2;
  const edited = text.slice(0, mid) + '各' + text.slice(mid);
  const checker = new DocumentChecker();
  let k = 0;
  const recheck = () => checker.check(k++ % 2 ? edited : text);
  // Warm means JIT-warm: an editor has re-checked its document many times before.
  for (let i = 0; i < (chars === 10_000 ? 300 : 40); i++) {
    recheck();
    check(text);
  }
  gc();
  const runs = chars === 10_000 ? 500 : 60;
  const ts = time(recheck, runs);
  warm[chars] = { med: median(ts), p95: p95(ts) };
  // The same text scanned by the baseline, right after: the machine's speed at this moment, for reading the milliseconds.
  const base = median(time(() => baseline(text), runs));
  row(`warm re-check after an edit`, `${chars / 1000}k chars`, warm[chars].med.toFixed(2), '', `p95 ${warm[chars].p95.toFixed(2)} ms; ${(warm[chars].med / base).toFixed(0)}× a baseline scan of the text (${base.toFixed(3)} ms)`);
  gc();
  const scratch = time(() => check(text), runs);
  row(`check() from scratch, JIT warm`, `${chars / 1000}k chars`, median(scratch).toFixed(2), '', `p95 ${p95(scratch).toFixed(2)} ms`);
}

const perMb: Record<string, number> = {};
for (const size of [1, 10]) {
  const text = draft(size * MB, size);
  const bytes = utf8(text) / MB;
  const runs = size === 1 ? 9 : 5;
  const { b, c } = pairs(text, runs);
  perMb[size] = c / bytes;
  row(`baseline (one automaton, union of lexicons)`, `${bytes.toFixed(1)} MB`, b.toFixed(1), (bytes / (b / 1000)).toFixed(1), '1.00');
  row(`check()`, `${bytes.toFixed(1)} MB`, c.toFixed(1), (bytes / (c / 1000)).toFixed(1), (b / c).toFixed(2));
  if (size === 1) {
    // The floor of the design: parsing, the shared analysis (scans, measure sentences, scopes) and the report, every rule off.
    const { b: b0, c: c0 } = pairs(text, runs, { config: ALL_OFF });
    row(`check(), every rule off`, `${bytes.toFixed(1)} MB`, c0.toFixed(1), (bytes / (c0 / 1000)).toFixed(1), (b0 / c0).toFixed(2));
  }
}

// The same measure on real text, when ../shared is beside the repository: every real document concatenated.
const shared = new URL('../../../shared/real/', import.meta.url);
if (existsSync(shared)) {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.txt')) files.push(p);
    }
  };
  walk(fileURLToPath(shared));
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n\n');
  const bytes = utf8(text) / MB;
  const { b, c } = pairs(text, 9);
  row(`baseline, real documents`, `${bytes.toFixed(2)} MB`, b.toFixed(1), (bytes / (b / 1000)).toFixed(1), '1.00');
  row(`check(), real documents`, `${bytes.toFixed(2)} MB`, c.toFixed(1), (bytes / (c / 1000)).toFixed(1), (b / c).toFixed(2));
}

console.log(rows.join('\n'));
const ratio10 = perMb[10] / perMb[1];
console.log(`\ncost per MB at 10 MB / at 1 MB: ${ratio10.toFixed(2)} (target ≤ 1.20)`);
console.log(`warm re-check: 10k ${warm[10000].med.toFixed(2)} ms (target ≤ 2), 100k ${warm[100000].med.toFixed(2)} ms (target ≤ 20)`);
void sink;

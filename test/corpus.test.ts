/**
 * The CLI over every document in ../shared/seeds and ../shared/real (when
 * present): no crash, every message range inside its text, findings from
 * every rule family across the set, and a committed, reviewed snapshot of
 * the seed papers' findings (corpus/seeds.snap.txt).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, redline, SHARED, textFiles } from './helpers.js';

interface Result {
  path: string;
  error?: string;
  messages: Array<{ ruleId: string; actual: string; place: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } }>;
  report?: { score: number; profile: string };
}

describe.skipIf(!HAS_SHARED)('real documents', () => {
  const files = HAS_SHARED ? [...textFiles(join(SHARED, 'seeds')), ...textFiles(join(SHARED, 'real'))] : [];
  const run = () => {
    const r = redline(['check', '--format', 'json', ...files]);
    return { status: r.status, results: JSON.parse(r.stdout) as Result[] };
  };
  const { status, results } = HAS_SHARED ? run() : { status: 0, results: [] };

  it('checks every file without an error', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(results).toHaveLength(files.length);
    expect([0, 1]).toContain(status);
  });

  it('keeps every message inside its text', () => {
    for (const r of results) {
      const text = readFileSync(r.path, 'utf8');
      for (const m of r.messages) {
        expect(m.place.end.offset).toBeLessThanOrEqual(text.length);
        expect(text.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual);
      }
    }
  });

  it('finds something in every rule family across the set', () => {
    const families = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId.split('/')[0])));
    for (const f of ['formalism', 'measure', 'assessment', 'brand', 'structure']) expect(families).toContain(f);
  });

  it('matches the reviewed snapshot of the seed papers', async () => {
    const lines: string[] = [];
    for (const r of results.filter((x) => x.path.includes('/seeds/'))) {
      lines.push(`== ${basename(r.path)}  score ${r.report?.score} profile ${r.report?.profile}`);
      for (const m of r.messages) {
        const { start, end } = m.place;
        lines.push(`${start.line}:${start.column}-${end.line}:${end.column}  ${m.ruleId}  ${m.actual.replace(/\s+/g, ' ').slice(0, 40)}`);
      }
    }
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('corpus/seeds.snap.txt');
  });
});

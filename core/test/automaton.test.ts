import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from '../src/match/automaton.js';

/** All occurrences by brute force, sorted like the automaton reports them (by end, then pattern). */
function naive(text: string, patterns: string[]): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  patterns.forEach((p, k) => {
    if (!p) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push([i, i + p.length, k]);
  });
  return out.sort((a, b) => a[1] - b[1] || a[2] - b[2]);
}

function run(text: string, patterns: string[]): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  new Automaton(patterns).scan(text, (s, e, p) => out.push([s, e, p]));
  return out.sort((a, b) => a[1] - b[1] || a[2] - b[2]);
}

describe('Automaton', () => {
  it('finds overlapping and nested patterns', () => {
    expect(run('党支部书记', ['支部', '党支部', '支部书记', '书记'])).toEqual(naive('党支部书记', ['支部', '党支部', '支部书记', '书记']));
  });
  it('reports duplicate patterns under each index', () => {
    expect(run('高度重视', ['高度重视', '高度重视'])).toEqual([
      [0, 4, 0],
      [0, 4, 1],
    ]);
  });
  it('agrees with a brute-force search on random texts', () => {
    const alpha = fc.constantFrom(...'党支部建品牌高度重视要将了，。a');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alpha, minLength: 1, maxLength: 4 }), { maxLength: 12 }), fc.string({ unit: alpha, maxLength: 80 }), (patterns, text) => {
        expect(run(text, patterns)).toEqual(naive(text, patterns));
      }),
      { numRuns: 400 },
    );
  });
});

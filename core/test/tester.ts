/**
 * Table-driven rule tests in the style of textlint's tester: `valid` texts
 * must give no message of the rule; each `invalid` text must give exactly the
 * listed messages, each located on its `at` text (the first occurrence, or the
 * n-th with `nth`), with `expected` checked when given.
 */
import { describe, expect, it } from 'vitest';
import { check, type CheckOptions, type RedlineMessage } from '../src/index.js';

/** One expected message. */
export interface Expect {
  /** Text the message must sit on exactly (its `actual`), located in the input. */
  at: string;
  /** Which occurrence of `at` (0-based). */
  nth?: number;
  /** Expected `expected` array, when it matters. */
  expected?: string[];
  /** A substring of the reason. */
  reason?: string;
}

/** A case: text plus check options. */
export interface Case {
  text: string;
  options?: CheckOptions;
  /** What the case shows, for the test name. */
  name?: string;
}

/** Runs the table for `ruleId`. */
export function tester(ruleId: string, table: { valid: Array<string | Case>; invalid: Array<Case & { errors: Expect[] }> }): void {
  const norm = (c: string | Case): Case => (typeof c === 'string' ? { text: c } : c);
  const of = (c: Case): RedlineMessage[] => check(c.text, c.options).messages.filter((m) => m.ruleId === ruleId);
  describe(ruleId, () => {
    it.each(table.valid.map(norm).map((c) => [c.name ?? c.text.slice(0, 40), c] as const))('valid: %s', (_n, c) => {
      expect(of(c).map((m) => `${m.place.start.offset}:${m.actual}`)).toEqual([]);
    });
    it.each(table.invalid.map((c) => [c.name ?? c.text.slice(0, 40), c] as const))('invalid: %s', (_n, c) => {
      const got = of(c);
      const want = c.errors.map((e) => {
        let i = -1;
        for (let k = 0; k <= (e.nth ?? 0); k++) i = c.text.indexOf(e.at, i + 1);
        if (i < 0) throw new Error(`test bug: “${e.at}” not in text`);
        return { start: i, end: i + e.at.length, actual: e.at };
      });
      expect(got.map((m) => ({ start: m.place.start.offset, end: m.place.end.offset, actual: m.actual }))).toEqual(want);
      c.errors.forEach((e, k) => {
        if (e.expected) expect(got[k].expected).toEqual(e.expected);
        if (e.reason) expect(got[k].reason).toContain(e.reason);
        expect(got[k].source).toBe('redline');
        expect(got[k].url).toMatch(/^https?:\/\//);
        expect(got[k].note.length).toBeGreaterThan(10);
      });
    });
  });
}

/** Runs a pack's inline tests: `flag` texts must get a message of the rule, `pass` texts none. */
import { check } from '../check.js';
import type { Pack } from './schema.js';

/** One inline test's outcome. */
export interface PackTestResult {
  /** Public rule id, `<pack>/<rule>`. */
  rule: string;
  text: string;
  expect: 'flag' | 'pass';
  /** Messages of the rule the text got. */
  got: number;
  ok: boolean;
}

/** Runs every inline test of `pack` through the real engine (with only the pack's rules on). */
export function testPack(pack: Pack): PackTestResult[] {
  const out: PackTestResult[] = [];
  for (const rule of pack.rules) {
    const id = `${pack.name}/${rule.id}`;
    for (const [expect, texts] of [['flag', rule.tests.flag], ['pass', rule.tests.pass]] as const) {
      for (const text of texts) {
        const got = check(text, { packs: [pack] }).messages.filter((m) => m.ruleId === id).length;
        out.push({ rule: id, text, expect, got, ok: expect === 'flag' ? got > 0 : got === 0 });
      }
    }
  }
  return out;
}

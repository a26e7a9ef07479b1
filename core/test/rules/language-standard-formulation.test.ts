import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { FORMULATIONS } from '../../src/lexicons/generated.js';
import { tester } from '../tester.js';

tester('language/standard-formulation', {
  valid: ['自觉提高政治站位，学深悟透。', '严格落实“三会一课”制度。', '开展环境整治，站位要高。', '帮助青年两个树立正确观念。'],
  invalid: [
    { text: '自觉提高整治站位，学深悟透。', errors: [{ at: '整治站位', expected: ['政治站位'], reason: '应为「政治站位」' }] },
    { text: '落实“一岗两责”，严格落实“三会一讲”制度。', errors: [{ at: '一岗两责', expected: ['一岗双责'] }, { at: '三会一讲', expected: ['三会一课'] }] },
    { text: '坚决做到“两个拥护”。', errors: [{ at: '两个拥护', expected: ['两个维护'] }] },
  ],
});

/** Every entry of the formulation list carries a source, a date, a status and its own test lines, which hold. */
describe('formulation list', () => {
  it.each(FORMULATIONS.map((f) => [f.standard, f] as const))('%s', (_s, f) => {
    expect(f.source.length).toBeGreaterThan(8);
    expect(f.date).toMatch(/^\d{4}/);
    expect(['现行', '废止']).toContain(f.status);
    expect(f.tests.flag.length).toBeGreaterThan(0);
    expect(f.tests.pass.length).toBeGreaterThan(0);
    const hits = (t: string) => check(t).messages.filter((m) => m.ruleId === 'language/standard-formulation');
    for (const t of f.tests.flag) expect(hits(t).map((m) => m.expected[0] ?? f.standard)).toContain(f.standard);
    for (const t of f.tests.pass) expect(hits(t)).toEqual([]);
  });
});

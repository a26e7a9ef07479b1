/**
 * DocumentChecker: re-checks of an edited document reuse the scans of
 * unchanged lines at the start and end and must give exactly what check() gives.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, DocumentChecker, DocumentCheckers, type CheckOptions, type Format } from '../src/index.js';

const example = readFileSync(new URL('../../examples/创建方案-精检匠修.md', import.meta.url), 'utf8');
const same = (checker: DocumentChecker, text: string, options: CheckOptions = {}) => {
  const want = check(text, options);
  const got = checker.check(text, options);
  expect(JSON.stringify([got.messages, got.report])).toBe(JSON.stringify([want.messages, want.report]));
  return got;
};

describe('DocumentChecker', () => {
  it('gives check() results through a sequence of edits of one document', () => {
    const c = new DocumentChecker();
    const mid = example.indexOf('。', example.length >> 1);
    const versions = [
      example,
      example.slice(0, mid) + '，由组织委员负责' + example.slice(mid), // typed into a paragraph
      example.slice(0, mid) + example.slice(mid + 1), // a sentence end deleted: two sentences merge
      example.slice(0, mid + 1) + '\n\n有关部门要尽快完善制度。\n' + example.slice(mid + 1), // a paragraph inserted
      example.replace(/\n\n/, '\n'), // paragraphs joined by removing a blank line
      '', // everything deleted
      example,
    ];
    for (const v of versions) same(c, v, { format: 'markdown' });
  });

  it('starts afresh when the configuration or the format changes', () => {
    const c = new DocumentChecker();
    same(c, example, { format: 'markdown' });
    // The organisation adds 精检 to the slogan lexicon: every paragraph needs a new scan.
    const out = same(c, example, { format: 'markdown', config: { lexicons: { 'stock-phrase': { add: ['精检匠修'] } } } });
    expect(out.messages.length).toBeGreaterThan(0);
    same(c, example, { format: 'text' });
    same(c, example, { format: 'markdown', preset: 'submission' });
  });

  it('reuses a paragraph moved elsewhere or repeated', () => {
    const c = new DocumentChecker();
    const a = '一、主要措施\n支部将尽快组建党员突击队，进一步拓宽宣传渠道。\n二、考核评价\n全年开展活动12次，参与职工300人次。';
    same(c, a);
    const lines = a.split('\n');
    same(c, [lines[2], lines[3], lines[0], lines[1], lines[1]].join('\n'));
  });

  const pieces = ['要', '将', '由', '负责', '有关部门', '尽快', '高度重视', '切实加强', '。', '，', '“', '”', '\n', '\n\n', '一、', '（一）', '考核', '三会一课', '12项', '2025年', '3月底前', '第二', '《方案》', '# ', '<p>', '</p>', ' ', '问题', '措施'];
  const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((a) => a.join(''));
  const edit = fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom(...pieces, ''));

  for (const format of ['text', 'markdown', 'html'] as Format[]) {
    it(`matches check() after random edits (${format})`, () => {
      fc.assert(
        fc.property(prose, fc.array(edit, { maxLength: 6 }), (text, edits) => {
          const c = new DocumentChecker();
          same(c, text, { format });
          let t = text;
          for (const [at, del, ins] of edits) {
            const i = t.length ? at % (t.length + 1) : 0;
            t = t.slice(0, i) + ins + t.slice(i + del);
            same(c, t, { format });
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('DocumentCheckers', () => {
  it('keeps one checker per document and drops the least recently checked', () => {
    const all = new DocumentCheckers(2);
    const a = all.for('a.md');
    const b = all.for('b.md');
    expect(all.for('a.md')).toBe(a); // a is now the most recent
    all.for('c.md'); // drops b
    expect(all.for('a.md')).toBe(a);
    expect(all.for('b.md')).not.toBe(b);
    all.delete('a.md');
    expect(all.for('a.md')).not.toBe(a);
  });
});

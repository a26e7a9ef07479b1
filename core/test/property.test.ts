/**
 * Robustness: any string — random Unicode, lone and paired surrogates, very
 * long lines, empty or whitespace-only text — checks without an exception,
 * every message range lies inside the text, and output is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, type Format } from '../src/index.js';

const pieces = ['要', '将', '由', '负责', '有关部门', '尽快', '高度重视', '切实加强', '。', '，', '、', '“', '”', '\n', '\n\n', '一、', '（一）', '1.1 ', '考核', '评价', '品牌', '党建+', '12项', '2025年', '月底前', '# ', '<p>', '</p>', '<!-- redline-disable -->', '&nbsp;', '\uD83D\uDE00', '\uD800', '\uDC00', ' ', '\u3000', '问题', '措施', '下一步'];
const prose = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 }).map((a) => a.join(''));

function assertSane(text: string, format: Format) {
  const a = check(text, { format });
  const b = check(text, { format });
  expect(JSON.stringify(b.messages)).toBe(JSON.stringify(a.messages));
  expect(a.report.score).toBeGreaterThanOrEqual(0);
  expect(a.report.score).toBeLessThanOrEqual(100);
  for (const m of a.messages) {
    const { start, end } = m.place;
    expect(start.offset).toBeGreaterThanOrEqual(0);
    expect(end.offset!).toBeLessThanOrEqual(text.length);
    expect(start.offset!).toBeLessThanOrEqual(end.offset!);
    expect(m.actual).toBe(text.slice(start.offset, end.offset));
    // Lines and columns agree with offsets.
    const before = text.slice(0, start.offset);
    expect(start.line).toBe(before.split('\n').length);
    expect(start.column).toBe(start.offset! - (before.lastIndexOf('\n') + 1) + 1);
  }
}

describe('check on arbitrary input', () => {
  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`never throws and keeps ranges inside the text (${format})`, () => {
      fc.assert(
        fc.property(prose, (text) => assertSane(text, format)),
        { numRuns: 300 },
      );
    });
  }

  it('handles empty and whitespace-only text', () => {
    for (const t of ['', ' ', '\n\n\n', '\u3000\u3000', '\t \r\n']) assertSane(t, 'text');
  });

  it('handles a very long line', () => {
    const long = '要加强党建工作，提升品牌影响力'.repeat(8000);
    assertSane(long, 'text');
  });

  it('handles surrogate pairs around findings', () => {
    const t = '😀由有关部门负责，适时开展评选工作。😀';
    assertSane(t, 'text');
    expect(check(t).messages.some((m) => m.actual === '有关部门')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { editBetween, ignoreKey, shiftSpan } from '../lib/diff';

describe('editBetween / shiftSpan', () => {
  it('finds an insertion and shifts spans after it', () => {
    const e = editBetween('支部将尽快组建', '党支部将尽快组建');
    expect(e).toEqual({ start: 0, oldEnd: 0, newEnd: 1 });
    expect(shiftSpan({ start: 3, end: 5 }, e)).toEqual({ start: 4, end: 6 });
  });
  it('keeps spans before the edit and drops spans that overlap it', () => {
    const e = editBetween('支部将尽快组建服务队', '支部将尽早组建服务队');
    expect(shiftSpan({ start: 0, end: 2 }, e)).toEqual({ start: 0, end: 2 });
    expect(shiftSpan({ start: 3, end: 5 }, e)).toBeNull();
    expect(shiftSpan({ start: 7, end: 10 }, e)).toEqual({ start: 7, end: 10 });
  });
  it('returns null for equal texts', () => {
    expect(editBetween('甲', '甲')).toBeNull();
    expect(shiftSpan({ start: 0, end: 1 }, null)).toEqual({ start: 0, end: 1 });
  });
  it('keys ignored findings by rule, context and words', () => {
    expect(ignoreKey('measure/vague-timeframe', '支部将尽快组建', 3, 5)).toBe('measure/vague-timeframe|支部将|尽快');
  });
});

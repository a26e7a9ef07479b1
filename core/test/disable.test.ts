/** Inline disable comments. */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

const slogan = '我们要高度重视品牌创建，切实加强组织领导，不断提升工作水平。';
const rules = (text: string, format: 'text' | 'markdown' | 'html' = 'markdown') => check(text, { format }).messages.map((m) => m.ruleId);

describe('redline-disable comments', () => {
  it('disable-next-line silences one line', () => {
    const t = `<!-- redline-disable-next-line formalism/empty-slogan -->\n${slogan}\n\n${slogan}`;
    expect(rules(t).filter((r) => r === 'formalism/empty-slogan')).toHaveLength(1);
  });
  it('disable … enable silences a block, for a family pattern', () => {
    const t = `<!-- redline-disable measure/* -->\n\n${slogan}\n\n<!-- redline-enable -->\n\n${slogan}`;
    const ids = rules(t);
    expect(ids.filter((r) => r.startsWith('measure/'))).toHaveLength(2);
    expect(ids.filter((r) => r === 'formalism/empty-slogan')).toHaveLength(2);
  });
  it('a bare disable silences everything after it', () => {
    expect(rules(`${slogan}\n\n<!-- redline-disable -->\n\n${slogan}`)).toEqual(rules(slogan));
  });
  it('works in HTML and is invisible to the rules', () => {
    const t = `<p><!-- redline-disable-next-line -->\n${slogan}</p>`;
    expect(rules(t, 'html')).toEqual([]);
  });
});

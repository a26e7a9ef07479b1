/** `.redlinerc.json`: validation errors name the file, key and expectation; settings take effect. */
import { describe, expect, it } from 'vitest';
import { check, configJsonSchema, parseConfig, parseConfigText, RedlineConfigError } from '../src/index.js';

const bad = (value: unknown) => {
  try {
    parseConfig(value, 'org/.redlinerc.json');
  } catch (e) {
    expect(e).toBeInstanceOf(RedlineConfigError);
    return e as RedlineConfigError;
  }
  throw new Error('expected a config error');
};

describe('config validation', () => {
  it.each([
    [{ preset: 'reviewer' }, 'preset', /应为 "summary"、"publicity"、"submission" 之一（实际为 "reviewer"）/],
    [{ rules: { 'measure/missing-owner': 'warn' } }, 'rules.measure/missing-owner', /off.*info.*warning.*error/],
    [{ rules: { 'measure/missing-ownr': 'off' } }, 'rules.measure/missing-ownr', /没有这个规则/],
    [{ rules: { 'formalism/empty-slogan': ['warning', { minPhrases: 'two' }] } }, 'rules.formalism/empty-slogan[1].minPhrases', /数字/],
    [{ rules: { 'measure/missing-owner': ['warning', { x: 1 }] } }, 'rules.measure/missing-owner[1]', /没有选项/],
    [{ dimensions: [] }, 'dimensions', /至少需要 1 项/],
    [{ dimensions: [{ synonyms: ['a'] }] }, 'dimensions[0].name', /字符串/],
    [{ lexicons: { slogans: { add: ['x'] } } }, 'lexicons.slogans', /没有这个词表/],
    [{ colour: 'red' }, '', /不认识的键 "colour"/],
  ])('%j → key %s', (value, key, message) => {
    const e = bad(value);
    expect(e.key).toBe(key);
    expect(e.file).toBe('org/.redlinerc.json');
    expect(e.message).toContain('org/.redlinerc.json');
    expect(e.message).toMatch(message);
  });

  it('reports malformed JSON with the file', () => {
    expect(() => parseConfigText('{ "preset": ', 'a.json')).toThrow(/a\.json.*不是合法的 JSON/);
  });

  it('accepts a full config', () => {
    expect(
      parseConfigText(
        JSON.stringify({
          $schema: './schema.json',
          preset: 'submission',
          profile: 'plan',
          rules: { 'measure/missing-target': 'info', 'formalism/empty-slogan': ['error', { minPhrases: 3 }] },
          dimensions: [{ name: '运行机制', synonyms: ['机制建设'] }],
          lexicons: { 'stock-phrase': { add: ['全力以赴'], remove: ['高度重视'] } },
        }),
      ).preset,
    ).toBe('submission');
  });
});

describe('config effects', () => {
  const text = '我们要高度重视党建品牌创建工作，切实加强组织领导，不断提升工作水平。';
  it('turns a rule off and changes severities', () => {
    const ids = (c: object) => check(text, { config: c }).messages.map((m) => `${m.ruleId}:${m.severity}`);
    expect(ids({})).toContain('formalism/empty-slogan:warning');
    expect(ids({ rules: { 'formalism/empty-slogan': 'off' } }).some((x) => x.startsWith('formalism/empty-slogan'))).toBe(false);
    expect(ids({ rules: { 'formalism/empty-slogan': 'error' } })).toContain('formalism/empty-slogan:error');
  });
  it('passes rule options', () => {
    const one = '全体党员要高度重视，以2025年3月底前完成3项任务为目标。';
    expect(check('全体党员要再接再厉。', { config: { rules: { 'formalism/empty-slogan': ['warning', { minShare: 0.99, minPhrases: 2 }] } } }).messages.some((m) => m.ruleId === 'formalism/empty-slogan')).toBe(false);
    expect(check(one).messages.some((m) => m.ruleId === 'formalism/empty-slogan')).toBe(false);
  });
  it('adds and removes lexicon words', () => {
    const t = '全体党员要扬鞭奋蹄、履践致远。';
    const has = (c: object) => check(t, { config: c }).messages.some((m) => m.ruleId === 'formalism/empty-slogan');
    expect(has({ lexicons: { 'stock-phrase': { add: ['扬鞭奋蹄', '履践致远'] } } })).toBe(true);
    expect(has({})).toBe(false);
  });
  it('presets change severities', () => {
    const t = '三、下一步工作措施\n（一）加强品牌宣传推广。要进一步拓宽宣传渠道，提升品牌知名度。';
    const sev = (preset: 'summary' | 'publicity' | 'submission') => check(t, { preset }).messages.find((m) => m.ruleId === 'measure/missing-owner')?.severity;
    expect(sev('summary')).toBe('warning');
    expect(sev('submission')).toBe('error');
    expect(sev('publicity')).toBeUndefined();
  });
});

describe('JSON Schema', () => {
  it('lists the rule ids and lexicon ids', () => {
    const s = configJsonSchema() as { properties: Record<string, { propertyNames?: { enum: string[]; anyOf?: Array<{ enum?: string[]; pattern?: string }> } }> };
    expect(s.properties.rules.propertyNames!.anyOf![0].enum).toContain('measure/missing-owner');
    expect(new RegExp(s.properties.rules.propertyNames!.anyOf![1].pattern!).test('jianxiu/company-terms')).toBe(true);
    expect(s.properties.lexicons.propertyNames!.enum).toContain('stock-phrase');
    expect(s.properties.preset).toBeDefined();
  });
});

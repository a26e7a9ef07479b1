/** Rule packs: validation errors name file, rule and key; each kind works through check(); configs address pack rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, PackError, parsePack, testPack, type Pack } from '../src/index.js';

const example = () => parsePack(readFileSync(new URL('../../examples/packs/检修公司规则包.yaml', import.meta.url), 'utf8'), '检修公司规则包.yaml');

const err = (text: string) => {
  try {
    parsePack(text, 'org.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return e as PackError;
  }
  throw new Error('expected a pack error');
};

describe('pack validation', () => {
  it.each([
    ['name: Org\nrules: [{id: a, kind: existence, message: m, tokens: [x]}]', undefined, 'name', /小写字母/],
    ['name: org\nrules: [{id: a, kind: existence, message: m}]', 'a', 'tokens', /./],
    ['name: org\nrules: [{id: a, kind: existance, message: m, tokens: [x]}]', 'a', 'kind', /existence、substitution/],
    ['name: org\nrules: [{id: a, kind: existence, message: m, tokens: [x], level: fatal}]', 'a', 'level', /"error"/],
    ['name: org\nrules: [{id: a, kind: existence, message: m, tokens: [x], colour: red}]', 'a', '', /不认识的键 colour/],
    ['name: org\nrules: [{id: a, kind: existence, message: m, tokens: [x]}, {id: a, kind: existence, message: m, tokens: [y]}]', 'a', 'id', /重复/],
    ['name: measure\nrules: [{id: a, kind: existence, message: m, tokens: [x]}]', undefined, 'name', /内置规则族/],
    ['name: org\nrules: [ {id: a', undefined, '', /YAML/],
  ])('%s', (text, rule, key, message) => {
    const e = err(text);
    expect(e.file).toBe('org.yaml');
    expect(e.rule).toBe(rule);
    expect(e.key).toBe(key);
    expect(e.message).toMatch(message);
    expect(e.message).toContain('org.yaml');
  });

  it('accepts JSON too', () => {
    expect(parsePack(JSON.stringify({ name: 'org', rules: [{ id: 'a', kind: 'existence', message: 'm', tokens: ['x'] }] })).name).toBe('org');
  });
});

describe('pack rules in check()', () => {
  const pack = example();
  const ids = (text: string, packs: Pack[] = [pack], config = {}) => check(text, { packs, config }).messages.filter((m) => m.ruleId.startsWith('jianxiu/'));

  it('existence flags each token with its message', () => {
    const [m] = ids('全体党员全力以赴完成检修任务。');
    expect(m).toMatchObject({ ruleId: 'jianxiu/no-hollow-words', actual: '全力以赴', severity: 'warning' });
    expect(m.reason).toBe('公司要求少用「全力以赴」这类空泛说法，请写具体做法');
  });
  it('substitution offers the replacement', () => {
    expect(ids('组建党员先锋队承担检修任务。')[0]).toMatchObject({ actual: '党员先锋队', expected: ['党员突击队'] });
  });
  it('conditional looks for the second phrase in the scope', () => {
    expect(ids('支部开展劳动竞赛。\n经费由工会列支。').map((m) => m.ruleId)).toEqual(['jianxiu/campaign-needs-budget']);
    expect(ids('支部开展劳动竞赛，经费由工会列支。')).toEqual([]);
  });
  it('coverage names the missing items on the heading', () => {
    const [m] = ids('四、考核评价\n每季度检查安全生产情况。');
    expect(m.actual).toBe('考核评价');
    expect(m.reason).toContain('检修质量、职工满意度');
    expect(m.document).toBe(true);
  });
  it('.redlinerc.json turns pack rules off or changes their level', () => {
    expect(ids('全体党员全力以赴。', [pack], { rules: { 'jianxiu/no-hollow-words': 'off' } })).toEqual([]);
    expect(ids('全体党员全力以赴。', [pack], { rules: { 'jianxiu/no-hollow-words': 'error' } })[0].severity).toBe('error');
  });
  it('a config naming a rule of a pack that is not loaded is an error', () => {
    expect(() => check('文本。', { config: { rules: { 'jianxiu/nope': 'off' } }, packs: [pack] })).toThrow(/rules\.jianxiu\/nope.*没有这个规则/);
    expect(() => check('文本。', { config: { rules: { 'other/x': 'off' } } })).toThrow(/没有加载任何规则包/);
  });
  it('runs the inline tests', () => {
    const results = testPack(pack);
    expect(results.length).toBe(8);
    expect(results.every((r) => r.ok)).toBe(true);
    const broken = { ...pack, rules: [{ ...pack.rules[0], tests: { flag: ['没有空话。'], pass: [] } }] } as Pack;
    expect(testPack(broken)[0]).toMatchObject({ ok: false, got: 0, expect: 'flag' });
  });
});

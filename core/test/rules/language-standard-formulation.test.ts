import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { FORMULATIONS } from '../../src/lexicons/generated.js';
import { tester } from '../tester.js';

tester('language/standard-formulation', {
  valid: [
    '自觉提高政治站位，学深悟透。',
    '严格落实“三会一课”制度。',
    '开展环境整治，站位要高。',
    '帮助青年两个树立正确观念。',
    { name: 'the full thought title', text: '深入学习习近平新时代中国特色社会主义思想，推动理论学习走深走实。' },
    { name: 'with 同志', text: '始终同以习近平同志为核心的党中央保持高度一致。' },
    { name: '扫黑除恶 is current', text: '配合开展扫黑除恶专项斗争，摸排线索12条。' },
    { name: '狠刹 with quotes', text: '持之以恒狠刹“四风”，纠治形式主义。' },
    { name: 'the 四个意识 in order, other awareness beside them', text: '增强政治意识、大局意识、核心意识、看齐意识，强化服务意识、创新意识、责任意识。' },
    { name: 'a list of other kinds of awareness', text: '增强党员的服务意识、大局意识、创新意识。' },
    { name: 'the 四个自信 in order', text: '坚定道路自信、理论自信、制度自信、文化自信。' },
    { name: '刹住 is fine too', text: '坚决刹住“四风”，改进调查研究。' },
  ],
  invalid: [
    { name: 'the pledge with its verbs swapped (牢记初心、不忘使命)', text: '上好每一堂课，就是牢记初心、不忘使命的具体体现。', errors: [{ at: '牢记初心、不忘使命' }] },
    { name: 'one misquote read by two entries (中央八条规定 in 中央八条规定精神) is reported once', text: '支部严格落实中央八条规定精神，全年开展作风检查4次。', errors: [{ at: '中央八条规定精神' }] },
    { text: '自觉提高整治站位，学深悟透。', errors: [{ at: '整治站位', expected: ['政治站位'], reason: '应为「政治站位」' }] },
    { text: '落实“一岗两责”，严格落实“三会一讲”制度。', errors: [{ at: '一岗两责', expected: ['一岗双责'] }, { at: '三会一讲', expected: ['三会一课'] }] },
    { text: '坚决做到“两个拥护”。', errors: [{ at: '两个拥护', expected: ['两个维护'] }] },
    {
      name: '新时代 left out',
      text: '支部坚持用习近平中国特色社会主义思想指导实践。',
      errors: [{ at: '习近平中国特色社会主义思想', expected: ['习近平新时代中国特色社会主义思想'] }],
    },
    {
      name: '同志 left out',
      text: '全体党员要紧密团结在以习近平为核心的党中央周围。',
      errors: [{ at: '以习近平为核心的党中央', expected: ['以习近平同志为核心的党中央'] }],
    },
    { name: 'the older campaign name', text: '协助公安机关推进打黑除恶专项斗争。', errors: [{ at: '打黑除恶', expected: ['扫黑除恶'], reason: '应为「扫黑除恶」' }] },
    { name: 'an intruder among the 四个自信', text: '坚定道路自信、理论自信、制度自信、民族自信，把初心落到岗位上。', errors: [{ at: '民族自信', expected: ['文化自信'] }] },
    { name: 'an intruder among the 四个意识, the last joined by 和', text: '树立政治意识、大局意识、核心意识和服务意识。', errors: [{ at: '服务意识', expected: ['看齐意识'] }] },
    { name: 'the 四个意识 out of order', text: '全体党员要增强政治意识、核心意识、大局意识、看齐意识。', errors: [{ at: '政治意识、核心意识、大局意识、看齐意识', expected: ['政治意识、大局意识、核心意识、看齐意识'], reason: '顺序不规范' }] },
    { name: 'the 四个自信 out of order', text: '讲述对坚定理论自信、道路自信、制度自信、文化自信的理解。', errors: [{ at: '理论自信、道路自信、制度自信、文化自信', expected: ['道路自信、理论自信、制度自信、文化自信'] }] },
    { name: '杀 for 刹, quoted', text: '各党支部要狠杀“四风”，树立新风。', errors: [{ at: '狠杀“四风”', expected: ['狠刹“四风”'] }] },
    { name: '杀 for 刹, unquoted', text: '驻村工作队狠杀四风、转变作风。', errors: [{ at: '狠杀四风', expected: ['狠刹“四风”'] }] },
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
    // A variant's fix is the standard form; an intruder in a list of members is fixed by the member left out.
    const fixes = new Set([f.standard, ...(f.members ?? [])]);
    for (const t of f.tests.flag) expect(hits(t).some((m) => fixes.has(m.expected[0] ?? f.standard))).toBe(true);
    for (const t of f.tests.pass) expect(hits(t)).toEqual([]);
  });
});

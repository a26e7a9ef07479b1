/**
 * language/standard-formulation — fixed political and institutional
 * formulations written wrongly (整治站位 for 政治站位, 一岗两责 for 一岗双责),
 * from a curated list (data/formulations.json) where every entry names the
 * document and date its standard form comes from and its status (现行/废止).
 */
import { FORMULATIONS } from '../../lexicons/generated.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';

export const meta: RuleMeta = {
  id: 'language/standard-formulation',
  family: 'language',
  description: '提法不规范：固定的政治、制度性提法写错了字、换了词或用了已废止的提法',
  rationale: '固定提法是党的文件确定的规范表述，写错一个字就会被视为政治性差错。',
  sources: [{ seed: '000', section: '§2.1', point: '“第一议题”“三会一课”“一岗双责”等固定提法的规范写法' }],
  severity: { summary: 'warning', publicity: 'error', submission: 'warning' },
  examples: { bad: '自觉提高整治站位，学深悟透党的二十大精神。', good: '自觉提高政治站位，学深悟透党的二十大精神。' },
  url: ruleUrl('language/standard-formulation'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const clean = a.doc.clean;
  const found = [];
  for (let si = 0; si < a.doc.sentences.length; si++) if (a.mentions(si, 'formulation')) found.push(...a.hitsIn(si, 'formulation'));
  for (const h of found) {
    const f = FORMULATIONS[Number(h.entry.tag)];
    if (f.quoted && !(/[“"「]/.test(clean[h.start - 1] ?? '') && /[”"」]/.test(clean[h.end] ?? ''))) continue;
    const outdated = f.status === '废止' && h.entry.text === f.standard;
    report(file, meta, a, h.start, h.end, {
      reason: outdated ? `提法已废止：「${f.standard}」` : `提法不规范：「${h.entry.text}」应为「${f.standard}」`,
      expected: outdated ? [] : [f.standard],
      note: `规范提法「${f.standard}」（${f.status}），出处：${f.source}。`,
    });
  }
};

export default { meta, plugin } satisfies Rule;

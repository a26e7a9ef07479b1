/**
 * structure/missing-section — the parts a document of its profile must have:
 * plan → 品牌内涵/定位, 目标, 措施, 进度安排, 考核评价, 保障, 宣传推广;
 * summary → 做法, 成效, 问题, 下一步; publicity → a concrete case/person and
 * figures; assessment → dimensions, scores, cycle, result use.
 * Source: rules.md; 000 §2.2 (责任清单、年度考核); 002 §3.3–3.4.
 */
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { partStatus } from '../shared/parts.js';
import { documentAnchor, documentHan } from '../shared/place.js';

export const meta: RuleMeta = {
  id: 'structure/missing-section',
  family: 'structure',
  description: '结构缺项：文稿缺少同类文稿应有的组成部分',
  rationale: '创建方案要有内涵、目标、措施、进度、考核、保障和宣传；工作总结要有做法、成效、问题和打算。缺了哪一块，评审就无从评价那一块。',
  sources: [
    { seed: '000', section: '§2.2', point: '明确年度创建目标和创建举措，制定工作清单，坚持年度考核验收' },
    { seed: '002', section: '§3.3', point: '明确品牌定位、目标和阶段性任务，细化责任分工，建立评估指标体系' },
  ],
  severity: { summary: 'warning', publicity: 'info', submission: 'error' },
  profiles: ['plan', 'summary', 'publicity', 'assessment'],
  document: true,
  examples: {
    bad: '创建方案只有“品牌内涵”“创建目标”“主要措施”三部分。',
    good: '创建方案含品牌内涵、创建目标、主要措施、进度安排、考核评价、保障措施、宣传推广。',
  },
  url: ruleUrl('structure/missing-section'),
};

const PROFILE_NAME = { plan: '创建方案', summary: '工作总结', publicity: '宣传稿', assessment: '考核办法', general: '文稿' } as const;

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  if (documentHan(a) < 20) return;
  const [cs, ce] = documentAnchor(a);
  for (const { part, found } of partStatus(a, settings.profile)) {
    if (found) continue;
    report(file, meta, a, cs, ce, {
      reason: `结构缺项：${PROFILE_NAME[settings.profile]}缺少「${part.name}」部分`,
      expected: [],
      note: `${part.hint}。依据：000 §2.2（明确创建目标和举措、年度考核验收）、002 §3.3（定位、目标、阶段任务、责任分工、评估体系成体系）。`,
      document: true,
    });
  }
};

export default { meta, plugin } satisfies Rule;

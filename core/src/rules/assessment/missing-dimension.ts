/**
 * assessment/missing-dimension — an assessment that names fewer than all of
 * its dimensions: by default the five of seed 000 §2.2 三 (运行机制、措施落实、
 * 创建成效、公认度、影响力); organisations configure their own.
 */
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { assessmentScopes } from '../shared/scopes.js';

/** What a brand-creation assessment talks about: the brand, or the branch as a whole being scored (对水厂党支部打分). */
const BRAND_RE = /品牌|创建|对[^，。；]{0,12}(?:党支部|支部|党总支|党组织)[^，。；]{0,6}(?:打分|评分|考核|考评|评价|测评)/;

export const meta: RuleMeta = {
  id: 'assessment/missing-dimension',
  family: 'assessment',
  description: '考核维度缺失：考核内容没有覆盖运行机制、措施落实、创建成效、公认度、影响力五个维度',
  rationale: '只考“有没有做”的考核分不出好坏。五个维度合在一起，才能既看机制和落实，又看成效和群众认可。',
  sources: [{ seed: '000', section: '§2.2 三', point: '从品牌运行机制、措施落实、创建成效、公认度和影响力等维度综合评价' }],
  severity: { summary: 'warning', publicity: 'off', submission: 'error' },
  examples: {
    bad: '四、考核评价\n将品牌创建情况纳入年度党建考核，重点考核措施落实情况和创建成效。',
    good: '四、考核评价\n每年12月从运行机制、措施落实、创建成效、职工公认度、品牌影响力五个维度评分。',
  },
  url: ruleUrl('assessment/missing-dimension'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  for (const scope of assessmentScopes(a, settings.profile)) {
    // The dimensions are those of a brand-creation assessment; scoring individual members
    // (党员积分, 评议党员) is assessed on other terms.
    if (!BRAND_RE.test(a.doc.clean.slice(scope.cs, scope.ce)) && !settings.customDimensions) continue;
    const named = new Set(a.hitsInRange('dimension', scope.cs, scope.ce).map((h) => h.entry.tag));
    const missing = settings.dimensions.filter((d) => !named.has(d.id));
    if (!missing.length) continue;
    report(file, meta, a, scope.anchorCs, scope.anchorCe, {
      reason: `考核维度缺失：没有${missing.map((d) => `「${d.name}」`).join('')}${missing.length > 1 ? `等${missing.length}个维度` : '维度'}`,
      expected: [],
      note: `考核应覆盖${settings.dimensions.map((d) => d.name).join('、')}，并为每个维度给出分值。依据：000 §2.2 三（年度考核验收机制）。`,
      document: true,
    });
  }
};

export default { meta, plugin } satisfies Rule;

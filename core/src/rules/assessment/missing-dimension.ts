/**
 * assessment/missing-dimension — an assessment that names fewer than all of
 * its dimensions: by default the five of seed 000 §2.2 三 (运行机制、措施落实、
 * 创建成效、公认度、影响力); organisations configure their own. As rules.md
 * says, every assessment passage owes them, whoever it scores: a plan's
 * 年底对党员进行考核 is the brand's assessment, and a 网格员积分 scheme is
 * judged on the same five.
 */
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { assessmentScopes } from '../shared/scopes.js';

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

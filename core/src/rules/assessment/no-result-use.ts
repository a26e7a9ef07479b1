/**
 * assessment/no-result-use — assessment results used for nothing (评优评先,
 * 奖惩, 问责, 倾斜, 挂钩). Source: 000 §2.2 三; 004 表彰奖励/问责.
 */
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { usesResults } from '../shared/result-use.js';
import { assessmentScopes } from '../shared/scopes.js';

export const meta: RuleMeta = {
  id: 'assessment/no-result-use',
  family: 'assessment',
  description: '考核结果无运用：没有写明结果用于评优评先、奖惩或问责',
  rationale: '考核结果不与评优评先、奖惩挂钩，考好考坏一个样，考核就失去了指挥棒作用。',
  sources: [
    { seed: '000', section: '§2.2 三', point: '作为评优评先的重要依据，对运行效果好的支部给予倾斜' },
    { seed: '004', section: '三（二）', point: '对表现突出的表彰奖励，对工作不力的问责' },
  ],
  severity: { summary: 'warning', publicity: 'off', submission: 'warning' },
  examples: {
    bad: '每季度对各党支部品牌创建情况进行打分。',
    good: '考核结果与支部书记绩效挂钩，作为评优评先的重要依据。',
  },
  url: ruleUrl('assessment/no-result-use'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  for (const scope of assessmentScopes(a, settings.profile)) {
    if (usesResults(a, scope.cs, scope.ce)) continue;
    report(file, meta, a, scope.anchorCs, scope.anchorCe, {
      reason: '考核结果无运用：没有写明考核结果用于评优评先、奖惩或问责',
      expected: [],
      note: '写明结果运用：与评优评先、绩效、资源倾斜挂钩，对落后的约谈或问责。依据：000 §2.2 三（评优评先的重要依据、适当倾斜）、004（表彰奖励与问责）。',
      document: true,
    });
  }
};

export default { meta, plugin } satisfies Rule;

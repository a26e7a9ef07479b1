/**
 * assessment/not-quantified — an assessment with no indicator, score, weight
 * or percentage. Source: 002 §3.3 量化的评估指标体系; 004 考核指标.
 */
import { AnchorKind } from '../../analysis/analysis.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { assessmentScopes } from '../shared/scopes.js';

export const meta: RuleMeta = {
  id: 'assessment/not-quantified',
  family: 'assessment',
  description: '考核未量化：没有分值、权重、指标或百分比',
  rationale: '没有分值和指标，考核只能凭印象打分，结果既不客观也无法排序。',
  sources: [
    { seed: '002', section: '§3.3', point: '建立全面、客观、量化的评估指标体系' },
    { seed: '004', section: '三（二）', point: '设置科学合理的考核指标，加大融合成效的考核权重' },
  ],
  severity: { summary: 'warning', publicity: 'off', submission: 'error' },
  examples: {
    bad: '将品牌创建情况纳入年度党建考核，重点考核措施落实情况。',
    good: '满分100分，其中运行机制20分、措施落实30分、创建成效30分。',
  },
  url: ruleUrl('assessment/not-quantified'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  for (const scope of assessmentScopes(a, settings.profile)) {
    const quantified = scope.sentences.some((si) => a.anchorsIn(si, AnchorKind.Quantity).some((x) => !(x.kind & AnchorKind.Time)));
    if (quantified) continue;
    report(file, meta, a, scope.anchorCs, scope.anchorCe, {
      reason: '考核未量化：没有分值、权重、指标或百分比',
      expected: [],
      note: '为每个考核维度给出分值或权重（如满分100分，运行机制20分），并写明评分标准。依据：002 §3.3（量化的评估指标体系）、004（设置考核指标与权重）。',
      document: true,
    });
  }
};

export default { meta, plugin } satisfies Rule;

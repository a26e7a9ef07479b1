/**
 * measure/missing-deadline — a measure sentence with no time node.
 * Source: 000 §2.3 明确时间节点; 002 §3.3 时间节点.
 */
import { dataOf, PLANNING, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { measures } from '../shared/measures.js';
import { afterAssignment, DEADLINE, insertInto } from '../shared/templates.js';

export const meta: RuleMeta = {
  id: 'measure/missing-deadline',
  family: 'measure',
  description: '措施缺时间节点：没有写明何时完成或多久一次',
  rationale: '没有时间节点的措施无法排进度、无法督办，也无法在年底核对是否完成。',
  sources: [
    { seed: '000', section: '§2.3', point: '建立工作清单，明确时间节点和任务目标' },
    { seed: '002', section: '§3.3', point: '明确工作标准和时间节点，确保各项工作有序推进' },
  ],
  severity: { summary: 'warning', publicity: 'off', submission: 'error' },
  profiles: [...PLANNING, 'publicity', 'assessment'],
  examples: {
    bad: '支部将组建党员服务队，开展职工需求调研。',
    good: '支部将于2025年3月底前组建党员服务队，完成职工需求调研1次。',
  },
  url: ruleUrl('measure/missing-deadline'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  for (const m of measures(a, settings.profile)) {
    // A vague time word is reported (with its own fix) by measure/vague-timeframe.
    if (m.deadline || m.vagueTimes.length || m.ownerOnly) continue;
    report(file, meta, a, m.cs, m.ce, {
      reason: '措施缺时间节点：没有写明何时完成（或多久一次）',
      expected: [insertInto(a, m.cs, m.ce, afterAssignment(a, m.insertAt, m.ce), DEADLINE)],
      note: '写明完成时限（如2025年6月底前）或周期（如每季度）。依据：000 §2.3（明确时间节点）、002 §3.3（明确工作标准和时间节点）。',
    });
  }
};

export default { meta, plugin } satisfies Rule;

/**
 * measure/vague-timeframe — 适时/尽快/近期/择机 … standing in for a date in a
 * measure sentence. Source: 002 §3.3 时间节点.
 */
import { dataOf, PLANNING, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { measures } from '../shared/measures.js';
import { DEADLINE_WORD } from '../shared/templates.js';

export const meta: RuleMeta = {
  id: 'measure/vague-timeframe',
  family: 'measure',
  description: '模糊时间：用“适时”“尽快”“近期”代替具体时间节点',
  rationale: '“尽快”“近期”看似有时间要求，实际没有任何约束，到期无法核对。',
  sources: [{ seed: '002', section: '§3.3', point: '明确工作标准和时间节点' }],
  severity: { summary: 'warning', publicity: 'info', submission: 'warning' },
  profiles: PLANNING,
  examples: {
    bad: '支部将尽快组建党员服务队，近期完成职工需求调研。',
    good: '支部将于2025年3月底前组建党员服务队，4月底前完成职工需求调研。',
  },
  url: ruleUrl('measure/vague-timeframe'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  for (const m of measures(a)) {
    if (m.deadline) continue;
    for (const h of m.vagueTimes) {
      report(file, meta, a, h.start, h.end, {
        reason: `模糊时间：「${h.entry.text}」不是时间节点，到期无法核对`,
        expected: [DEADLINE_WORD],
        note: '换成具体日期或周期（如2025年6月底前、每季度）。依据：002 §3.3（明确时间节点）。',
      });
    }
  }
};

export default { meta, plugin } satisfies Rule;

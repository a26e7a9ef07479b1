/**
 * measure/missing-target — a measure sentence with no quantified target or
 * deliverable. Source: 000 §2.3 任务目标; 004 明确融合的目标、任务.
 */
import { dataOf, PLANNING, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { measures } from '../shared/measures.js';
import { beforeClose, insertInto, TARGET } from '../shared/templates.js';

export const meta: RuleMeta = {
  id: 'measure/missing-target',
  family: 'measure',
  description: '措施缺量化目标：没有写明做到多少，或交付什么成果',
  rationale: '“提升”“加强”没有终点。写明数量或成果物（N项、N次、清单、台账），措施才能验收。',
  sources: [
    { seed: '000', section: '§2.3', point: '明确时间节点和任务目标' },
    { seed: '004', section: '三（二）', point: '明确融合的目标、任务、措施和责任分工' },
  ],
  severity: { summary: 'warning', publicity: 'off', submission: 'warning' },
  profiles: [...PLANNING, 'publicity'],
  examples: {
    bad: '下一步，支部将积极探索党建与业务深度融合的新路径。',
    good: '2025年6月底前，支部组建3支党员突击队，完成5项攻坚任务。',
  },
  url: ruleUrl('measure/missing-target'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  for (const m of measures(a, settings.profile)) {
    if (m.target) continue;
    report(file, meta, a, m.cs, m.ce, {
      reason: '措施缺量化目标：没有写明做到多少或交付什么',
      expected: [insertInto(a, m.cs, m.ce, beforeClose(a, m.cs, m.ce), TARGET)],
      note: '写明数量（N项、N次、N%）或成果物（清单、台账、制度）。依据：000 §2.3（明确任务目标）、004（明确融合的目标、任务）。',
    });
  }
};

export default { meta, plugin } satisfies Rule;

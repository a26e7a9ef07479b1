/**
 * measure/missing-owner — a measure sentence with no responsible actor, or
 * only a vague one (有关部门). Source: 000 §2.2 细化责任、明确分工; 002 §3.3
 * 落实到具体部门和个人.
 */
import { dataOf, PLANNING, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { measures } from '../shared/measures.js';
import { insertInto, OWNER, OWNER_WORD } from '../shared/templates.js';

export const meta: RuleMeta = {
  id: 'measure/missing-owner',
  family: 'measure',
  description: '措施缺责任主体：没有写明由哪个部门或哪位同志负责，或只写“有关部门”',
  rationale: '没有具体责任主体的措施，落实时无人牵头、检查时无人可问，最终落不了地。',
  sources: [
    { seed: '000', section: '§2.2', point: '制定品牌创建工作清单，细化责任、明确分工' },
    { seed: '002', section: '§3.3', point: '细化责任分工，将任务落实到具体部门和个人' },
  ],
  severity: { summary: 'warning', publicity: 'off', submission: 'error' },
  profiles: [...PLANNING, 'publicity', 'assessment'],
  examples: {
    bad: '要进一步拓宽宣传渠道，提升品牌知名度。',
    good: '由宣传委员负责，自2025年5月起每月在公众号发布1篇品牌实践报道。',
  },
  url: ruleUrl('measure/missing-owner'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  // Each vague owner once: a lead's (以下工作由有关处室负责落实：) stands for all the items under it.
  const reported = new Set<number>();
  for (const m of measures(a, settings.profile)) {
    if (m.owner === 'specific' || m.owner === 'unit') continue;
    if (m.owner === 'vague') {
      for (const h of m.vagueOwners) {
        if (reported.has(h.start)) continue;
        reported.add(h.start);
        report(file, meta, a, h.start, h.end, {
          reason: `责任主体不具体：「${h.entry.text}」没有指明哪个部门或哪位同志负责`,
          expected: [OWNER_WORD],
          note: '把“有关部门”换成具体的部门或岗位（如组织委员、综合办公室），必要时写明责任人。依据：000 §2.2（细化责任、明确分工）、002 §3.3（落实到具体部门和个人）。',
        });
      }
      continue;
    }
    report(file, meta, a, m.cs, m.ce, {
      reason: '措施缺责任主体：没有写明由谁负责',
      expected: [insertInto(a, m.cs, m.ce, m.insertAt, OWNER)],
      note: '在措施前写明“由××负责”，落到具体部门或岗位。依据：000 §2.2（细化责任、明确分工）、002 §3.3（落实到具体部门和个人）。',
    });
  }
};

export default { meta, plugin } satisfies Rule;

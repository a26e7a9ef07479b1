/**
 * brand/no-mass-participation — no role for staff or the public (职工, 群众,
 * 需求, 满意度, 点单 …). Source: 002 §2.4; 000 §2.3 四.
 */
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { documentAnchor, documentHan, documentMentions } from '../shared/place.js';

export const meta: RuleMeta = {
  id: 'brand/no-mass-participation',
  family: 'brand',
  description: '群众参与缺位：没有写职工群众的需求、参与或评价',
  rationale: '品牌若只在机关内部循环，群众得不到实惠，也就不会认同。职工群众的参与和评价是品牌的根基。',
  sources: [
    { seed: '002', section: '§2.4', point: '群众参与度低，服务功能虚化，陷入机关内部循环' },
    { seed: '000', section: '§2.3 四', point: '职工群众“点单”、支部“派单”、党员“接单”的闭环机制' },
  ],
  severity: { summary: 'warning', publicity: 'info', submission: 'warning' },
  profiles: ['plan', 'summary'],
  document: true,
  examples: {
    bad: '每月组织“第一议题”学习，2025年完成4项政策研究课题。（全文无群众）',
    good: '每季度开展1次职工需求调研，按“职工点单、支部派单、党员接单”办理。',
  },
  url: ruleUrl('brand/no-mass-participation'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  if (documentHan(a) < 30 || documentMentions(a, 'mass')) return;
  const [cs, ce] = documentAnchor(a);
  report(file, meta, a, cs, ce, {
    reason: '群众参与缺位：全文没有写职工群众的需求、参与或评价',
    expected: [],
    note: '写明职工群众如何参与：需求调研、“点单”服务、满意度测评、意见征集。依据：002 §2.4（群众参与度低）、000 §2.3 四（点单—派单—接单）。',
    document: true,
  });
};

export default { meta, plugin } satisfies Rule;

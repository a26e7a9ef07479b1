/**
 * brand/no-mass-participation — no role for staff or the public (职工, 群众,
 * 需求, 满意度, 点单 …). Source: 002 §2.4; 000 §2.3 四.
 */
import type { Analysis } from '../../analysis/analysis.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { documentAnchor, documentHan } from '../shared/place.js';

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
  profiles: ['plan', 'summary', 'publicity'],
  document: true,
  examples: {
    bad: '每月组织“第一议题”学习，2025年完成4项政策研究课题。（全文无群众）',
    good: '每季度开展1次职工需求调研，按“职工点单、支部派单、党员接单”办理。',
  },
  url: ruleUrl('brand/no-mass-participation'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  if (documentHan(a) < 30 || hasRole(a)) return;
  const [cs, ce] = documentAnchor(a);
  report(file, meta, a, cs, ce, {
    reason: '群众参与缺位：全文没有写职工群众的需求、参与或评价',
    expected: [],
    note: '写明职工群众如何参与：需求调研、“点单”服务、满意度测评、意见征集。依据：002 §2.4（群众参与度低）、000 §2.3 四（点单—派单—接单）。',
    document: true,
  });
};

/** Right before the masses when they are only served: 为群众, 帮助困难职工, 服务广大居民, 照看高龄骨折患者, a clause opened by 对 (对出院后行动不便的患者). */
const SERVED_BEFORE = /(?:为|帮助|帮|给|替|服务|服务于|方便|惠及|送到|发放到|送给|照看|照顾|看护|慰问|关爱)(?:广大|困难|辖区|全体|周边|高龄[\u4e00-\u9fff]{0,2})?$|(?:^|[，；。：,;:\n])对[^，；。：,;:\n]{0,12}$/;
/** A count of attendances right after them: 2300余人次. */
const ATTENDANCE_AFTER = /^[0-9０-９.]+(?:万)?(?:余|多)?人次/;
/** Right after them when they are only served: 农民工手中, 居民家中. */
const SERVED_AFTER = /^(?:手中|家中|身边)/;

/**
 * Whether the document gives the masses a role: a role word (需求, 满意度, 点单, 座谈…), or the masses
 * themselves (职工, 村民, 员工…) doing something (村民点课, 员工提出改进点子, 组织职工技能比武).
 * Masses who are only served (为群众兑现胜诉权益, 送到居民家中) have no role, unless their attendance is counted
 * (服务群众2300余人次).
 */
function hasRole(a: Analysis): boolean {
  const clean = a.doc.clean;
  for (let si = 0; si < a.doc.sentences.length; si++) {
    if (!a.mentions(si, 'mass')) continue;
    for (const h of a.hitsIn(si, 'mass')) {
      if (h.entry.tag !== 'who') return true;
      if (!SERVED_BEFORE.test(clean.slice(Math.max(0, h.start - 14), h.start)) && !SERVED_AFTER.test(clean.slice(h.end, h.end + 2))) return true;
      // Attendance counted (服务群众2300余人次): they came, in numbers.
      if (ATTENDANCE_AFTER.test(clean.slice(h.end, h.end + 10))) return true;
    }
  }
  return false;
}

export default { meta, plugin } satisfies Rule;

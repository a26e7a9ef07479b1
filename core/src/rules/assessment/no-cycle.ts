/**
 * assessment/no-cycle — an assessment with no period (每季度, 年度, 每年12月).
 * Source: 001 每季度晾晒比; 000 年度考核验收.
 */
import { AnchorKind } from '../../analysis/analysis.js';
import { DATE_LINE_RE } from '../../parse/markers.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { assessmentScopes } from '../shared/scopes.js';

export const meta: RuleMeta = {
  id: 'assessment/no-cycle',
  family: 'assessment',
  description: '考核无周期：没有写明多久考核一次或何时考核',
  rationale: '没有周期的考核往往只在年底突击一次，过程中的问题发现不了，也无法“晾晒比”。',
  sources: [
    { seed: '001', section: '二.4', point: '每季度“晾晒比”党员积分，激发比学赶超' },
    { seed: '000', section: '§2.2 三', point: '坚持年度考核验收机制' },
  ],
  severity: { summary: 'warning', publicity: 'off', submission: 'warning' },
  examples: {
    bad: '从五个维度对各支部品牌创建情况进行评价。',
    good: '每季度对各支部品牌创建情况打分，年底汇总评定。',
  },
  url: ruleUrl('assessment/no-cycle'),
};

/** A round per period in short: 月积分、季排名、年总评, 季考核, 年终考评, 一季一评. */
const ROUND_RE = /(?:^|[^\u4e00-\u9fff]|[、，“])(?:月|季|年|年终|年末|季末|月末)(?:积分|排名|总评|考核|考评|评比|讲评|测评|通报|评议|打分)|一(?:月|季|年|周)一(?:评|考|查|比|晒|督)/;
/** A sentence stating when the rules take effect (本细则自2025年3月1日起施行): a date, but no period. */
const IN_FORCE = /(?:起|之日)(?:施行|执行|实施|生效)/;

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  for (const scope of assessmentScopes(a, settings.profile)) {
    // The date a document was issued (a line of its own: 2025年2月) sets no period, nor does a span of time
    // (公示期为5个工作日) unless it recurs (每3个月).
    const cycle = a.hitsInRange('time', scope.cs, scope.ce, 'cycle').length > 0 || ROUND_RE.test(a.doc.clean.slice(scope.cs, scope.ce)) || scope.sentences.some((si) => a.anchorKinds(si) & AnchorKind.Time && !DATE_LINE_RE.test(a.text(si).trim()) && !IN_FORCE.test(a.text(si)) && a.anchorsIn(si, AnchorKind.Time).some((x) => !(x.kind & AnchorKind.Quantity) || a.doc.clean.slice(x.start - 2, x.start).includes('每')));
    if (cycle) continue;
    report(file, meta, a, scope.anchorCs, scope.anchorCe, {
      reason: '考核无周期：没有写明考核周期或时间（如每季度、每年12月）',
      expected: [],
      note: '写明考核周期和时间（如每季度打分、每年12月年度验收）。依据：001（每季度晾晒比）、000 §2.2 三（年度考核验收）。',
      document: true,
    });
  }
};

export default { meta, plugin } satisfies Rule;

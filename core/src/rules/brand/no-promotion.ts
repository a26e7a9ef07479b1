/**
 * brand/no-promotion — no channel or plan to promote the brand (宣传, 推广,
 * 公众号, 短视频 …), in a brand plan or in a summary of a brand's creation
 * (a year's work report owes none). Source: 000 §1.4; 002 §3.4.
 */
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { documentAnchor, documentHan, documentMentions } from '../shared/place.js';

export const meta: RuleMeta = {
  id: 'brand/no-promotion',
  family: 'brand',
  description: '缺少宣传推广：没有品牌宣传推广的渠道和安排',
  rationale: '好品牌也怕“巷子深”。方案里没有宣传推广的安排，品牌的影响力和示范作用就无从谈起。',
  sources: [
    { seed: '000', section: '§1.4', point: '推广力度不够，“酒香也怕巷子深”' },
    { seed: '002', section: '§3.4', point: '构建全方位、多层次的宣传矩阵，扩大品牌影响力' },
  ],
  severity: { summary: 'info', publicity: 'off', submission: 'warning' },
  profiles: ['plan', 'summary'],
  document: true,
  examples: {
    bad: '每月组织“第一议题”学习，完成4项政策研究课题。（全文无宣传推广）',
    good: '由宣传委员负责，每月在公司公众号发布1篇品牌实践报道。',
  },
  url: ruleUrl('brand/no-promotion'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  // A summary owes a promotion plan when it reports on a brand (××品牌创建工作总结), not as a year's work report.
  if (settings.profile === 'summary' && !(a.doc.title >= 0 && a.doc.headings[a.doc.title].text.includes('品牌'))) return;
  if (documentHan(a) < 30 || documentMentions(a, 'promotion')) return;
  const [cs, ce] = documentAnchor(a);
  report(file, meta, a, cs, ce, {
    reason: '缺少宣传推广：全文没有品牌宣传推广的渠道和安排',
    expected: [],
    note: '写明宣传推广的渠道（公众号、短视频、宣传栏）、频次和责任人。依据：000 §1.4（推广力度不够）、002 §3.4（强化宣传与赋能）。',
    document: true,
  });
};

export default { meta, plugin } satisfies Rule;

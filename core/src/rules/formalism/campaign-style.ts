/**
 * formalism/campaign-style — one-off campaigns (集中开展, 专项活动, 启动仪式,
 * 宣传月) in a document that sets up no lasting mechanism (长效, 常态化,
 * 制度, 清单, 每季度 …). Source: 002 §2.3 "一阵风"; §3.3 长效机制.
 */
import { SentenceKind } from '../../parse/document.js';
import { isCritique } from '../../analysis/outline.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { spans } from '../shared/concrete.js';

export const meta: RuleMeta = {
  id: 'formalism/campaign-style',
  family: 'formalism',
  description: '“一阵风”：只有集中式、一次性活动，全文没有建立任何长效机制',
  rationale: '集中开展一次活动能造出声势，但热情过后难以为继。文稿里看不到常态化、制度化的安排，品牌就会“一阵风”。',
  sources: [
    { seed: '002', section: '§2.3', point: '品牌建设陷入“一阵风”，无法转化为常态化、制度化的工作机制' },
    { seed: '002', section: '§3.3', point: '健全长效机制，保障品牌持续发展' },
  ],
  severity: { summary: 'warning', publicity: 'info', submission: 'warning' },
  examples: {
    bad: '支部于5月集中开展“品牌宣传月”专项活动，举行启动仪式。',
    good: '活动结束后，由组织委员负责将12项做法纳入支部常态化工作清单，每季度检查一次。',
  },
  url: ruleUrl('formalism/campaign-style'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const { sentences } = a.doc;
  for (let si = 0; si < sentences.length; si++) if (a.mentions(si, 'mechanism')) return;
  for (let si = 0; si < sentences.length; si++) {
    // Headings name the parts of a plan; the document's own title (××党委开展党建品牌宣传月活动) names the campaign.
    const title = a.doc.title >= 0 && a.doc.headings[a.doc.title].sentence === si;
    if ((sentences[si].kind === SentenceKind.Heading && !title) || !a.mentions(si, 'campaign') || isCritique(a, si)) continue;
    const found = spans(a.hitsIn(si, 'campaign'));
    const items = found.map(([x, y]) => a.doc.clean.slice(x, y));
    report(file, meta, a, found[0][0], found[found.length - 1][1], {
      reason: `“一阵风”：${items.map((x) => `「${x}」`).join('')}是一次性活动，全文没有常态化、制度化的后续安排`,
      expected: [],
      note: '写明活动之后如何持续：纳入工作清单、建立制度、明确每季度或每月的检查安排。依据：002 §2.3（“一阵风”）、§3.3（健全长效机制）。',
    });
  }
};

export default { meta, plugin } satisfies Rule;

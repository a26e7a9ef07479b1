/**
 * formalism/empty-slogan — a sentence made of stock action phrases
 * (高度重视, 切实加强, 不断提升 …) with no concrete anchor.
 * Source: 000 §1.1 活动内容空洞; 002 §2.3 重形式轻实效.
 */
import { z } from 'zod';
import { SentenceKind } from '../../parse/document.js';
import { isCritique } from '../../analysis/outline.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { hanIn, hasConcreteAnchor, spans } from '../shared/concrete.js';
import { ITEM_RE, itemHead } from '../shared/measures.js';
import { sloganRuns } from './slogan-stacking.js';

const options = z
  .object({
    /** Stock phrases that make a sentence empty even when they are a small part of it. */
    minPhrases: z.number().int().min(1).max(10).default(2),
    /** Share of the sentence's Han characters taken by stock phrases that makes one phrase enough. */
    minShare: z.number().min(0).max(1).default(0.35),
  })
  .strict();

/** Longest underline, in UTF-16 units, before only the first phrase is underlined. */
const MAX_SPAN = 40;

export const meta: RuleMeta = {
  id: 'formalism/empty-slogan',
  family: 'formalism',
  description: '空话套话：句子只有表态性的动作短语，没有数量、时间、责任人或载体',
  rationale: '“高度重视”“切实加强”一类表态谁都会写，读者无法从中知道做了什么、要做什么。形式主义首先表现为文稿里的空话。',
  sources: [
    { seed: '000', section: '§1.1', point: '品牌创建存在形式主义倾向，活动内容空洞、缺乏实际意义' },
    { seed: '002', section: '§2.3', point: '重形式轻实效，难以体现党建工作的本质和价值' },
  ],
  severity: { summary: 'warning', publicity: 'warning', submission: 'warning' },
  examples: {
    bad: '我们要高度重视品牌创建工作，切实加强组织领导，不断提升工作水平。',
    good: '支部高度重视安全生产，2025年第一季度组织隐患排查12次，整改隐患37项。',
  },
  options,
  url: ruleUrl('formalism/empty-slogan'),
};

/** Longest underline, in UTF-16 units, when the densest window reaches back to the phrases before it. */
const MAX_REACH = 60;

/**
 * The clean range to underline among `found` (sorted spans): all of them when they lie within MAX_SPAN
 * UTF-16 units, else the window of at most MAX_SPAN holding the most of them (the first such window).
 */
function densest(found: Array<[number, number]>): [number, number] {
  let best: [number, number] = [found[0][0], found[0][1]];
  let bestCount = 0;
  for (let i = 0, j = 0; i < found.length; i++) {
    if (j < i) j = i;
    while (j + 1 < found.length && found[j + 1][1] - found[i][0] <= MAX_SPAN) j++;
    if (j - i + 1 > bestCount) {
      bestCount = j - i + 1;
      best = [found[i][0], found[j][1]];
    }
  }
  return best;
}

/** The period a report's sentence opens with: 上半年，, 2024年，, 今年以来，, 一年来，. */
const PERIOD_LEAD_RE = /^(?:今年|去年|上半年|下半年|全年|近年来|今年以来|[0-9]{4}年(?:以来|上半年|下半年)?|[一二三两]年来)[，,]/;

export const plugin: Rule['plugin'] = (raw) => {
  const opts = options.parse(raw ?? {});
  return (_tree, file) => {
    const { analysis: a } = dataOf(file);
    const { sentences } = a.doc;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      // A run-in title (一是全面提升服务水平。) names the task its paragraph goes on to state, like a heading.
      if (s.kind !== SentenceKind.Body || !(a.mentions(si, 'stock-phrase') || a.mentions(si, 'slogan')) || isCritique(a, si)) continue;
      // Four-character slogans count as stock phrases; three or more of them are slogan stacking's to report.
      const slogans = a.hitsIn(si, 'slogan', undefined, s.bodyCs, s.ce);
      const stock = a.hitsIn(si, 'stock-phrase', undefined, s.bodyCs, s.ce);
      // A run of three known slogans or more is slogan-stacking's; the phrases around it (…勇毅前行，切实加强…，
      // 大力推进…) are judged here, and so are slogans apart (研究工作求真务实，推进工作真抓实干，总结工作注重实效).
      const runs = slogans.length >= 3 ? sloganRuns(a.doc.clean, spans(slogans)) : [];
      const inRun = (h: { start: number; end: number }) => runs.some((r) => h.start < r[r.length - 1][1] && h.end > r[0][0]);
      const found = runs.length ? spans([...stock, ...slogans].filter((h) => !inRun(h))) : spans([...stock, ...slogans]);
      if (runs.length && found.length < opts.minPhrases) continue;
      if (!found.length) continue;
      // A list introduced by a colon (下一步，党委将着力做好以下工作：一是切实加强…) is judged on its items.
      let colon = found[0][0] - 1;
      while (colon >= s.bodyCs && a.doc.clean.charCodeAt(colon) !== 0xff1a /* ： */) colon--;
      let from = colon >= s.bodyCs ? colon + 1 : s.bodyCs;
      from += ITEM_RE.exec(itemHead(a.doc.clean, from))?.[0].length ?? 0;
      const han = hanIn(a, from, s.ce);
      const stockHan = found.reduce((n, [x, y]) => n + hanIn(a, x, y), 0);
      if (found.length < opts.minPhrases && stockHan / Math.max(1, han) < opts.minShare) continue;
      // (The writer’s own branch as the subject, 船体车间党支部将大力推进…, makes nothing checkable; nor does the
      // period a report opens with, 上半年，支部切实加强….)
      const period = PERIOD_LEAD_RE.exec(a.doc.clean.slice(s.bodyCs, s.bodyCs + 10))?.[0].length ?? 0;
      if (hasConcreteAnchor(a, si, s.bodyCs + period, s.ce, { branches: false })) continue;
      const phrases = found.map(([x, y]) => `「${a.doc.clean.slice(x, y)}」`).join('');
      // Underline the stock phrases; when they are far apart, the densest run of them within MAX_SPAN.
      let [start, end] = densest(found);
      // (…reaching back to the phrases just before it, so that the first of a sentence's run is underlined too.)
      for (let k = found.findIndex(([x]) => x === start) - 1; k >= 0 && end - found[k][0] <= MAX_REACH; k--) start = found[k][0];
      report(file, meta, a, start, end, {
        reason: `空话套话：${phrases}只是表态，句中没有数量、时间、责任人或载体等具体内容`,
        note: '写清楚做什么、谁来做、何时完成、做到多少；只有表态的句子可以删去或改写。依据：000 §1.1（活动内容空洞）、002 §2.3（重形式轻实效）。',
      });
    }
  };
};

export default { meta, plugin } satisfies Rule;

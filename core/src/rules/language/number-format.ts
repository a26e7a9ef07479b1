/**
 * language/number-format — numbers written against GB/T 15835-2011
 * 《出版物上数字用法》: full-width digits, 顿号 between adjacent numbers of an
 * estimate (三、四个 → 三四个), a percentage range with one % (10-20% →
 * 10%～20%), and counts written in Chinese numerals in a text that writes
 * its counts in Arabic (组建3支…完成五项 → 5项).
 */
import { AnchorKind } from '../../analysis/analysis.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';

const FULLWIDTH_DIGITS = /[０-９]+(?:[．.][０-９]+)?/g;
const ESTIMATE = /([一二三四五六七八九])、([一二三四五六七八九十])(?=[个天年月次名人项条种所家批])/g;
const PERCENT_RANGE = /(\d+(?:\.\d+)?)\s*[-~～—–至]\s*(\d+(?:\.\d+)?)\s*[%％]$/;
/** Measure words of counts (项、次、名…), where statistics call for Arabic numerals. */
const COUNT_UNIT_CODES = new Set([...'项次个名人篇场支家件条份批所处户台套元吨'].map((c) => c.charCodeAt(0)));
const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese numeral below 10 000 (十二 → 12, 一百零五 → 105), or undefined. */
export function chineseNumber(s: string): number | undefined {
  if (!s || /[万亿]/.test(s)) return undefined;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      if (digit >= 0 && digit !== 0) return undefined; // 三四: an estimate, not one number
      digit = CN_DIGIT[ch];
    } else if (ch in CN_UNIT) {
      total += (digit < 0 ? 1 : digit) * CN_UNIT[ch];
      digit = -1;
    } else return undefined;
  }
  return total + (digit > 0 ? digit : 0);
}

export const meta: RuleMeta = {
  id: 'language/number-format',
  family: 'language',
  description: '数字用法不规范：全角数字、概数加顿号、百分数范围漏写%、同类数量中文与阿拉伯数字混用',
  rationale: '统计数字用阿拉伯数字、全文统一，是公文和新闻稿的基本要求；混用会让数据显得随意。',
  sources: [{ seed: '000', section: '全文', point: '论文对统计数字统一使用阿拉伯数字（如 2025 年、430000）' }],
  severity: { summary: 'info', publicity: 'warning', submission: 'info' },
  examples: { bad: '全年组建3支突击队，完成五项攻坚任务，合格率提升10-20%。', good: '全年组建3支突击队，完成5项攻坚任务，合格率提升10%～20%。' },
  url: ruleUrl('language/number-format'),
};

const NOTE = '依据：GB/T 15835-2011《出版物上数字用法》——统计和计量数字用阿拉伯数字，同一文稿体例统一；相邻数字连用表示概数时中间不用顿号；数值范围的百分号不能省略。';

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const clean = a.doc.clean;
  if (/[０-９]/.test(clean)) {
    FULLWIDTH_DIGITS.lastIndex = 0;
    for (let m; (m = FULLWIDTH_DIGITS.exec(clean)); ) {
      const half = m[0].replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `全角数字：「${m[0]}」应写作半角「${half}」`, expected: [half], note: NOTE });
    }
  }
  if (clean.includes('、')) {
    ESTIMATE.lastIndex = 0;
    for (let m; (m = ESTIMATE.exec(clean)); ) {
      report(file, meta, a, m.index, m.index + 3, { reason: `概数不用顿号：「${m[0]}」应写作「${m[1]}${m[2]}」`, expected: [`${m[1]}${m[2]}`], note: NOTE });
    }
  }
  // From each % sign, look back a few characters for a range written with one %.
  const PERCENT = /[%％]/g;
  for (let pm; (pm = PERCENT.exec(clean)); ) {
    const i = pm.index;
    const from = Math.max(0, i - 24);
    const m = PERCENT_RANGE.exec(clean.slice(from, i + 1));
    if (!m) continue;
    const start = from + m.index;
    if (/[0-9.]/.test(clean[start - 1] ?? '')) continue;
    report(file, meta, a, start, i + 1, { reason: `百分数范围漏写%：「${m[0]}」`, expected: [`${m[1]}%～${m[2]}%`], note: NOTE });
  }
  // Counts of one kind (same measure word) written both ways: 组建3支突击队 … 完成五项任务 / 完成12项任务.
  const arabicUnits = new Map<string, number>();
  const chinese: Array<{ start: number; end: number; value: number; unit: string; si: number }> = [];
  // One walk over the quantity anchors (sorted by start), tracking the sentence each lies in.
  const { sentences } = a.doc;
  const { start: aStart, end: aEnd, kind: aKind, length: nAnchors } = a.anchors;
  let si = 0;
  for (let k = 0; k < nAnchors; k++) {
    const kind = aKind[k];
    if (!(kind & AnchorKind.Quantity) || kind & AnchorKind.Time) continue;
    const x0 = aStart[k];
    const x1 = aEnd[k];
    while (si < sentences.length && sentences[si].ce <= x0) si++;
    if (si >= sentences.length || sentences[si].cs > x0) continue;
    if (!COUNT_UNIT_CODES.has(clean.charCodeAt(x1 - 1))) continue;
    const c0 = clean.charCodeAt(x0);
    const unit = clean[x1 - 1];
    if (c0 >= 48 && c0 <= 57) {
      arabicUnits.set(unit, (arabicUnits.get(unit) ?? 0) + 1);
      continue;
    }
    const tok = clean.slice(x0, x1);
    const num = /^[零〇一二两三四五六七八九十百千]+/.exec(tok);
    if (!num || num[0].length + 1 !== tok.length || /[届第]/.test(clean[x0 - 1] ?? '') || /^(?:全会|会议|代表大会)/.test(clean.slice(x1, x1 + 4))) continue;
    const value = chineseNumber(num[0]);
    if (value !== undefined && value >= 3) chinese.push({ start: x0, end: x0 + num[0].length, value, unit, si });
  }
  // Structural counts (三个方面, 四个党小组) are fine in Chinese numerals: only a count above ten, or one
  // beside an Arabic count of the same kind in the same sentence, is a statistic written two ways.
  const sameSentence = (c: { si: number; unit: string }) =>
    a.anchorsIn(c.si, AnchorKind.Quantity).some((x) => /^[0-9]/.test(clean.slice(x.start, x.end)) && clean[x.end - 1] === c.unit);
  for (const c of chinese) {
    if (!arabicUnits.get(c.unit) || !(c.value > 10 || sameSentence(c))) continue;
    report(file, meta, a, c.start, c.end, {
      reason: `数字体例不一致：同类数量别处用阿拉伯数字，此处「${clean.slice(c.start, c.end)}${c.unit}」宜写作「${c.value}${c.unit}」`,
      expected: [String(c.value)],
      note: NOTE,
    });
  }
};

export default { meta, plugin } satisfies Rule;

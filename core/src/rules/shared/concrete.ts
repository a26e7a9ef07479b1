/**
 * Concrete anchors (具体要素, rules.md "Shared notions"): a number with a
 * unit, a time node, a named actor, a named carrier or a 《…》 document.
 * Generic references (我们, 党员, 各单位) are not anchors.
 */
import { AnchorKind, type Analysis } from '../../analysis/analysis.js';

/** A named branch or unit: 第二党支部, 运输车间党支部. */
export const NAMED_BRANCH = /(?:第[一二三四五六七八九十\d]{1,3}|[\u4e00-\u9fff]{2,6}(?:车间|班组|科室|中心|公司|分厂|工区|项目部|机关|学院|大队|中队))党(?:支部|总支|小组)/;

/** Whether `text` names a branch or unit ({@link NAMED_BRANCH}); the regular expression runs only where 党 occurs. */
export function namesBranch(text: string): boolean {
  return text.includes('党') && NAMED_BRANCH.test(text);
}

/** What counts as concrete beyond quantities, carriers and named owners (both default to true). */
export interface AnchorOptions {
  /** A named branch or unit (第二党支部, 锻压分厂党支部): it says who acts, not how. */
  branches?: boolean;
  /** A date or period (2024年, 今年以来): it says when, not how; cycles (每月) always count. */
  dates?: boolean;
}

/**
 * Whether the clean range [from, to) of sentence `si` holds a concrete anchor
 * (rules.md "Shared notions"). `how` leaves out named branches or dates where
 * a rule asks how something is done (formalism/party-plus-splicing).
 */
export function hasConcreteAnchor(a: Analysis, si: number, from = -1, to = Infinity, how: AnchorOptions = {}): boolean {
  const { branches = true, dates = true } = how;
  const clean = a.doc.clean;
  // A time that opens a span looking back (今年以来, 2024年以来) frames the sentence; it anchors nothing.
  if (a.anchorKinds(si, from, to, AnchorKind.Quantity | AnchorKind.Title, dates ? 0 : AnchorKind.Time)) {
    // (Not a count inside a stock phrase: 努力做一名合格党员; nor a batch of no size: 打造一批精品力作.)
    const phrases = a.mentions(si, 'stock-phrase') ? a.hitsIn(si, 'stock-phrase', undefined, from, to) : NO_PHRASES;
    if (a.anchorsIn(si, AnchorKind.Quantity | AnchorKind.Title).some((x) => x.start >= from && x.end <= to && (dates || !(x.kind & AnchorKind.Time)) && !phrases.some((h) => x.start >= h.start && x.end <= h.end) && !UNSIZED_BATCH_RE.test(clean.slice(x.start, x.end)))) return true;
  }
  if (dates && a.anchorKinds(si, from, to, AnchorKind.Time) && a.anchorsIn(si, AnchorKind.Time).some((x) => x.start >= from && x.end <= to && !looksBack(clean, x.end))) return true;
  if (a.has(si, 'actor', 'specific', from, to) || a.has(si, 'carrier', undefined, from, to)) return true;
  // (…nor does a year's whole scope, 确保全年各项任务落地见效, 完成全年目标任务.)
  if ((dates && a.someHit(si, 'time', 'node', from, to, (_s, end) => !looksBack(clean, end) && !PERIOD_SCOPE_AFTER_RE.test(clean.slice(end, end + 3)))) || a.has(si, 'time', 'cycle', from, to)) return true;
  const s = a.doc.sentences[si];
  const text = clean.slice(Math.max(s.cs, from), Math.min(s.ce, to));
  return (branches && namesBranch(text)) || /由(?![于此])[\u4e00-\u9fff]{2,4}(?:同志)?(?:负责|牵头)/.test(text);
}

/** No stock phrases. */
const NO_PHRASES: readonly { start: number; end: number }[] = [];
/** A batch of no size: 一批, 一大批 (打造一批精品力作 counts nothing). */
export const UNSIZED_BATCH_RE = /^一大?批$/;

/** What follows a time that names a whole period's scope rather than a time: 全年各项任务, 全年目标任务. */
const PERIOD_SCOPE_AFTER_RE = /^(?:的?各项|目标任务)/;

/** Whether the time ending at clean offset `end` opens a span looking back (今年以来, 两年来): it sets no time to come. */
export function looksBack(clean: string, end: number): boolean {
  const c = clean.charCodeAt(end);
  return c === 0x6765 /* 来 */ || (c === 0x4ee5 /* 以 */ && clean.charCodeAt(end + 1) === 0x6765);
}
/** What follows a span of time that frames a claim rather than measuring it: 一个月下来, 三个月来, 半年里. */
const FRAMING_SPAN = /^(?:以?来|下来|里|中|间|过去)/;
/**
 * Whether an anchor's text is a count of one (一支, 一名, 一份, a metaphor's 一张名片): how a text introduces
 * something, no figure and no evidence. 一万, 一千 are numbers, not counts of one.
 */
export function isCountOfOne(text: string): boolean {
  return COUNT_OF_ONE.test(text);
}
const COUNT_OF_ONE = /^一[^\d.万亿千百十]?$/;

/**
 * Whether sentence `si` holds something that can support a claim: a quantity,
 * a bare figure, a 《document》, a comparison or a case. A span of time that
 * frames the claim (一个月下来，学风明显好转) measures nothing and is no evidence;
 * one that measures a result (办结时限压缩至3个工作日) is. Neither is the 一 of a
 * metaphor or a count of one (成为一张亮丽名片, 交出一份成绩单).
 */
export function hasEvidence(a: Analysis, si: number): boolean {
  const k = a.anchorKinds(si);
  if (k & (AnchorKind.Figure | AnchorKind.Title)) return true;
  if (k & AnchorKind.Quantity) {
    const clean = a.doc.clean;
    for (const x of a.anchorsIn(si, AnchorKind.Quantity)) {
      if (x.kind & AnchorKind.Time ? !FRAMING_SPAN.test(clean.slice(x.end, x.end + 2)) : !isCountOfOne(clean.slice(x.start, x.end))) return true;
    }
  }
  return a.has(si, 'evidence');
}

/** Merges overlapping hits and returns [start, end) spans in order. */
export function spans(hits: Array<{ start: number; end: number }>): Array<[number, number]> {
  const sorted = [...hits].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Array<[number, number]> = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last[1]) last[1] = Math.max(last[1], h.end);
    else out.push([h.start, h.end]);
  }
  return out;
}

/** Han characters (CJK Unified Ideographs) in clean[from, to), UTF-16 offsets; counting stops at `atLeast` (for a threshold test). */
export function hanIn(a: Analysis, from: number, to: number, atLeast = Infinity): number {
  let n = 0;
  const t = a.doc.clean;
  for (let i = from; i < to && n < atLeast; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

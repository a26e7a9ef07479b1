/**
 * Numeric and bracketed anchors found by regular expressions in one pass
 * over the clean text: quantities (3项, 98.5%, 18万元), time nodes (2025年,
 * 3月底, 第三季度), ordinals (第二党支部), bare figures, and 《…》 titles.
 *
 * Numbers inside a short quotation (“五个一”) or a stock numbered formula
 * (三会一课, found by the `formula` lexicon) are carriers, not quantities.
 */
import { SpanBuffer, type Spans } from '../match/columns.js';
import { isHan } from '../text/chars.js';

/** Anchor kinds, as bit flags. */
export const enum AnchorKind {
  /** A number with a measure word or unit, or a percentage. */
  Quantity = 1,
  /** A date, month, quarter or year. */
  Time = 2,
  /** 第N…: an ordinal (part of a name, not a quantity). */
  Ordinal = 4,
  /** A bare Arabic figure (counts as evidence, not as a target). */
  Figure = 8,
  /** A document title in 《…》. */
  Title = 16,
}

/** Anchors, sorted by start: clean-text ranges, each with its {@link AnchorKind} bits as `value`. */
export type Anchors = Spans;

const QUOTE_RE = /“[^“”\n]{1,16}”|「[^「」\n]{1,16}」|"[^"\n]{1,16}"|‘[^‘’\n]{1,16}’/g;

/** Character kinds for the number scanner: 1 digit, 2 Chinese numeral, 3 《. */
const KIND = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) KIND[c] = 1;
for (let c = 0xff10; c <= 0xff19; c++) KIND[c] = 1;
for (const ch of '零〇一二两三四五六七八九十百千万亿') KIND[ch.charCodeAt(0)] = 2;
KIND[0x300a] = 3;

/** Chinese numerals of a year written digit by digit (二〇二四). */
const CN_DIGIT = new Set([...'〇零一二三四五六七八九']);
/** Units a number names rather than counts after what they do: 执勤二队, 三中队, 机务三车间. */
const NAMED_UNIT = /^(?:队|中队|大队|分队|支队|车间|工区|分厂)/;
/** Characters before a count of units (组建三队, 分成两队, 共五队, 有三个车间): not a name. */
const COUNT_BEFORE = new Set([...'建成设组派有共分为了各每这那近约达增扩新再又']);
/** Measure words and units that make a number a quantity. */
const MEASURE = new Set([...'项次个名人篇场期支家台套件条份本批所处座户元吨米分倍类门节课堂组队部辆列道间张幅首册轮遍例位种层级块亩株棵页集段笔单宗起栋幢艘架枚盏根颗箱袋桶瓶斤克升跨孔具副车万亿千百%％‰对出折款只']);
const NOT_AFTER_ONE = new Set([...'起道同般样切向律举体流线致心味直定些旦时再边方']);
const FILLER = new Set([...'余多几来左']);
/** What ranks a task after 一项 (作为一项重要政治任务, 是一项长期工作): its weight, not a count. */
const RANKED_TASK_RE = /^(?:重要|重大|长期|系统|基础性|经常性|政治|光荣|艰巨)/;

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** What follows an item number at the start of a line: 1. 1． 1、 */
const ITEM_AFTER = new Set(['.', '．', '、']);

/**
 * Finds anchors in `clean`. `masked(start, end)` tells whether a range lies in
 * a stock formula (those numbers are skipped).
 */
export function findAnchors(clean: string, masked: (start: number, end: number) => boolean): Anchors {
  // (About one anchor per thirty characters of Party prose: sized so a long document rarely regrows.)
  const out = new SpanBuffer(Math.max(128, clean.length >> 5));
  findAnchorsInto(clean, masked, 0, clean.length, out);
  return out;
}

/**
 * {@link findAnchors} over `clean[from, to)`, appending to `out`. A range
 * that ends at a paragraph break gives the anchors a whole-text scan finds
 * there: no anchor reaches across a line break.
 */
export function findAnchorsInto(clean: string, masked: (start: number, end: number) => boolean, from: number, to: number, out: SpanBuffer): void {
  // Short quotations: numbers inside are names of carriers or slogans.
  const quotes: number[] = [];
  const span = from === 0 && to === clean.length ? clean : clean.slice(from, to);
  if (span.includes('“') || span.includes('「') || span.includes('"') || span.includes('‘')) {
    QUOTE_RE.lastIndex = from;
    for (let m; (m = QUOTE_RE.exec(clean)) && m.index < to; ) quotes.push(m.index, m.index + m[0].length);
  }
  let qi = 0;
  const push = (s: number, e: number, k: number) => out.push(s, e, k);
  const n0 = to;
  for (let i = from; i < n0; i++) {
    const kind0 = KIND[clean.charCodeAt(i)];
    if (kind0 === 0) continue;
    const s = i;
    let e = i + 1;
    if (kind0 === 3) {
      // 《title》: up to 60 characters on one line, no nested 《.
      let j = e;
      while (j < n0 && j - s <= 61) {
        const c = clean.charCodeAt(j);
        if (c === 0x300b || c === 0x300a || c === 10) break;
        j++;
      }
      if (j < n0 && clean.charCodeAt(j) === 0x300b && j > e) {
        push(s, j + 1, AnchorKind.Title);
        i = j;
      }
      continue;
    }
    if (kind0 === 1) {
      while (e < n0 && KIND[clean.charCodeAt(e)] === 1) e++;
      const dot = clean.charCodeAt(e);
      if ((dot === 46 || dot === 0xff0e) && KIND[clean.charCodeAt(e + 1)] === 1) {
        e += 2;
        while (e < n0 && KIND[clean.charCodeAt(e)] === 1) e++;
      }
    } else while (e < n0 && KIND[clean.charCodeAt(e)] === 2) e++;
    i = e - 1;
    const tok = clean.slice(s, e);
    while (qi < quotes.length && quotes[qi + 1] <= s) qi += 2;
    if (qi < quotes.length && quotes[qi] < s && quotes[qi + 1] > s) continue;
    const arabic = isDigitCode(tok.charCodeAt(0));
    if (!arabic && masked(s, e)) continue;
    const prev = clean.charCodeAt(s - 1);
    const n1 = clean[e] ?? '';
    const n2 = clean[e + 1] ?? '';
    // A list item's number at the start of a line (1. 2、 （3）) counts nothing.
    if (arabic && e - s <= 2 && (s === 0 || prev === 10 ? ITEM_AFTER.has(n1) : (prev === 0xff08 || prev === 40) && (s === 1 || clean.charCodeAt(s - 2) === 10) && (n1 === '）' || n1 === ')'))) continue;
    if (prev === 0x7b2c /* 第 */) {
      push(s - 1, e + (n1 === '季' && n2 === '度' ? 2 : 0), n1 === '季' && n2 === '度' ? AnchorKind.Time : AnchorKind.Ordinal);
      continue;
    }
    if (!arabic) {
      // 十分 before a word is the adverb "very" (十分明显, 十分及时), not ten points; 十分钟 is a span.
      if (tok === '十' && n1 === '分' && n2 !== '钟' && isHan(clean.charCodeAt(e + 1))) continue;
      // A lone 一/两/十… is a quantity only with a measure word right after it; 每一位 means every one.
      if (tok === '一' && (NOT_AFTER_ONE.has(n1) || prev === 0x6bcf /* 每 */)) continue;
      // 走出（了）一条…新路子, 闯出一条路: a path found, a figure of speech.
      if (tok === '一' && n1 === '条' && (clean[s - 1] === '出' || (clean[s - 1] === '了' && clean[s - 2] === '出'))) continue;
      // 作为一项重要政治任务, 是一项长期工作: a task's rank, not a count of tasks.
      if (tok === '一' && n1 === '项' && RANKED_TASK_RE.test(clean.slice(e + 1, e + 5))) continue;
      if (tok.length === 1 && '万亿千百'.includes(tok)) continue;
    }
    if (n1 === '年') {
      // 九年级, 3年级: a school grade, a name (组织九年级12个班…), no time node.
      if (n2 === '级') {
        push(s, e + 2, AnchorKind.Ordinal);
        continue;
      }
      // 新的一年, 一年来, 一年一度 are no time node; 一年内, 用一年时间 are.
      if (tok === '一' && !(n2 === '内' || n2 === '后' || (n2 === '时' && clean[e + 2] === '间'))) continue;
      push(s, e + 1, AnchorKind.Time);
      continue;
    }
    if (n1 === '月' && (arabic ? Number(tok) <= 12 : tok.length <= 2)) {
      push(s, e + 1, AnchorKind.Time);
      continue;
    }
    if ((n1 === '日' || n1 === '号') && clean[s - 1] === '月') {
      push(s, e + 1, AnchorKind.Time);
      continue;
    }
    if (n1 === '季' && n2 === '度') {
      push(s, e + 2, AnchorKind.Time);
      continue;
    }
    // 3个月, 5个工作日 (not 3个工区, a count of places).
    if (n1 === '个' && (n2 === '月' || (n2 === '工' && clean[e + 2] === '作'))) {
      push(s, e + 2, AnchorKind.Time | AnchorKind.Quantity);
      continue;
    }
    // 2025学年: a school year, a time node.
    if (n1 === '学' && n2 === '年' && arabic && e - s === 4) {
      push(s, e + 2, AnchorKind.Time);
      continue;
    }
    // 40学时, 16课时: hours of study.
    if ((n1 === '学' || n1 === '课') && n2 === '时') {
      push(s, e + 2, AnchorKind.Quantity);
      continue;
    }
    // 3天内, 2周前, 15日内 (a span of days: 15日 after no month).
    if ((n1 === '天' || n1 === '周' || (n1 === '日' && clean[s - 1] !== '月')) && (clean[e + 1] === '内' || clean[e + 1] === '前')) {
      push(s, e + 2, AnchorKind.Time | AnchorKind.Quantity);
      continue;
    }
    // A unit named by its number after what it does (执勤二队, 机务三车间): a name, not a count (组建三队 is one).
    if (!arabic && e - s === 1 && NAMED_UNIT.test(clean.slice(e, e + 2)) && isHan(prev) && isHan(clean.charCodeAt(s - 2)) && !COUNT_BEFORE.has(clean[s - 1])) {
      push(s, e + 1, AnchorKind.Ordinal);
      continue;
    }
    let u = e;
    while (FILLER.has(clean[u] ?? '') && u < e + 1) u++;
    if (MEASURE.has(clean[u] ?? '') || (clean[u] === '个' && clean[u + 1] === '百' && clean[u + 2] === '分')) {
      push(s, u + 1, AnchorKind.Quantity);
      continue;
    }
    if (arabic && (n1 === '面' || n1 === '小' || n1 === '天' || n1 === '周' || n1 === '公' || n1 === '平' || n1 === '千' || n1 === '万')) {
      push(s, e + 1, AnchorKind.Quantity);
      continue;
    }
    // A digit typed inside a year in Chinese numerals (二0二四年) is part of that year, no figure.
    if (arabic && !(CN_DIGIT.has(clean[s - 1] ?? '') && (CN_DIGIT.has(n1) || n1 === '年'))) push(s, e, AnchorKind.Figure);
  }
}

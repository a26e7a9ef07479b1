/**
 * Chinese prose → {@link Doc}: joins hard-wrapped lines, drops page furniture,
 * splits paragraphs into sentences and indexes headings and sections.
 *
 * Hard wraps: PDF-extracted text (as in the seed papers) breaks lines at a
 * fixed width mid-sentence, often with a blank line between every line. A
 * line is joined to the next when the document shows a dominant line width,
 * the line is about that wide, and it does not end a sentence.
 */
import { codeSet, hanCount, isAlnum, isClosing, isDigit, isHan, isSpace, isTerminal } from '../text/chars.js';
import type { Doc, Heading, Item, Paragraph, Sentence } from './document.js';
import { SentenceKind, SourceMap } from './document.js';
import { DATE_LINE_RE, FIELD_LABEL, markerAt, markupRank, matchMarker } from './markers.js';
import { readSource, type Format, type SourceLine } from './source.js';
import { doubled } from '../match/columns.js';

/** {@link LINE_KIND} bits: full width (CJK, and the dashes and quotes ‐–—‘’“”), Han, a CJK Unified Ideograph, a Latin letter. */
const WIDE = 1;
const LINE_HAN = 2;
const LINE_UR = 4;
const LINE_LATIN = 8;
/** What the parser counts of each UTF-16 code unit when it measures a line (see {@link WIDE}). */
const LINE_KIND = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  let f = 0;
  if (c >= 0x2e80 || (c >= 0x2010 && c <= 0x2027)) {
    f |= WIDE;
    if (isHan(c)) f |= LINE_HAN | (c >= 0x4e00 && c <= 0x9fff ? LINE_UR : 0);
  } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) f |= LINE_LATIN;
  LINE_KIND[c] = f;
}

type HeadingInit = Pick<Heading, 'kind' | 'marker' | 'rank' | 'cs' | 'ce' | 'text'>;

/** Longest heading title, in Han characters, for a marker line without sentence punctuation. */
const MAX_LINE_HEADING = 40;
/** Longest run-in title (`（一）完善工作清单。`), in Han characters. */
const MAX_RUNIN_TITLE = 30;
/** Longest unmarked short line taken as a heading, in Han characters. */
const MAX_PLAIN_HEADING = 30;

const URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;
const PAGE_RE = /^[\s\d\-–—.·|/（）()第页共，,]{1,12}$/;
const SPEECH_LABEL_RE = /(指出|表示|说|强调|介绍|认为|写道|提出|要求|代表|同志|分享道|感慨道|谈到|问|答)$/;

/** True for lines that are not prose: URLs, page numbers, lines of Latin text in a Chinese document (`latin`, `han`: letter counts of the line). */
function isFurniture(text: string, latin: number, han: number): boolean {
  const c0 = text.charCodeAt(0);
  if ((c0 === 104 || c0 === 119 || c0 === 72 || c0 === 87) && URL_RE.test(text)) return true; // h… w…
  if (text.length <= 12 && PAGE_RE.test(text)) return true;
  return latin >= 12 && latin >= 3 * han;
}

function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isClosing(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return isTerminal(c) || c === 0x3002 || c === 0xff1a /* ： */ || c === 58 || c === 0x2026;
}

/** Widest numbered line, in display columns, still read as a heading line rather than prose when finding a wrap width. */
const MAX_NUMBERED_HEADING = 30;
/** Narrowest line, in display columns (a Han character is one), that counts towards a wrap width. */
const MIN_WRAP_WIDTH = 14;

/**
 * The dominant line width of a hard-wrapped document, or 0 when the document
 * is not hard-wrapped. Lines narrower than {@link MIN_WRAP_WIDTH} columns,
 * table rows and numbered heading lines are ignored.
 */

function wrapWidth(lines: SourceLine[], furniture: boolean[], widths: Float64Array): number {
  const hist = new Map<number, number>();
  let long = 0;
  for (let i = 0; i < lines.length; i++) {
    if (furniture[i] || lines[i].heading) continue;
    const w = Math.round(widths[i]);
    // Numbered heading lines (一、认清形势，提高认识) are short and often alike, and table rows are no prose:
    // neither shows a wrap width.
    if (w < MIN_WRAP_WIDTH || lines[i].text.includes('\t') || (w <= MAX_NUMBERED_HEADING && startsBlock(lines[i].text))) continue;
    long++;
    hist.set(w, (hist.get(w) ?? 0) + 1);
  }
  if (long < 4) return shortWrapWidth(lines, furniture, widths);
  const { mode, best } = widthMode(hist);
  // (Widths spread too thin to show one in a passage of a page or so: read it as a short text's, from its prose lines
  // broken mid-sentence. A longer document with no one width is not hard-wrapped.)
  return best >= 3 && best >= 0.3 * long ? mode : lines.length <= SHORT_TEXT_LINES ? shortWrapWidth(lines, furniture, widths) : 0;
}

/** Longest suffix after the document's first line in a running head (文件, 简报), in UTF-16 units. */
const TITLE_SUFFIX_MAX = 4;

/**
 * Marks running heads and feet as furniture: a line next to a page number's line (— 6 —) that repeats the
 * document's first line (its title, printed atop every page) or another such line. Most documents have no page
 * numbers, and this costs them one pass.
 */
function markRunningHeads(lines: SourceLine[], furniture: boolean[]): void {
  let first = -1;
  const near: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (furniture[i]) continue;
    if (first < 0) first = i;
    else if ((i > 0 && furniture[i - 1]) || (i + 1 < lines.length && furniture[i + 1])) near.push(i);
  }
  if (first < 0 || !near.length) return;
  const key = (i: number) => lines[i].text.trim();
  const count = new Map<string, number>();
  for (const i of near) count.set(key(i), (count.get(key(i)) ?? 0) + 1);
  const title = key(first);
  for (const i of near) {
    const t = key(i);
    // (…or a document's title printed after a page number in the middle of a sentence: …;学\n- 4 -\n…创建方案\n习记录….)
    const midSentence = i >= 2 && furniture[i - 1] && !furniture[i - 2] && !endsSentence(lines[i - 2].text) && DOC_TYPE_RE.test(t) && !startsBlock(t) && !/[。，,；]/.test(t);
    // (…or the first line with its kind after it, printed atop the pages: XX党委 → XX党委文件.)
    // (…or, right after a page number, the start of the title or the unit's name before a kind of its own: 材料研究所第二党支部
    // atop …党支部品牌创建工作计划, 实验小学党建工作简报 atop 实验小学党支部…创建情况.)
    const headed = furniture[i - 1] && !/[。，,；]/.test(t) && ((t.length >= 6 && title.startsWith(t)) || (sharedPrefix(t, title) >= 4 && (DOC_TYPE_RE.test(t) || BULLETIN_RE.test(t))));
    const titled = headed || t === title || (t.startsWith(title) && t.length <= title.length + TITLE_SUFFIX_MAX);
    if (t.length >= 4 && !lines[i].heading && (titled || (count.get(t) ?? 0) >= 2 || midSentence)) furniture[i] = true;
  }
}

/** A bulletin's or a file's name printed atop its pages: …党建工作简报, …党委文件. */
const BULLETIN_RE = /(?:简报|快报|通讯|文件|工作动态)$/;

/** How many characters `x` and `y` share at their start. */
function sharedPrefix(x: string, y: string): number {
  let k = 0;
  while (k < x.length && k < y.length && x.charCodeAt(k) === y.charCodeAt(k)) k++;
  return k;
}

/**
 * Whether a line break falls inside a phrase no heading ends with: a number split from its unit (…自2025\n年3月起) or a
 * date split (…负责,2025年\n4月底前),
 * an assignment split from its verb (由村委会副主任刘芳\n负责…), or a bracket or quote left open (“税e\n通”).
 */
function brokenMidPhrase(prev: string, next: string): boolean {
  if (isDigit(prev.charCodeAt(prev.length - 1)) && /^[年月日号个项名人次户万元%％]/.test(next)) return true;
  // (…or a date split between its year or month and the rest: 2025年\n4月底前, 6月\n底前.)
  if (/(?:\d年|\d月)$/.test(prev) && /^(?:\d{1,2}[月日]|底|中旬|上旬|下旬)/.test(next)) return true;
  if (/由[^，。；,;：:]{1,12}$/.test(prev) && /^(?:负责|牵头|组织|承办)/.test(next)) return true;
  return unclosed(prev, '（', '）') || unclosed(prev, '“', '”');
}

/** Whether `text` opens more `open` marks than it closes. */
function unclosed(text: string, open: string, close: string): boolean {
  let n = 0;
  for (const c of text) if (c === open) n++;
  else if (c === close) n--;
  return n > 0;
}

/** A first line naming its unit, a space, then a part of a text (…党支部 存在的问题, …党支部 存在的不足): no title. */
const SECTION_FIRST_LINE_RE = /[\s　](?:存在的?|主要|突出)?(?:问题|不足|短板)$/;

/**
 * The commonest width of a histogram of line widths (display columns → lines), counting each width with its
 * neighbours one column either side (`best` lines in that band); ties go to the wider.
 */
function widthMode(hist: ReadonlyMap<number, number>): { mode: number; best: number } {
  let mode = 0;
  let best = 0;
  for (const [w, n] of hist) {
    const band = n + (hist.get(w - 1) ?? 0) + (hist.get(w + 1) ?? 0);
    if (band > best || (band === best && w > mode)) {
      best = band;
      mode = w;
    }
  }
  return { mode, best };
}

/** Most lines of a passage whose wrap width may be read from a few of its lines. */
const SHORT_TEXT_LINES = 60;

/** Prose punctuation inside a line (，、；, after Han, or a full stop with more after it): the line is prose, no title. */
const PROSE_PUNCT_RE = /[，、；]|[\u4e00-\u9fff”][,;]|。(?=.)/;
/** The kind of document a title ends on: …考核细则, …实施方案, …工作总结, …的通知. */
const TITLE_KIND_END_RE = /(?:方案|办法|细则|规则|标准|总结|报告|通知|意见|纪要|要点|计划|清单|台账|评分表|计分表|简介|申报书)$/;

/**
 * The wrap width of a short hard-wrapped text (a paragraph or two pasted from a PDF), too few lines for
 * {@link wrapWidth}'s count: two or more lines of prose (numbered items too) of one width, 16 columns or more,
 * broken mid-sentence. Returned negative, so that joining also asks the line to be prose and not the first.
 */
function shortWrapWidth(lines: SourceLine[], furniture: boolean[], widths: Float64Array): number {
  const hist = new Map<number, number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (furniture[i] || lines[i].heading || lines[i].text.includes('\t')) continue;
    const w = Math.round(widths[i]);
    if (w < 16 || endsSentence(lines[i].text) || !PROSE_PUNCT_RE.test(lines[i].text)) continue;
    hist.set(w, (hist.get(w) ?? 0) + 1);
  }
  const { mode, best } = widthMode(hist);
  return best >= 2 ? -mode : 0;
}

/** A form's field in square brackets after a task: 【责任人：马骏】, 【时限：2025年7月31日前】. */
const BRACKETED_FIELD_RE = new RegExp(`【\\s*${FIELD_LABEL}`);
/** An unmarked line naming a stage of a schedule: 第一阶段（2025年3月—4月）：动员部署, 第二步：…. */
const STAGE_LINE_RE = /^第[一二三四五六七八九十\d]{1,2}(?:阶段|步)/;

/** What follows a task's full stop when only its form's fields in round brackets come after it: 。（牵头：…；时限：…）. */
const FIELDS_AFTER_RE = new RegExp(`^\\s*[（(]\\s*${FIELD_LABEL}`);

/** Parser options. */
export interface ParseOptions {
  /**
   * Join hard-wrapped lines (PDF extraction, fixed-width text). Default true;
   * front ends whose text has one line per paragraph by construction (web
   * editors' blocks) pass false.
   */
  joinHardWraps?: boolean;
}

/** Parses `source` in `format` into a {@link Doc}. Never throws; any string is a valid input. */
export function parseDocument(source: string, format: Format = 'text', options: ParseOptions = {}): Doc {
  const { lines, comments } = readSource(source, format);
  // One pass per line for both its display width and whether it is furniture.
  const furniture: boolean[] = new Array(lines.length);
  const widths = new Float64Array(lines.length);
  let urHan = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    // Width in half-width units, and counts of Latin letters, Han characters and CJK Unified Ideographs: one table read a character.
    let halves = 0;
    let latin = 0;
    let han = 0;
    let ur = 0;
    for (let k = 0; k < t.length; k++) {
      const f = LINE_KIND[t.charCodeAt(k)];
      halves += 1 + (f & WIDE);
      han += (f >> 1) & 1;
      ur += (f >> 2) & 1;
      latin += f >> 3;
    }
    widths[i] = halves / 2;
    furniture[i] = !lines[i].heading && isFurniture(t, latin, han);
    if (!furniture[i]) urHan += ur;
  }
  markRunningHeads(lines, furniture);
  const found = options.joinHardWraps === false ? 0 : wrapWidth(lines, furniture, widths);
  // (A short text's width, from a few lines only: joined lines must be prose, and the first line may be its title.)
  const W = Math.abs(found);
  const fewLines = found < 0;
  let firstText = -1;

  // 1. Group lines into paragraphs: group g holds lines members[gs[g] .. gs[g + 1]).
  const members = new Int32Array(lines.length);
  const gs: number[] = [];
  let nm = 0;
  let lastText = -1;
  for (let i = 0; i < lines.length; i++) {
    if (furniture[i]) continue;
    if (firstText < 0) firstText = i;
    const line = lines[i];
    let join = false;
    // A table row (cells separated by tabs) never takes the next line into it.
    if (gs.length && W && lastText >= 0 && !line.hard && !line.heading && !lines[lastText].heading && !lines[lastText].text.includes('\t')) {
      const prev = lines[lastText].text;
      const blanks = line.blankBefore;
      const next = line.text;
      // (A line counts as full by its characters too: text wrapped at a count of characters, digits and all.)
      const fullPrev = widths[lastText] >= W - 3 || prev.length >= W - 3;
      const fullNext = widths[i] >= W - 3 || next.length >= W - 3;
      // After a numbered line with no sentence end (a heading such as `3.1 聚焦政治引领，…`), only a
      // short line completing it joins; a full line is the body below the heading.
      const g0 = gs[gs.length - 1];
      const headed = nm - g0 === 1 && startsBlock(lines[members[g0]].text) && !hasTerminal(prev);
      join =
        // (…and neither line is longer than the width: a paragraph on one line is no wrapped text.)
        (!fewLines || (lastText !== firstText && PROSE_PUNCT_RE.test(prev) && blanks === 0 && widths[i] <= W + 3 && widths[lastText] <= W + 3)) &&
        // (The document's title, named by its kind, takes no line into it: …品牌创建考核细则\n本细则由….)
        !(lastText === firstText && TITLE_KIND_END_RE.test(prev) && !PROSE_PUNCT_RE.test(prev)) &&
        // In Markdown a blank line always ends a paragraph.
        (format === 'markdown' ? blanks === 0 : blanks <= 2) &&
        !endsSentence(prev) &&
        // (A line a little short of the width still breaks mid-phrase when it splits a number from its unit: 设立1\n个.)
        (fullPrev || (widths[lastText] >= W - 6 && brokenMidPhrase(prev, next))) &&
        !startsBlock(next) &&
        (headed
          ? !fullNext || endsSentence(next) || brokenMidPhrase(prev, next)
          : // A short unpunctuated line after a full one is a new line (an author's name after a title).
            endsSentence(next) || fullNext || hasCjkPunct(next));
    }
    if (!join) gs.push(nm);
    members[nm++] = i;
    lastText = i;
  }

  // 2. Clean text and its source map.
  const parts: string[] = [];
  let len = 0;
  let cap = lines.length * 2 + 8;
  let c0 = new Int32Array(cap);
  let s0 = new Int32Array(cap);
  let cl = new Int32Array(cap);
  let sl = new Int32Array(cap);
  let vb = new Uint8Array(cap);
  let nseg = 0;
  const seg = (cleanLen: number, srcStart: number, srcLen: number, verbatim: boolean) => {
    if (nseg === cap) {
      cap *= 2;
      c0 = doubled(c0);
      s0 = doubled(s0);
      cl = doubled(cl);
      sl = doubled(sl);
      vb = doubled(vb);
    }
    c0[nseg] = len;
    s0[nseg] = srcStart;
    cl[nseg] = cleanLen;
    sl[nseg] = srcLen;
    vb[nseg] = verbatim ? 1 : 0;
    nseg++;
    len += cleanLen;
  };
  let lastSrc = 0;
  // Per paragraph: clean range, whether it is a single line, its markup heading level, and whether it is a list item
  // (1 a Markdown item, never an unmarked heading; 2 an HTML <li>, whose first line may title its task).
  const np = gs.length;
  const pcs = new Int32Array(np);
  const pce = new Int32Array(np);
  const pSingle = new Uint8Array(np);
  const pMarkup = new Uint8Array(np);
  const pItem = new Uint8Array(np);
  gs.push(nm);
  for (let g = 0; g + 1 < gs.length; g++) {
    const m0 = gs[g];
    const m1 = gs[g + 1];
    if (g > 0) {
      // Paragraph separator: a synthetic newline at the end of the previous paragraph.
      parts.push('\n');
      seg(1, lastSrc, 0, false);
    }
    const cs = len;
    for (let k = m0; k < m1; k++) {
      const line = lines[members[k]];
      if (k > m0) {
        const prevText = lines[members[k - 1]].text;
        if (isAlnum(prevText.charCodeAt(prevText.length - 1)) && isAlnum(line.text.charCodeAt(0))) {
          parts.push(' ');
          seg(1, lastSrc, 0, false);
        }
      }
      if (line.segs === null) {
        // One verbatim run: its text is the source slice already made.
        parts.push(line.text);
        seg(line.end - line.start, line.start, line.end - line.start, true);
        lastSrc = line.end;
        continue;
      }
      for (const x of line.segs) {
        if (x.text !== undefined) {
          if (!x.text) continue;
          parts.push(x.text);
          seg(x.text.length, x.start, x.end - x.start, false);
        } else {
          parts.push(source.slice(x.start, x.end));
          seg(x.end - x.start, x.start, x.end - x.start, true);
        }
        lastSrc = x.end;
      }
    }
    pcs[g] = cs;
    pce[g] = len;
    pSingle[g] = m1 - m0 === 1 ? 1 : 0;
    pMarkup[g] = lines[members[m0]].heading;
    pItem[g] = lines[members[m0]].item ? 1 : lines[members[m0]].li ? 2 : 0;
  }
  const clean = parts.join('');
  const map = new SourceMap(c0, s0, cl, sl, vb, nseg);

  // 3. Headings, sentences, items.
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const headings: Heading[] = [];
  const items: Item[] = [];
  let topRank = 10;
  /** The rank of the last heading line with a marker (二、, （一）): a stage's unmarked line under it is its sub-heading. */
  let lastMarkedRank: number | undefined;
  for (let p = 0; p + 1 < gs.length; p++) {
    const cs = pcs[p];
    const ce = pce[p];
    const single = pSingle[p] === 1;
    const markup = pMarkup[p];
    const text = clean.slice(cs, ce);
    const para: Paragraph = { cs, ce, s0: sentences.length, s1: sentences.length, heading: -1 };
    if (pItem[p]) para.item = true;
    paragraphs.push(para);
    const addHeading = (h: HeadingInit): number => {
      headings.push({ kind: h.kind, marker: h.marker, rank: h.rank, cs: h.cs, ce: h.ce, text: h.text, paragraph: p, bodyCs: h.ce, bodyCe: ce, parent: -1, sentence: sentences.length });
      if (h.marker !== 'plain' && h.marker !== 'label' && h.rank < topRank) topRank = h.rank;
      if (h.kind === 'line' && h.marker !== 'plain' && h.marker !== 'label' && h.marker !== 'markup') lastMarkedRank = h.rank;
      return headings.length - 1;
    };
    let from = cs;
    if (markup) {
      const m = matchMarker(text);
      const t0 = cs + (m && m.kind !== 'enum' ? m.length : 0);
      const t1 = trimTitleEnd(clean, t0, ce);
      para.heading = addHeading({ kind: 'line', marker: 'markup', rank: markupRank(markup), cs: t0, ce: t1, text: clean.slice(t0, t1) });
      sentences.push({ cs, ce, paragraph: p, kind: SentenceKind.Heading, section: -1, bodyCs: cs });
      para.s1 = sentences.length;
      continue;
    }
    // A table row whose first cell is a number (1\t修订议事规则\t支部书记) is a row, not a numbered heading.
    const m = text.includes('\t') ? null : matchMarker(text);
    if (m && m.kind !== 'enum') {
      const t0 = cs + m.length;
      const rest = clean.slice(t0, ce);
      const term = firstTerminal(rest);
      // A heading may ask a question (五、怎么考核？): a line of its own under a chapter-level marker
      // (一、 （一） 第一章) ending at its only question mark.
      const question = term >= 0 && single && CHAPTER_MARKERS.has(m.kind) && isQuestionEnd(rest, term) && hanCount(rest) <= MAX_QUESTION_HEADING;
      // A chapter's title closed by a full stop on a line of its own (二、存在问题。), over items numbered a rank
      // below it (1. …), is a heading too; a list of one-line items of one rank (一、加强学习。) stays a list.
      // (…or over a paragraph of prose when the title is short: 二、取得成效。\n全年38名…)
      // (The next paragraph's marker rank: -1 for prose, 0 when there is no next paragraph.)
      const nextRank = () => (p + 2 < gs.length ? (matchMarker(clean.slice(pcs[p + 1], pce[p + 1]))?.rank ?? -1) : 0);
      const stopped = term >= 0 && !question && single && CHAPTER_MARKERS.has(m.kind) && rest.charCodeAt(term) === 0x3002 && !hasText(rest, term + 1) && !STOPPED_TITLE_NOT_RE.test(rest.slice(0, term)) && stoppedTitleFits(hanCount(rest), nextRank(), m.rank);
      // (A task with its fields in square brackets, 2. 党员服务窗口改革【责任人：】【时限：…】, is an item, not a title.)
      if ((term < 0 || question || stopped) && hanCount(rest) <= MAX_LINE_HEADING && !BRACKETED_FIELD_RE.test(rest)) {
        const t1 = stopped ? t0 + term : trimTitleEnd(clean, t0, ce);
        para.heading = addHeading({ kind: 'line', marker: m.kind, rank: m.rank, cs: t0, ce: t1, text: clean.slice(t0, t1) });
        sentences.push({ cs, ce, paragraph: p, kind: SentenceKind.Heading, section: -1, bodyCs: cs });
        para.s1 = sentences.length;
        continue;
      }
      // A label after the marker (（一）工作举措：支部建立…) titles the item like a run-in title.
      const label = MARKED_LABEL_RE.exec(rest);
      if (label && !question && hasText(rest, label[0].length) && !SPEECH_LABEL_RE.test(label[1])) {
        const end = t0 + label[0].length;
        addHeading({ kind: 'runin', marker: m.kind, rank: m.rank, cs: t0, ce: t0 + label[1].length, text: label[1] });
        sentences.push({ cs, ce: end, paragraph: p, kind: SentenceKind.RunIn, section: -1, bodyCs: cs });
        splitSentences(clean, end, ce, p, sentences, items, -1);
        para.s1 = sentences.length;
        continue;
      }
      // A title ends at a full stop, not at a semicolon (（二）2025年6月底前…形成清单；… is an item), and holds no figure.
      // (Not a task whose fields in brackets are all that follows: 4.推进课程思政建设。（牵头：…）.)
      if (term >= 0 && hanCount(rest.slice(0, term)) <= MAX_RUNIN_TITLE && term > 0 && hasText(rest, term + 1) && !isSemicolon(rest.charCodeAt(term)) && !hasDigit(rest, 0, term) && !FIELDS_AFTER_RE.test(rest.slice(term + 1))) {
        let end = t0 + term + 1;
        while (end < ce && isClosing(clean.charCodeAt(end))) end++;
        addHeading({ kind: 'runin', marker: m.kind, rank: m.rank, cs: t0, ce: t0 + term, text: rest.slice(0, term) });
        sentences.push({ cs, ce: end, paragraph: p, kind: SentenceKind.RunIn, section: -1, bodyCs: cs });
        from = end;
      } else {
        items.push({ marker: m.kind, rank: m.rank, cs, ce, paragraph: p });
      }
    } else if (!m && single && pItem[p] !== 1 && isPlainHeading(text)) {
      // (A Markdown list item is an item, never an unmarked heading.)
      const t1 = trimTitleEnd(clean, cs, ce);
      // An unmarked heading line (引言, 结束语, 支部名片) sits at the top level of the outline seen so far.
      // (…but a stage of a schedule, 第一阶段（2025年3月—4月）：动员部署, sits under the marked heading before it: 二、实施步骤.)
      const rank = lastMarkedRank !== undefined && STAGE_LINE_RE.test(text) ? lastMarkedRank + 0.5 : topRank;
      para.heading = addHeading({ kind: 'line', marker: 'plain', rank, cs, ce: t1, text: clean.slice(cs, t1) });
      sentences.push({ cs, ce, paragraph: p, kind: SentenceKind.Heading, section: -1, bodyCs: cs });
      para.s1 = sentences.length;
      continue;
    }
    // Label run-in: `考核评价：…`, or a form's field in square brackets: `【下一步计划】支部将…`.
    let labelEnd = -1;
    const bracket = from === cs && !m && clean.charCodeAt(cs) === 0x3010 /* 【 */ ? BRACKET_LABEL_RE.exec(text) : null;
    if (bracket && hasText(text, bracket[0].length)) {
      labelEnd = cs + bracket[0].length;
      addHeading({ kind: 'label', marker: 'label', rank: 11, cs: cs + 1, ce: cs + 1 + bracket[1].length, text: bracket[1] });
    } else if (from === cs && !m && hasColonNear(clean, cs, ce)) {
      const lm = /^([\u4e00-\u9fff“”"]{2,12})[：:]/.exec(text);
      if (lm && !SPEECH_LABEL_RE.test(lm[1]) && hasText(text, lm[0].length)) {
        labelEnd = cs + lm[0].length;
        addHeading({ kind: 'label', marker: 'label', rank: 11, cs, ce: cs + lm[1].length, text: lm[1] });
      }
    }
    splitSentences(clean, from, ce, p, sentences, items, labelEnd);
    para.s1 = sentences.length;
  }

  // 4. Title and sections.
  let title = -1;
  // The title: a first line that is an unmarked heading (a Markdown/HTML heading numbered 四、 is a section, not the title).
  // (Not a first line heading the problems under it, its unit before a space: 人民医院后勤党支部 存在的问题. It is a
  // section of the text, like the 下一步打算 after it.)
  if (headings.length && headings[0].paragraph === 0 && headings[0].kind === 'line' && (headings[0].marker === 'plain' || (headings[0].marker === 'markup' && !startsBlock(clean.slice(paragraphs[0].cs, paragraphs[0].ce)))) && !SECTION_FIRST_LINE_RE.test(headings[0].text)) {
    title = 0;
    headings[0].rank = -10;
  } else if (paragraphs.length > 1 && paragraphs[0].heading < 0 && isTitleLine(clean.slice(paragraphs[0].cs, paragraphs[0].ce))) {
    // A long title (up to 60 characters, unpunctuated) on the first line.
    const p0 = paragraphs[0];
    headings.unshift({ kind: 'line', marker: 'plain', rank: -10, cs: p0.cs, ce: trimTitleEnd(clean, p0.cs, p0.ce), text: clean.slice(p0.cs, trimTitleEnd(clean, p0.cs, p0.ce)), paragraph: 0, bodyCs: p0.ce, bodyCe: clean.length, parent: -1, sentence: p0.s0 });
    p0.heading = 0;
    for (const p of paragraphs) if (p.heading >= 0 && p !== p0) p.heading++;
    for (let k = p0.s0; k < p0.s1; k++) sentences[k].kind = SentenceKind.Heading;
    title = 0;
  }
  // An issuing body's lines above the title (省气象局直属机关党委 / …创建积分办法; a letterhead ××党委文件 and its
  // number ×药党发〔2025〕11号 / 关于印发…的通知): the first of the opening lines naming the document is the title.
  if (title === 0 && !DOC_TYPE_RE.test(headings[0].text)) {
    for (let k = 1; k < headings.length && headings[k].paragraph <= TITLE_LINES_MAX; k++) {
      const h = headings[k];
      if (h.kind !== 'line' || (h.marker !== 'plain' && h.marker !== 'markup')) break;
      if (DOC_TYPE_RE.test(h.text)) {
        title = k;
        h.rank = -10;
        break;
      }
    }
  }
  buildSections(headings, paragraphs, sentences, clean.length);

  return {
    source,
    format,
    clean,
    map,
    paragraphs,
    sentences,
    headings,
    items,
    title,
    comments,
    lineStarts: lineStartsOf(source),
    han: urHan,
  };
}

function startsBlock(text: string): boolean {
  const m = matchMarker(text);
  // (A form's field — 工作事项：…, 牵头单位：…, 完成时限：… — always opens a line of its own.)
  return (!!m && m.kind !== 'enum') || FIELD_LINE_RE.test(text) || RECORD_LINE_RE.test(text);
}

/** A rectification form's line opening a problem's record (问题一：…, 问题2：…): it opens a line of its own. */
const RECORD_LINE_RE = /^问题[一二三四五六七八九十\d]{1,2}[：:]/;

/** A short label and a colon right after an item's marker: 工作举措：, 问题不足：. */
const MARKED_LABEL_RE = /^([\u4e00-\u9fff]{2,8})[：:]/;

const isSemicolon = (c: number) => c === 0xff1b || c === 59;

/** Whether s[from, to) holds an Arabic digit. */
function hasDigit(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

function hasText(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return true;
  return false;
}

/** Index of the first sentence terminator in `s`, or -1. */
/** Markers whose single lines may be question headings: 一、 （一） 第一章 第一节. Numbered items (1.) are often a questionnaire's questions. */
const CHAPTER_MARKERS = new Set(['chapter', 'section', 'cn', 'cn-paren']);
/** Longest chapter title closed by a full stop on a line of its own (二、存在问题。), in Han characters. */
const MAX_STOPPED_HEADING = 12;
/** Longest such title over a paragraph of prose rather than items (二、取得成效。), in Han characters. */
const MAX_STOPPED_PROSE_HEADING = 8;
/**
 * Whether a chapter title closed by a full stop, `han` Han characters long, heads what follows: items numbered a rank
 * below it (`nextRank` > `rank`), or a paragraph of prose (`nextRank` -1) when it is short.
 */
function stoppedTitleFits(han: number, nextRank: number, rank: number): boolean {
  return nextRank > rank ? han <= MAX_STOPPED_HEADING : nextRank < 0 && han <= MAX_STOPPED_PROSE_HEADING;
}
/** What a title closed by a full stop does not hold: clause marks, figures (二、全年完成3项任务。 is a sentence). */
const STOPPED_TITLE_NOT_RE = /[，,、；;：:0-9０-９]/;
/** Longest question heading, in Han characters. */
const MAX_QUESTION_HEADING = 20;

/** Whether the terminal at `term` of `s` is a question mark ending the line (closing quotes and spaces may follow). */
function isQuestionEnd(s: string, term: number): boolean {
  const c = s.charCodeAt(term);
  if (c !== 0xff1f && c !== 63) return false;
  for (let i = term + 1; i < s.length; i++) if (!isSpace(s.charCodeAt(i)) && !isClosing(s.charCodeAt(i))) return false;
  return true;
}

function firstTerminal(s: string): number {
  for (let i = 0; i < s.length; i++) if (isTerminal(s.charCodeAt(i))) return i;
  return -1;
}

/** Title end without trailing colon/space. */
function trimTitleEnd(clean: string, cs: number, ce: number): number {
  let e = ce;
  while (e > cs && (isSpace(clean.charCodeAt(e - 1)) || clean[e - 1] === '：' || clean[e - 1] === ':')) e--;
  return e;
}

/** A form field on a line of its own (责任人：黄珊, 完成时限：4月30日前): a value, not a heading. */
const FIELD_LINE_RE = new RegExp(`^${FIELD_LABEL}`);

/**
 * A form's field label in square brackets opening a paragraph (【创建举措】…); not a placeholder of a
 * template that its sentence goes on from (【单位名称】将…, 【对象】的…).
 */
const BRACKET_LABEL_RE = /^【([\u4e00-\u9fff“”"]{2,12})】(?![将要的是在为和与及、，,对把被从以向会能已正])/;

/** A line handing the items after it to an owner: 以下工作由教务处负责落实：, 由支部书记陈立新负责：. */
const LEAD_OWNER_RE = /由(?![于此])[^，。；：]{1,16}(?:负责|牵头|组织实施|落实)/;

function isPlainHeading(text: string): boolean {
  if (text.length > MAX_PLAIN_HEADING * 2) return false;
  // A bracketed field with its value (【申报单位】乘务中心党支部) is a field, not a heading.
  if (text.charCodeAt(0) === 0x3010 && BRACKET_LABEL_RE.test(text) && hasText(text, text.indexOf('】') + 1)) return false;
  // Cheapest tests first: most short paragraphs are sentences and end (or break) at a terminator.
  const last = text.charCodeAt(text.length - 1);
  if (last === 0xff0c || last === 0x3001 || last === 44) return false; // ，、,
  // (…and a line with a clause before it that breaks off at a particle or a preposition, 在…测评中，学校平均分由2023年的: a
  // sentence wrapped, no heading.)
  if (BREAK_OFF.has(last) && (text.includes('，') || text.includes(','))) return false;
  // A clause-ful line ending at a colon introduces a list (下一步，我们将…，重点抓好以下工作：): a sentence.
  if ((last === 0xff1a || last === 58) && (text.includes('，') || text.includes(','))) return false;
  // So does one handing the items after it to an owner (以下工作由教务处负责落实：).
  if ((last === 0xff1a || last === 58) && text.includes('由') && LEAD_OWNER_RE.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isTerminal(c) || c === 0x2026) return false;
  }
  const han = hanCount(text);
  if (han < 2 || han > MAX_PLAIN_HEADING) return false;
  // A table row (cells separated by tabs) is no heading, and neither is a form field on its own line.
  // (A measures label with nothing after it, 整改措施：, heads the measures below it.)
  return !DATE_LINE_RE.test(text) && !text.includes('\t') && (!FIELD_LINE_RE.test(text) || MEASURES_LABEL_RE.test(text));
}

/** Particles and prepositions that end no heading: 的, 地, 得, 和, 与, 及, 或, 由, 对, 把, 将, 被, 向, 从. */
const BREAK_OFF = codeSet('的地得和与及或由对把将被向从');

/** A rectification form's measures label alone on its line (整改措施：): a heading of the measures below it, not a field. */
const MEASURES_LABEL_RE = /^整改(?:措施|举措)[：:]\s*$/;

/** First characters of an enumerated item (一是…, 其一，…), by UTF-16 code. */
/** Whether an enumerated item (一是…, 其一，…, 首先，…) starts at clean offset `at`. */
const isEnumAt = (clean: string, at: number) => markerAt(clean, at)?.kind === 'enum';

/** Marker kinds that may open an item inside a paragraph: 一是, 第二，, （1）, （一）, ①. */
const INNER_MARKERS = new Set(['enum', 'ordinal', 'num-paren', 'cn-paren', 'circled']);

/** An item marker of {@link INNER_MARKERS} at clean offset `at`, or null. */
function innerMarker(clean: string, at: number): ReturnType<typeof matchMarker> {
  const m = markerAt(clean, at);
  return m && INNER_MARKERS.has(m.kind) ? m : null;
}

/** Splits clean[from, to) into sentences (paragraph p), recording enumerated items. */
function splitSentences(clean: string, from: number, to: number, p: number, out: Sentence[], items: Item[], labelEnd: number): void {
  let s = from;
  while (s < to && isSpace(clean.charCodeAt(s))) s++;
  let i = s;
  const first = out.length;
  const push = (e: number) => {
    if (e <= s) return;
    const isEnum = isEnumAt(clean, s);
    if (isEnum) items.push({ marker: 'enum', rank: 10, cs: s, ce: e, paragraph: p });
    else {
      // An item inside a paragraph after a semicolon (…；（2）以低温储粮改造为攻坚任务…), or a list opened after a
      // colon inside the sentence (还存在三方面差距：一是…； 工作思路：（1）…): items of their own.
      const inner = out.length > first ? innerMarker(clean, s) : null;
      if (inner) items.push({ marker: inner.kind, rank: inner.rank, cs: s, ce: e, paragraph: p });
      else {
        for (let k = s + 1; k < e - 2; k++) {
          const c = clean.charCodeAt(k);
          if (c !== 0xff1a && c !== 58) continue;
          const m = innerMarker(clean, k + 1);
          if (m) items.push({ marker: m.kind, rank: m.rank, cs: k + 1, ce: e, paragraph: p });
          break;
        }
      }
    }
    // A short unpunctuated opening sentence with more text after it is a run-in title:
    // 二是完善创建机制。 / 在服务学校发展上下功夫。
    // Not when the next item follows at once (二是要不断提升服务质效。三是…): a title has a body of its own.
    let ns = e;
    while (ns < to && isSpace(clean.charCodeAt(ns))) ns++;
    const nextItem = isEnumAt(clean, ns);
    // Nor when only the task's fields in brackets follow it (4.推进课程思政建设。（牵头：…）): it is the task.
    const runIn = (isEnum || out.length === first) && ns < to && !nextItem && isRunInTitle(clean.slice(s, e)) && !FIELDS_AFTER_RE.test(clean.slice(e, Math.min(to, e + 16)));
    out.push({ cs: s, ce: e, paragraph: p, kind: runIn ? SentenceKind.RunIn : SentenceKind.Body, section: -1, bodyCs: labelEnd > s && labelEnd <= e ? labelEnd : s });
  };
  while (i < to) {
    const c = clean.charCodeAt(i);
    let end = -1;
    if (isTerminal(c) || c === 46 /* . */) {
      // Half-width . ! ? ; end a sentence only next to Chinese text.
      if (c < 128) {
        const prev = clean.charCodeAt(i - 1);
        const next = clean.charCodeAt(i + 1);
        if (c === 46 /* . */ ? isHan(prev) && (i + 1 >= to || isHan(next) || isSpace(next)) : isHan(prev) || (i + 1 < to && isHan(next))) end = i + 1;
      } else end = i + 1;
    } else if (c === 0x2026 && clean.charCodeAt(i + 1) === 0x2026) {
      const next = clean.charCodeAt(i + 2);
      if (i + 2 >= to || !(next === 0xff0c || next === 0x3001)) end = i + 2;
      else i++;
    }
    if (end < 0) {
      i++;
      continue;
    }
    while (end < to && (isTerminal(clean.charCodeAt(end)) || isClosing(clean.charCodeAt(end)))) end++;
    push(end);
    s = end;
    while (s < to && isSpace(clean.charCodeAt(s))) s++;
    i = s;
  }
  let e = to;
  while (e > s && isSpace(clean.charCodeAt(e - 1))) e--;
  push(e);
}

/** Assigns parents and section bodies to headings and sections to sentences. */
function buildSections(headings: Heading[], paragraphs: Paragraph[], sentences: Sentence[], end: number): void {
  const stack: number[] = [];
  let hi = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    // Open headings that start in this sentence's paragraph at or before the sentence.
    while (hi < headings.length && (headings[hi].paragraph < s.paragraph || (headings[hi].paragraph === s.paragraph && headings[hi].cs <= s.ce))) {
      const h = headings[hi];
      if (h.kind !== 'label') {
        while (stack.length && headings[stack[stack.length - 1]].rank >= h.rank) {
          headings[stack.pop()!].bodyCe = paragraphs[h.paragraph].cs;
        }
        h.parent = stack.length ? stack[stack.length - 1] : -1;
        h.bodyCe = end;
        stack.push(hi);
      } else {
        h.parent = stack.length ? stack[stack.length - 1] : -1;
        h.bodyCe = paragraphs[h.paragraph].ce;
      }
      hi++;
    }
    // Innermost: a label of this paragraph, else the stack top.
    let sec = stack.length ? stack[stack.length - 1] : -1;
    for (let k = hi - 1; k >= 0 && headings[k].paragraph === s.paragraph; k--) {
      if (headings[k].kind === 'label') {
        sec = k;
        break;
      }
    }
    s.section = sec;
  }
  for (const h of headings) if (h.kind !== 'line') h.bodyCs = Math.max(h.ce, h.bodyCs);
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** True when the line has Chinese clause punctuation inside (so it is prose, not a name or a title). */
function hasCjkPunct(s: string): boolean {
  return /[，、；：“”（）]/.test(s);
}

function hasTerminal(s: string): boolean {
  return firstTerminal(s) >= 0;
}

function isTitleLine(text: string): boolean {
  const han = hanCount(text);
  // A table's header row (cells separated by tabs) is no title.
  return han >= 4 && han <= 60 && firstTerminal(text) < 0 && !/[，,、]$/.test(text) && !text.includes('\t') && !matchMarker(text);
}

/** Paragraphs above the title an issuing body's lines may take (a letterhead, its number, a blank-line gap). */
const TITLE_LINES_MAX = 3;
/** How a document's title ends: the kind of document it is (…创建方案, …考核办法, …工作总结（节选）). */
const DOC_TYPE_RE = /(?:方案|办法|细则|总结|报告|意见|规定|制度|计划|要点|清单|标准|评分表|述职|汇报|申报书|通知|重点任务|任务书|工作安排)(?:[（(][^）)]*[）)])?$/;

/** Longest unmarked run-in title (二是完善创建机制。), in Han characters. */
const MAX_BARE_RUNIN = 15;

/** A subject naming the writing body, then a modal: 支部将…, 我们要…, 党委拟…. */
const PLEDGE_OPENING_RE = /^[\u4e00-\u9fff]{0,8}?(?:支部|党委|党总支|党组|我们|本单位)(?:还|也|今年|明年|下一步)?(?:将|要|拟|须|计划)/;

/** Text whose quotes are all short names in pairs: 落实“第一议题”制度, 设立“厅小二”党员岗. */
const QUOTED_NAMES_RE = /^[^“”]*(?:“[^“”]{1,10}”[^“”]*)+$/;

function isRunInTitle(sentence: string): boolean {
  // An item closed by a semicolon (二是持续推动成果转化；三是…) is one of a list's items, not a title.
  if (/[，,、：:；;]/.test(sentence.slice(0, -1)) || /[；;]$/.test(sentence)) return false;
  // A quoted name inside a title is fine (一是落实“第一议题”制度。); quoted speech is no title.
  if (sentence.includes('“') || sentence.includes('”')) {
    if (sentence.startsWith('“') || !QUOTED_NAMES_RE.test(sentence.slice(0, -1))) return false;
  }
  // A body pledging under its own name (支部将组织党员开展2次志愿服务。) says what it will do: a sentence, not a title.
  if (PLEDGE_OPENING_RE.test(sentence)) return false;
  const han = hanCount(sentence);
  return han >= 3 && han <= MAX_BARE_RUNIN;
}

/** Whether a colon stands within the first 15 characters of clean[cs, ce) (a label run-in is possible). */
function hasColonNear(clean: string, cs: number, ce: number): boolean {
  const end = Math.min(ce, cs + 15);
  for (let i = cs + 2; i < end; i++) {
    const c = clean.charCodeAt(i);
    if (c === 0xff1a || c === 58) return true;
  }
  return false;
}

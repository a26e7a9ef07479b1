/**
 * Source formats → logical lines of visible text.
 *
 * Each {@link SourceLine} lists the visible runs of one logical line as
 * segments of the source (UTF-16 offsets), so every character of the clean
 * text that the rules read maps back to the exact source offset. Markup
 * (Markdown syntax, HTML tags, comments, entities) never reaches the rules.
 */
import { isCjk, isSpace } from '../text/chars.js';

/** Input formats the parser understands. */
export type Format = 'text' | 'markdown' | 'html';

/** A visible run: source range `[start, end)`; `text`, when set, replaces the source slice (a decoded entity). */
export interface Seg {
  start: number;
  end: number;
  text?: string;
}

/** One logical line of visible text. */
export interface SourceLine {
  /** Visible runs, in source order; null when the line is the one verbatim run [start, end) (plain text, the common case). */
  segs: Seg[] | null;
  /** Source offsets of the first visible character and just past the last. */
  start: number;
  end: number;
  /** The visible text (concatenation of the segments). */
  text: string;
  /** Heading level from markup: 1–6 for Markdown `#`/HTML `<hN>`, 7 for a line that is wholly bold; 0 otherwise. */
  heading: number;
  /** Blank source lines immediately before this one. */
  blankBefore: number;
  /** Markup forbids joining this line to the previous one (HTML block, table cell, list item). */
  hard: boolean;
  /** A Markdown list item (- …, * …): an item of a list, never an unmarked heading. */
  item?: boolean;
  /** The first line of an HTML list item (<li>): an item of a list, which may still read as its task's title. */
  li?: boolean;
}

/** A comment `<!-- … -->` found in the source, for inline disable directives. */
export interface SourceComment {
  start: number;
  end: number;
  body: string;
}

/** The result of reading a source: lines plus comments. */
export interface SourceLines {
  lines: SourceLine[];
  comments: SourceComment[];
}

/** Splits `source` into logical lines of visible text according to `format`. */
export function readSource(source: string, format: Format): SourceLines {
  if (format === 'html') return readHtml(source);
  return readLines(source, format === 'markdown');
}

function lineOf(segs: Seg[], source: string, heading: number, blankBefore: number, hard: boolean): SourceLine {
  let text = '';
  for (const s of segs) text += s.text ?? source.slice(s.start, s.end);
  return { segs, start: segs[0]?.start ?? 0, end: segs[segs.length - 1]?.end ?? 0, text, heading, blankBefore, hard };
}

/** Trims whitespace at both ends of a segment list (in place semantics, returns new list). */
function trimSegs(segs: Seg[], source: string): Seg[] {
  const out: Seg[] = [];
  for (const s of segs) {
    if (s.text !== undefined) {
      out.push(s);
      continue;
    }
    out.push({ start: s.start, end: s.end });
  }
  while (out.length) {
    const s = out[0];
    if (s.text !== undefined) {
      if (s.text.trim() === '') out.shift();
      else break;
      continue;
    }
    let a = s.start;
    while (a < s.end && isSpace(source.charCodeAt(a))) a++;
    if (a === s.end) out.shift();
    else {
      s.start = a;
      break;
    }
  }
  while (out.length) {
    const s = out[out.length - 1];
    if (s.text !== undefined) {
      // (A table row's empty last cells are kept, as the tabs before them: 问题\t\t\t is a row whose measure is blank.)
      if (s.text === '\t' && out.some((x) => x !== s && x.text !== '\t' && (x.text === undefined ? /\S/.test(source.slice(x.start, x.end)) : x.text.trim() !== ''))) break;
      if (s.text.trim() === '') out.pop();
      else break;
      continue;
    }
    let b = s.end;
    while (b > s.start && isSpace(source.charCodeAt(b - 1))) b--;
    if (b === s.start) out.pop();
    else {
      s.end = b;
      break;
    }
  }
  return out;
}

const COMMENT_RE = /<!--([\s\S]*?)-->/g;

/** Plain text and Markdown: one logical line per source line. */
function readLines(source: string, markdown: boolean): SourceLines {
  const lines: SourceLine[] = [];
  const comments: SourceComment[] = [];
  // Comments may span lines: collect them first and mask them per line.
  const masks: Array<[number, number]> = [];
  if (source.includes('<!--')) {
    COMMENT_RE.lastIndex = 0;
    for (let m; (m = COMMENT_RE.exec(source)); ) {
      comments.push({ start: m.index, end: m.index + m[0].length, body: m[1].trim() });
      masks.push([m.index, m.index + m[0].length]);
    }
  }
  let mi = 0;
  let blank = 0;
  let fence: string | null = null;
  let pos = 0;
  let first = true;
  const n = source.length;
  // Columns aligned with spaces need a run of them somewhere: most documents have none, and skip the search per line.
  const spacedColumns = !markdown && (source.includes('\u3000\u3000') || source.includes('  '));
  // …or set apart by bars in plain text (序号｜存在问题｜整改措施).
  const barredColumns = !markdown && (source.includes('｜') || source.includes('|'));
  /** A plain-text line that is one verbatim run source[a, b): trimmed in place, kept unless blank. */
  const plainLine = (a: number, b: number) => {
    const a0 = a;
    const b0 = b;
    while (a < b && isSpace(source.charCodeAt(a))) a++;
    while (b > a && isSpace(source.charCodeAt(b - 1))) b--;
    // A tab-separated row's empty first and last cells are kept, as the tabs around its text (\t（劳动报酬…）执行案件\t张卫东:
    // the rest of a cell wrapped from the row above).
    // (The search stops at the line's end: a document with no tab must not be scanned to its end from every line.)
    if (a < b && hasTab(source, a, b) && (source.charCodeAt(a0) === 9 || source.charCodeAt(b0 - 1) === 9)) {
      const tabs = (from: number, to: number): Seg[] => {
        const out: Seg[] = [];
        for (let k = from; k < to; k++) if (source.charCodeAt(k) === 9) out.push({ start: k, end: k + 1, text: '\t' });
        return out;
      };
      lines.push(lineOf([...tabs(a0, a), { start: a, end: b }, ...tabs(b, b0)], source, 0, blank, true));
      blank = 0;
      return;
    }
    if (a < b) {
      // Columns aligned with runs of spaces (2025年3月　　　　划分责任区　　　马骏) are a table row: its cells are
      // separated by tabs, as in a pipe table, and the row is a line of its own.
      let gaps = spacedColumns ? columnGaps(source, a, b) : null;
      if (!gaps && barredColumns) {
        // (A bar opening or closing the row, |a|b|, bounds it: no empty cell.)
        const bars = barGaps(source, a, b);
        if (bars) {
          if (bars[0] === a) {
            a = bars[1];
            bars.splice(0, 2);
          }
          if (bars.length && bars[bars.length - 1] === b) {
            b = bars[bars.length - 2];
            bars.splice(-2, 2);
          }
          gaps = bars.length >= 2 ? bars : null;
        }
      }
      if (gaps) {
        const segs: Seg[] = [];
        let x = a;
        for (let k = 0; k < gaps.length; k += 2) {
          segs.push({ start: x, end: gaps[k] }, { start: gaps[k], end: gaps[k + 1], text: '\t' });
          x = gaps[k + 1];
        }
        segs.push({ start: x, end: b });
        lines.push(lineOf(segs, source, 0, blank, true));
      } else lines.push({ segs: null, start: a, end: b, text: source.slice(a, b), heading: 0, blankBefore: blank, hard: false });
      blank = 0;
    } else blank++;
  };
  while (pos <= n) {
    let eol = source.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let end = eol;
    if (end > pos && source.charCodeAt(end - 1) === 13) end--;
    const start = pos;
    pos = eol + 1;
    while (mi < masks.length && masks[mi][1] <= start) mi++;
    if (!markdown && (mi >= masks.length || masks[mi][0] >= end)) {
      // Plain text with no comment on the line (the common, fast path); a pipe table pasted into
      // plain text (| 维度 | 分值 |) is read as Markdown reads it: one row, cells separated by tabs.
      if (isPipeRow(source, start, end)) {
        const row = markdownLine(source, [{ start, end }]);
        if (row.length) {
          lines.push(lineOf(row[0].segs, source, 0, blank, true));
          blank = 0;
        }
      } else plainLine(start, end);
      if (pos > n) break;
      continue;
    }
    // Visible range of the line minus comment masks.
    let segs: Seg[] = [];
    let a = start;
    for (let k = mi; k < masks.length && masks[k][0] < end; k++) {
      const [ms, me] = masks[k];
      if (ms > a) segs.push({ start: a, end: Math.min(ms, end) });
      a = Math.max(a, me);
    }
    if (a < end) segs.push({ start: a, end });
    if (markdown) {
      const raw = source.slice(start, end);
      if (first && raw.trim() === '---') {
        // Front matter: skip to the closing fence.
        const close = source.indexOf('\n---', end);
        if (close >= 0) {
          const after = source.indexOf('\n', close + 4);
          pos = after < 0 ? n + 1 : after + 1;
          first = false;
          continue;
        }
      }
      first = false;
      const fm = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
      if (fence) {
        if (fm && fm[1][0] === fence[0] && fm[1].length >= fence.length) fence = null;
        blank++;
        if (pos > n) break;
        continue;
      }
      if (fm) {
        fence = fm[1];
        blank++;
        if (pos > n) break;
        continue;
      }
      const md = markdownLine(source, segs);
      for (const part of md) {
        const t = trimSegs(part.segs, source);
        if (!t.length) continue;
        const line = lineOf(t, source, part.heading, blank, part.hard);
        if (part.item) line.item = true;
        lines.push(line);
        blank = 0;
      }
      if (!md.some((p) => trimSegs(p.segs, source).length)) blank++;
    } else if (segs.length === 1) {
      // Plain text where a comment left one visible run.
      plainLine(segs[0].start, segs[0].end);
    } else {
      const t = trimSegs(segs, source);
      if (t.length) {
        lines.push(lineOf(t, source, 0, blank, false));
        blank = 0;
      } else blank++;
    }
    if (pos > n) break;
  }
  return { lines, comments };
}

/** Whether source[start, end) is a pipe-table row: it opens and closes with | (spaces aside). */
/**
 * The column gaps of a plain-text line source[a, b) set out as a table: [start, end) pairs of runs of
 * two or more ideographic spaces (U+3000) or three or more spaces between cells, or of two spaces
 * where a line has two or more of them (序号  任务  责任单位), or null. A line ending
 * a sentence (。！？；) is prose, whatever its spacing.
 */
function columnGaps(source: string, a: number, b: number): number[] | null {
  const last = source.charCodeAt(b - 1);
  if (last === 0x3002 || last === 0xff01 || last === 0xff1f || last === 0xff1b) return null;
  let out: number[] | null = null;
  // Runs of exactly two spaces, columns only when there are two or more of them (three cells or more).
  let pairs: number[] | null = null;
  for (let i = a; i < b; i++) {
    const c = source.charCodeAt(i);
    if (c !== 0x3000 && c !== 32) continue;
    let j = i;
    let wide = 0;
    while (j < b && (source.charCodeAt(j) === 0x3000 || source.charCodeAt(j) === 32)) {
      if (source.charCodeAt(j) === 0x3000) wide++;
      j++;
    }
    if (wide >= 2 || j - i >= 3) (out ??= []).push(i, j);
    else if (j - i === 2) (pairs ??= []).push(i, j);
    i = j;
  }
  return out ?? (pairs && pairs.length >= 4 ? pairs : null);
}

/**
 * The column gaps of a plain-text line source[a, b) whose cells are set apart by bars (｜ or |, with the spaces
 * around them): [start, end) pairs, or null when the line has fewer than two bars (a line with one bar is prose).
 */
function barGaps(source: string, a: number, b: number): number[] | null {
  let out: number[] | null = null;
  let bars = 0;
  for (let i = a; i < b; i++) {
    const c = source.charCodeAt(i);
    if (c !== 0xff5c && c !== 124) continue;
    bars++;
    let s0 = i;
    let s1 = i + 1;
    while (s0 > a && isSpace(source.charCodeAt(s0 - 1))) s0--;
    while (s1 < b && isSpace(source.charCodeAt(s1))) s1++;
    (out ??= []).push(s0, s1);
    i = s1 - 1;
  }
  return bars >= 2 ? out : null;
}

function isPipeRow(source: string, start: number, end: number): boolean {
  while (start < end && isSpace(source.charCodeAt(start))) start++;
  while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
  return end - start >= 2 && source.charCodeAt(start) === 124 && source.charCodeAt(end - 1) === 124;
}

interface MdPart {
  segs: Seg[];
  heading: number;
  hard: boolean;
  item?: boolean;
}

/**
 * Strips Markdown syntax from one source line given as visible segments.
 * Returns one part per logical line (a table row gives one part per cell).
 */
function markdownLine(source: string, segs: Seg[]): MdPart[] {
  if (!segs.length) return [];
  // Work on the first segment for block prefixes.
  let heading = 0;
  let hard = false;
  let item = false;
  const s0 = segs[0];
  let a = s0.start;
  const raw = source.slice(a, s0.end);
  let m = /^\s{0,3}(#{1,6})\s+/.exec(raw);
  if (m) {
    heading = m[1].length;
    a += m[0].length;
  } else {
    const q = /^\s{0,3}(?:>\s?)+/.exec(raw);
    if (q) a += q[0].length;
    const rest = source.slice(a, s0.end);
    const b = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?/.exec(rest);
    if (b && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(rest)) {
      a += b[0].length;
      hard = true;
      item = true;
    } else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(rest)) return []; // thematic break
  }
  const first: Seg = { start: a, end: s0.end };
  const all = [first, ...segs.slice(1)].filter((s) => s.end > s.start);
  let text = all.map((s) => source.slice(s.start, s.end)).join('');
  // Table rows: one line, the cells separated by a tab (as a tab-separated row of plain text reads);
  // separator rows vanish.
  if (/^\s*\|/.test(text) || (text.includes('|') && /\|\s*$/.test(text))) {
    if (/^[\s|:\-]+$/.test(text)) return [];
    const cells: Seg[][] = [];
    let cur: Seg[] = [];
    const pipes: number[] = [];
    for (const s of all) {
      let p = s.start;
      for (let i = s.start; i < s.end; i++) {
        if (source.charCodeAt(i) === 124 /* | */ && source.charCodeAt(i - 1) !== 92) {
          if (i > p) cur.push({ start: p, end: i });
          cells.push(trimSegs(inlineMarkdown(source, cur), source));
          pipes.push(i);
          cur = [];
          p = i + 1;
        }
      }
      if (p < s.end) cur.push({ start: p, end: s.end });
    }
    cells.push(trimSegs(inlineMarkdown(source, cur), source));
    // The text outside the outer pipes is no cell; an empty cell inside keeps its tab, so that columns stay
    // in place (1 | 开展宣传6次 |  | 10月底前: the owner column is empty).
    const k0 = cells[0].length ? 0 : 1;
    const k1 = cells[cells.length - 1].length || cells.length === 1 ? cells.length - 1 : cells.length - 2;
    const row: Seg[] = [];
    for (let k = k0; k <= k1; k++) {
      // The pipe before the cell stands for the tab.
      if (k > k0) row.push({ start: pipes[k - 1], end: pipes[k - 1] + 1, text: '\t' });
      row.push(...cells[k]);
    }
    return row.some((x) => x.text !== '\t') ? [{ segs: row, heading: 0, hard: true }] : [];
  }
  if (!all.length) return [];
  if (heading) {
    // Closing #s.
    const last = all[all.length - 1];
    const tail = /\s+#+\s*$/.exec(source.slice(last.start, last.end));
    if (tail) last.end -= tail[0].length;
  }
  const inner = inlineMarkdown(source, all);
  if (!heading) {
    const t = text.trim();
    if (/^(\*\*|__)[^*_]{1,40}\1[:：]?$/.test(t) && !/[。！？；]$/.test(t.replace(/(\*\*|__)/g, ''))) heading = 7;
  }
  return [{ segs: inner, heading, hard, item }];
}

/** Removes inline Markdown syntax from segments: emphasis marks, code ticks, links, images, inline HTML. */
function inlineMarkdown(source: string, segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const s of segs) {
    let p = s.start;
    let i = s.start;
    const push = (e: number) => {
      if (e > p) out.push({ start: p, end: e });
    };
    while (i < s.end) {
      const c = source.charCodeAt(i);
      if (c === 92 /* \ */ && i + 1 < s.end && /[\\`*_{}[\]()#+\-.!|<>~]/.test(source[i + 1])) {
        push(i);
        p = i + 1;
        i += 2;
        continue;
      }
      if (c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */ || c === 96 /* ` */) {
        // Runs of emphasis/code marks are syntax, except a lone _ inside a word.
        let j = i;
        while (j < s.end && source.charCodeAt(j) === c) j++;
        const lone = c === 95 && j - i === 1 && /\w/.test(source[i - 1] ?? '') && /\w/.test(source[j] ?? '');
        const lone2 = c === 126 && j - i === 1;
        if (!lone && !lone2) {
          push(i);
          p = j;
        }
        i = j;
        continue;
      }
      if (c === 33 /* ! */ && source.charCodeAt(i + 1) === 91) {
        const m = /^!\[([^\]]*)\]\([^)]*\)/.exec(source.slice(i, s.end));
        if (m) {
          push(i);
          i += m[0].length;
          p = i;
          continue;
        }
      }
      if (c === 91 /* [ */) {
        const m = /^\[([^\]]*)\]\(([^)]*)\)/.exec(source.slice(i, s.end));
        if (m) {
          push(i);
          out.push({ start: i + 1, end: i + 1 + m[1].length });
          i += m[0].length;
          p = i;
          continue;
        }
      }
      if (c === 60 /* < */) {
        const m = /^<\/?[A-Za-z][^>]*>/.exec(source.slice(i, s.end));
        if (m) {
          push(i);
          i += m[0].length;
          p = i;
          continue;
        }
      }
      i++;
    }
    push(s.end);
  }
  return out.filter((x) => x.end > x.start);
}

const BLOCK = new Set(
  'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody tfoot thead tr ul caption title'.split(
    ' ',
  ),
);
/** The rows a table cell spans: rowspan="3". */
const ROWSPAN_RE = /\browspan\s*=\s*["']?(\d{1,3})/i;
/** Table structure: a row or the table itself ends a line, even from inside a cell left open. */
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'caption']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'math', 'iframe', 'object']);

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  laquo: '«',
  raquo: '»',
  times: '×',
  divide: '÷',
  deg: '°',
  permil: '‰',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  zwj: '',
  zwnj: '',
  shy: '',
};

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  return ENTITIES[body];
}

/**
 * HTML: tags and comments are invisible; block elements break lines; `<hN>`
 * marks a heading; entities decode; whitespace collapses (and vanishes
 * between two CJK characters, as browsers render a soft line break there).
 */
function readHtml(source: string): SourceLines {
  const lines: SourceLine[] = [];
  const comments: SourceComment[] = [];
  let segs: Seg[] = [];
  let heading = 0;
  let blank = 0;
  /** Open table cells around the current position (their inner blocks do not break the row's line). */
  let cellDepth = 0;
  /** An <li> was opened and its first line is still to come. */
  let liOpen = false;
  /** The current row's next cell column, and the cells of rows above spanning down into this one (rowspan), by column. */
  let column = 0;
  const spanning: Array<{ text: string; left: number } | undefined> = [];
  /** The cell whose text is being read because it spans rows below it: its column, rows, and first segment. */
  let spanCell: { column: number; rows: number; from: number } | undefined;
  const spans = (k: number) => (spanning[k]?.left ?? 0) > 0;
  /** Whether the line being read holds anything visible yet (a cell, text). */
  const hasContent = () => segs.some((x) => x.text !== undefined || /\S/.test(source.slice(x.start, x.end)));
  /**
   * Puts the text of the cells spanning down from above into the row at source offset `at`: those at the current column
   * and right after it, or, at the row's end (`rowEnd`), all that are left (an empty cell before one of them).
   */
  const carryDown = (at: number, rowEnd = false) => {
    for (; column < spanning.length; column++) {
      if (!spans(column)) {
        if (!rowEnd || !spanning.some((_, k) => k > column && spans(k))) break;
        segs.push({ start: at, end: at, text: '\t' });
        continue;
      }
      const cell = spanning[column]!;
      if (segs.length) segs.push({ start: at, end: at, text: '\t' });
      segs.push({ start: at, end: at, text: cell.text });
      cell.left--;
    }
  };
  const flush = (hard: boolean) => {
    const t = collapse(trimSegs(segs, source), source);
    if (t.length) {
      const line = lineOf(t, source, heading, blank, hard);
      if (liOpen) line.li = true;
      lines.push(line);
      blank = 0;
      liOpen = false;
    }
    segs = [];
  };
  const n = source.length;
  let i = 0;
  let textStart = 0;
  const pushText = (e: number) => {
    let p = textStart;
    for (let k = textStart; k < e; k++) {
      if (source.charCodeAt(k) === 38 /* & */) {
        // An entity is at most 10 characters long: look no further for its ';' (a text full of bare '&' stays linear).
        let semi = -1;
        for (let j = k + 1, lim = Math.min(e, k + 11); j < lim; j++) {
          if (source.charCodeAt(j) === 59 /* ; */) {
            semi = j;
            break;
          }
        }
        if (semi > k) {
          const dec = decodeEntity(source.slice(k + 1, semi));
          if (dec !== undefined) {
            if (k > p) segs.push({ start: p, end: k });
            segs.push({ start: k, end: semi + 1, text: dec });
            k = semi;
            p = semi + 1;
          }
        }
      }
    }
    if (e > p) segs.push({ start: p, end: e });
  };
  while (i < n) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    if (source.startsWith('<!--', lt)) {
      pushText(lt);
      const close = source.indexOf('-->', lt + 4);
      const e = close < 0 ? n : close + 3;
      comments.push({ start: lt, end: e, body: source.slice(lt + 4, close < 0 ? n : close).trim() });
      i = textStart = e;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(\/?)>/.exec(source.slice(lt, Math.min(n, lt + 2000)));
    if (!m) {
      if (source.startsWith('<!', lt) || source.startsWith('<?', lt)) {
        pushText(lt);
        const gt = source.indexOf('>', lt);
        i = textStart = gt < 0 ? n : gt + 1;
        continue;
      }
      i = lt + 1;
      continue;
    }
    pushText(lt);
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    let after = lt + m[0].length;
    if (!closing && SKIP.has(name) && m[3] !== '/') {
      const endTag = source.toLowerCase().indexOf(`</${name}`, after);
      const gt = endTag < 0 ? n : source.indexOf('>', endTag);
      after = gt < 0 ? n : gt + 1;
    } else if (name === 'td' || name === 'th') {
      // A cell spanning rows (rowspan="3", a merged cell of a pasted table) is repeated in the rows below it.
      if (!closing) carryDown(lt);
      // Cells of a row make one line, separated by tabs (the tag stands for the tab).
      if (!closing && hasContent()) segs.push({ start: lt, end: after, text: '\t' });
      if (!closing) {
        const rows = Number(ROWSPAN_RE.exec(m[0])?.[1] ?? 1);
        spanCell = rows > 1 ? { column, rows, from: segs.length } : undefined;
        column++;
      } else if (spanCell) {
        // (Spaced as the line collapses it: none between CJK characters.)
        const cell = collapse(trimSegs(segs.slice(spanCell.from), source), source);
        spanning[spanCell.column] = { text: cell.map((x) => x.text ?? source.slice(x.start, x.end)).join(''), left: spanCell.rows - 1 };
        spanCell = undefined;
      }
      cellDepth = Math.max(0, cellDepth + (closing ? -1 : 1));
    } else if (cellDepth > 0 && BLOCK.has(name) && !TABLE_PARTS.has(name)) {
      // Paragraphs inside a cell (as .docx tables convert: <td><p>…</p></td>) stay on the row's line.
      segs.push({ start: lt, end: after, text: ' ' });
    } else if (BLOCK.has(name)) {
      if (TABLE_PARTS.has(name)) cellDepth = 0;
      // A row ends: the cells spanning down into its last columns close it; a table ends: nothing spans on.
      if (name === 'tr') {
        // (Only a row with cells in it: the next row's <tr> after a </tr> ends nothing.)
        if (hasContent()) carryDown(lt, true);
        column = 0;
      } else if (name === 'table') spanning.length = 0;
      flush(true);
      if (/^h[1-6]$/.test(name)) heading = closing ? 0 : Number(name[1]);
      if (name === 'li') liOpen = !closing;
      if (name === 'p' && closing) blank = Math.max(blank, 1);
    }
    i = textStart = after;
  }
  pushText(n);
  flush(true);
  return { lines, comments };
}

/** Collapses whitespace inside an HTML line: one space, none between CJK characters. */
function collapse(segs: Seg[], source: string): Seg[] {
  const out: Seg[] = [];
  let prevChar = 0;
  for (const s of segs) {
    if (s.text !== undefined) {
      if (s.text === '\t') {
        // A table cell boundary: kept as the tab of a tab-separated row, with no space beside it.
        const last = out[out.length - 1];
        if (last && (last.text === ' ' || (last.text === undefined && last.end - last.start === 1 && source.charCodeAt(last.start) === 32))) out.pop();
        out.push(s);
        prevChar = 9;
      } else if (s.text.trim() === '' && s.text !== '') {
        if (prevChar && !isSpace(prevChar)) {
          out.push({ start: s.start, end: s.end, text: ' ' });
          prevChar = 32;
        }
      } else if (s.text) {
        out.push(s);
        prevChar = s.text.charCodeAt(s.text.length - 1);
      }
      continue;
    }
    let p = s.start;
    let k = s.start;
    while (k < s.end) {
      const c = source.charCodeAt(k);
      if (isSpace(c)) {
        let j = k;
        while (j < s.end && isSpace(source.charCodeAt(j))) j++;
        const next = j < s.end ? source.charCodeAt(j) : 0;
        const keepOne = source.slice(k, j) === ' ';
        if (k > p) out.push({ start: p, end: k });
        const before = prevOf(out, source, prevChar);
        const dropAll = (isCjk(before) && (next === 0 || isCjk(next))) || !before || before === 9;
        if (!dropAll) out.push(keepOne ? { start: k, end: k + 1 } : { start: k, end: j, text: ' ' });
        p = j;
        k = j;
        continue;
      }
      k++;
    }
    if (s.end > p) out.push({ start: p, end: s.end });
    const last = out[out.length - 1];
    if (last) prevChar = last.text !== undefined ? last.text.charCodeAt(last.text.length - 1) : source.charCodeAt(last.end - 1);
  }
  return out;
}

function prevOf(out: Seg[], source: string, fallback: number): number {
  const last = out[out.length - 1];
  if (!last) return fallback;
  if (last.text !== undefined) return last.text.charCodeAt(last.text.length - 1) || fallback;
  return source.charCodeAt(last.end - 1);
}

/** Whether source[from, to) holds a tab (one line's worth: never past `to`). */
function hasTab(source: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (source.charCodeAt(k) === 9) return true;
  return false;
}

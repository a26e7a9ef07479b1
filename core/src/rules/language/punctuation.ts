/**
 * language/punctuation — half-width , ; : ? ! ( ) " . inside Chinese text,
 * an ellipsis typed as dots (... or 。。。 for ……), a dash typed as hyphens
 * (-- for ——), a title in doubled angle brackets (<<…>> for 《…》),
 * doubled or conflicting marks (，， 。。 ，。), and unmatched quotes and
 * brackets (“” 《》 （） 【】 「」), each with a fix.
 * Source: GB/T 15834-2011《标点符号用法》; propaganda staff expect it of any checker.
 */
import type { Analysis } from '../../analysis/analysis.js';
import { isCjk, isDigit, isHan } from '../../text/chars.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const PAIRS: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': ')', '【': '】', '「': '」', '『': '』' };
const CLOSERS: Record<string, string> = { '”': '“', '》': '《', '）': '（', ')': '(', '】': '【', '」': '「', '』': '『' };
/**
 * Marks that are never doubled in a formal text. GB/T 15834 allows a doubled 叹号 for a shout in
 * literature; a work report or a publicity article keeps one (！！ and ？？ read as a chat message).
 */
const DOUBLED = new Set([...'，。、；：！？'].map((c) => c.charCodeAt(0)));
/** Adjacent marks that conflict, and the one to keep. */
const CONFLICT: Record<string, string> = { '，。': '。', '。，': '。', '、，': '，', '，、': '，', '；。': '。', '。；': '。', '：。': '。', '，；': '；', '？。': '？', '！。': '！' };
/** {@link CONFLICT} keyed by the two marks' UTF-16 codes (`first << 16 | second`). */
const CONFLICT_CODES = new Map(Object.entries(CONFLICT).map(([k, v]) => [(k.charCodeAt(0) << 16) | k.charCodeAt(1), v]));

export const meta: RuleMeta = {
  id: 'language/punctuation',
  family: 'language',
  description: '标点不规范：中文里用了半角标点、标点重复或冲突、引号括号不成对、文号年份未用六角括号',
  rationale: '半角逗号、直引号和不成对的括号在正式文稿里很显眼，读者会据此判断文稿是否经过认真校对。',
  sources: [{ seed: '003', section: '全文', point: '论文原文夹杂半角逗号、括号等不规范标点' }],
  severity: { summary: 'warning', publicity: 'warning', submission: 'info' },
  examples: { bad: '党支部要紧密结合本单位实际,认真落实"三会一课"制度。', good: '党支部要紧密结合本单位实际，认真落实“三会一课”制度。' },
  url: ruleUrl('language/punctuation'),
};

/** Words before a quotation that make it part of the sentence (把“…”写进, 以“…”为主题, 将“…”作为), not a saying. */
const EMBEDS_QUOTE = new Set([...'把将以用按从对向为与和及的是']);

/** Characters this rule looks at; everything else is skipped with one table read. */
const INTEREST = new Uint8Array(65536);
for (const ch of ',;:?!()".“”《》（）【】「」『』<-－~') INTEREST[ch.charCodeAt(0)] = 1;
// Full-width clause and sentence marks matter only when doubled or in conflict (2: look at the next character).
for (const ch of '，。、；：？！') INTEREST[ch.charCodeAt(0)] = 2;
const CLOSE_LOOKBACK = ')）”」』';
/** Lines this short (in UTF-16 units) carry an open bracket on to the next line. */
const SHORT_LINE = 6;

const NOTE = '中文文稿使用全角标点，引号用“”，书名用《》，括号成对。依据：GB/T 15834-2011《标点符号用法》。';

/** By UTF-16 code: the full-width form of a half-width mark, the closer of an opener, the opener of a closer. */
const FULL_OF = new Map([...Object.entries(FULL)].map(([k, v]) => [k.charCodeAt(0), v]));
const CLOSER_OF = new Map([...Object.entries(PAIRS)].map(([k, v]) => [k.charCodeAt(0), v]));
const OPENER_OF = new Map([...Object.entries(CLOSERS)].map(([k, v]) => [k.charCodeAt(0), v]));
const CLOSE_LOOKBACK_CODES = new Set([...CLOSE_LOOKBACK].map((c) => c.charCodeAt(0)));
const LEFT_QUOTE = 0x201c; // “
const STRAIGHT_QUOTE = 34; // "
const FULL_STOP = 46; // .
const IDEOGRAPHIC_STOP = 0x3002; // 。
const LESS = 0x3c; // <
const PAUSE = 0x3001; // 、
const CN_NUMERAL = /[一二三四五六七八九十\d]/;
/**
 * The word closing a list after its last pause mark (…、等事项, …、和跟踪回访): not a word it begins (和谐, 及时, 等级, 等次).
 * (与 opens a parallel attribute as often: 充满活力、与机关工作紧密相连的.)
 */
const LIST_CLOSER_RE = /^(?:等(?![级待候同于次第人到着])|和(?![谐平美睦顺蔼善气])|及(?![时格早])|以及)/;
const TILDE = 0x7e; // ~
/** A title of Han text between doubled angle brackets: <<中国共产党纪律处分条例>>. */
const ANGLE_TITLE_RE = /^<<[\u4e00-\u9fff][^<>\n]{0,40}?[\u4e00-\u9fff）)]>>/;
const HYPHEN = 0x2d; // -
const FULL_HYPHEN = 0xff0d; // －

/** Half-width and full-width brackets count as one family: ( and （ pair with ) and ）. */
const family = (x: string) => (x === '(' || x === '（' ? '（' : x);

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const { clean, paragraphs } = a.doc;
  /** Openers left open at the end of the previous paragraph: a pair may straddle a line break of extracted text. */
  let pending: Array<{ ch: string; at: number }> = [];
  const unclosed = (list: Array<{ ch: string; at: number }>) => {
    for (const open of list) report(file, meta, a, open.at, open.at + 1, { reason: `缺少后半：「${open.ch}」没有与之配对的「${PAIRS[open.ch]}」`, expected: [], note: NOTE });
  };
  const references = referencesFrom(a);
  for (let p = 0; p < paragraphs.length; p++) {
    const { cs, ce } = paragraphs[p];
    // A reference list follows its own citation style (GB/T 7714: half-width marks).
    if (cs >= references) break;
    let straightQuotes = 0;
    /** Openers still open on this line; a “ holds the first pair of double quotes closed inside it (`inner`: offsets of its “ and ”). */
    let stack: Array<{ ch: string; at: number; inner?: [number, number] }> | undefined;
    for (let i = cs; i < ce; i++) {
      // Most characters are not punctuation: one table read skips them.
      const c = clean.charCodeAt(i);
      const kind = INTEREST[c];
      if (!kind) continue;
      const next = i + 1 < ce ? clean.charCodeAt(i + 1) : 0;
      // A full-width mark not followed by another mark needs no further look.
      if (kind === 2 && !INTEREST[next] && c !== PAUSE) continue;
      // The character before, looking through closing brackets and quotes (…1次)! is still Chinese text).
      let b = i - 1;
      while (b > cs && CLOSE_LOOKBACK_CODES.has(clean.charCodeAt(b))) b--;
      const prev = b >= cs ? clean.charCodeAt(b) : 0;
      const nearCjk = isCjk(prev) || isCjk(next);
      // Three or more dots (... or 。。。) by Chinese text: an ellipsis, ……
      if ((c === FULL_STOP || c === IDEOGRAPHIC_STOP) && next === c) {
        let e = i + 1;
        while (e < ce && clean.charCodeAt(e) === c) e++;
        if (e - i >= 3 && (c === IDEOGRAPHIC_STOP || nearCjk || isCjk(e < ce ? clean.charCodeAt(e) : 0))) {
          report(file, meta, a, i, e, { reason: `省略号不规范：「${clean.slice(i, e)}」应为「……」`, expected: ['……'], note: NOTE });
          i = e - 1;
          continue;
        }
      }
      // A title between doubled angle brackets (<<条例>>): 《》, both halves. (Only such a pair: 相关链接>> is a web
      // page's link arrow, 风险值<<5% a comparison.)
      if (c === LESS && next === LESS) {
        const title = ANGLE_TITLE_RE.exec(clean.slice(i, Math.min(ce, i + 48)));
        if (title) {
          const close = i + title[0].length - 2;
          report(file, meta, a, i, i + 2, { reason: '书名号不规范：「<<」应为「《」', expected: ['《'], note: NOTE });
          report(file, meta, a, close, close + 2, { reason: '书名号不规范：「>>」应为「》」', expected: ['》'], note: NOTE });
          i = close + 1;
          continue;
        }
      }
      // A half-width tilde in a range of numbers before Chinese (3~5次): the full-width ～ of GB/T 15834.
      if (c === TILDE && isDigit(prev) && isDigit(next)) {
        let e = i + 1;
        while (e < ce && isDigit(clean.charCodeAt(e))) e++;
        let f = i - 1;
        while (f > cs && isDigit(clean.charCodeAt(f - 1))) f--;
        // (In Chinese text: a Han character right after the range or right before it.)
        if (isCjk(e < ce ? clean.charCodeAt(e) : 0) || isCjk(f > cs ? clean.charCodeAt(f - 1) : 0)) report(file, meta, a, i, i + 1, { reason: '浪纹线不规范：数值范围中的「~」应为全角「～」', expected: ['～'], note: NOTE });
        continue;
      }
      // Hyphens for a dash (硬骨头--老旧设备): ——.
      if ((c === HYPHEN || c === FULL_HYPHEN) && next === c) {
        let e = i + 1;
        while (e < ce && clean.charCodeAt(e) === c) e++;
        if (isCjk(prev) || isCjk(e < ce ? clean.charCodeAt(e) : 0)) report(file, meta, a, i, e, { reason: `破折号不规范：「${clean.slice(i, e)}」应为「——」`, expected: ['——'], note: NOTE });
        i = e - 1;
        continue;
      }
      // Half-width marks next to Chinese (but not inside numbers such as 1,000 or 10:30).
      const full = FULL_OF.get(c);
      if (full !== undefined && nearCjk && !(isDigit(prev) && isDigit(next))) {
        report(file, meta, a, i, i + 1, { reason: `半角标点：中文里的「${clean[i]}」应为全角「${full}」`, expected: [full], note: NOTE });
      } else if (c === STRAIGHT_QUOTE && nearCjk) {
        const open = straightQuotes % 2 === 0;
        straightQuotes++;
        report(file, meta, a, i, i + 1, { reason: `直引号：中文里的「"」应为${open ? '前引号「“」' : '后引号「”」'}`, expected: [open ? '“' : '”'], note: NOTE });
      } else if (c === FULL_STOP && prev >= 0x4e00 && prev <= 0x9fff && (i + 1 >= ce || (next >= 0x4e00 && next <= 0x9fff))) {
        // Between two Han characters (公示5天.党员对…) or at a paragraph's end: a sentence's full stop.
        report(file, meta, a, i, i + 1, { reason: '半角句点：中文句末的「.」应为「。」', expected: ['。'], note: NOTE });
      }
      // A pause mark before the word closing a list (A、B、等; A、B、和C): the mark goes.
      // (Not a heading's marker: 三、等次划分.)
      if (c === PAUSE && LIST_CLOSER_RE.test(clean.slice(i + 1, i + 3)) && !CN_NUMERAL.test(clean[i - 1] ?? '')) {
        report(file, meta, a, i, i + 2, { reason: `顿号多余：「${clean.slice(i, i + 2)}」中的“、”应删去`, expected: [clean[i + 1]], note: NOTE });
        i++;
        continue;
      }
      // Doubled and conflicting marks.
      if (i + 1 < ce) {
        if (DOUBLED.has(c) && next === c) {
          report(file, meta, a, i, i + 2, { reason: `标点重复：「${clean[i]}${clean[i]}」`, expected: [clean[i]], note: NOTE });
          i++;
          continue;
        }
        const keep = CONFLICT_CODES.get((c << 16) | next);
        if (keep !== undefined) {
          report(file, meta, a, i, i + 2, { reason: `标点冲突：「${clean[i]}${clean[i + 1]}」连用`, expected: [keep], note: NOTE });
          i++;
          continue;
        }
      }
      // Pairs: full-width and half-width brackets count as one family.
      if (CLOSER_OF.has(c)) (stack ??= []).push({ ch: clean[i], at: i });
      else {
        const opener = OPENER_OF.get(c);
        if (opener === undefined) continue;
        const want = family(opener);
        let k = (stack?.length ?? 0) - 1;
        while (k >= 0 && family(stack![k].ch) !== want) k--;
        if (k >= 0) {
          // A quotation set inside the sentence as a phrase (把“让每一艘船平安进出港。”写进承诺) takes no full stop of its
          // own: only one introduced by a colon, or standing as a sentence, ends with 。 inside the quotes.
          if (c === 0x201d && clean.charCodeAt(i - 1) === IDEOGRAPHIC_STOP && isHan(clean.charCodeAt(i + 1)) && EMBEDS_QUOTE.has(clean[stack![k].at - 1] ?? '')) {
            report(file, meta, a, i - 1, i + 1, { reason: '引号内句号多余：引语作句子成分时，引号内末尾不用句号', expected: ['”'], note: NOTE });
          }
          // Double quotes inside double quotes (叫“多干一点”…” inside a “…”): the inner pair takes single quotes ‘’.
          if (c === 0x201d) {
            const inner = stack![k].inner;
            if (inner) report(file, meta, a, inner[0], inner[1] + 1, { reason: '引号嵌套：引号里面还要用引号时，里层用单引号‘’', expected: [`‘${clean.slice(inner[0] + 1, inner[1])}’`], note: NOTE });
            let j = k - 1;
            while (j >= 0 && stack![j].ch !== '“') j--;
            if (j >= 0) stack![j].inner ??= [stack![k].at, i];
          }
          // A title inside a title (《…关于印发《…指导意见》的通知》): the inner pair takes single title marks 〈〉.
          if (c === 0x300b && stack!.findIndex((x) => x.ch === '《') < k) {
            report(file, meta, a, stack![k].at, i + 1, { reason: '书名号嵌套：书名号里面还要用书名号时，里层用单书名号〈〉', expected: [`〈${clean.slice(stack![k].at + 1, i)}〉`], note: NOTE });
          }
          // Openers left inside a pair that closes (《…条例（试行》) are never closed.
          if (k < stack!.length - 1) unclosed(stack!.slice(k + 1));
          stack!.length = k;
        } else {
          const j = pending.findIndex((x) => family(x.ch) === want);
          if (j >= 0) pending.splice(j, 1);
          else report(file, meta, a, i, i + 1, { reason: `缺少前半：「${clean[i]}」没有与之配对的「${opener}」`, expected: [], note: NOTE });
        }
      }
    }
    // Very short lines (大 / 中 / 小 of a page's font switch) let a pending pair run on to the next line.
    const short = ce - cs <= SHORT_LINE;
    if (!short && pending.length) {
      unclosed(pending);
      pending = [];
    }
    // A quotation running over several paragraphs opens each with “ and closes only at the end.
    if (stack?.length) {
      const nextOpensQuote = p + 1 < paragraphs.length && clean.charCodeAt(paragraphs[p + 1].cs) === LEFT_QUOTE;
      for (const open of stack) if (!(open.ch === '“' && nextOpensQuote)) pending.push(open);
    }
  }
  unclosed(pending);
  // A document number's year in square or round brackets (公司党发[2025]4号): GB/T 9704 writes it in 〔〕.
  if (/[[［(（]\d{4}[\]］)）]/.test(clean)) {
    DOC_NUMBER_BRACKETS.lastIndex = 0;
    for (let m; (m = DOC_NUMBER_BRACKETS.exec(clean)); ) {
      if (m.index >= references) break;
      const fixed = `〔${m[1]}〕`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `文号括号不规范：「${m[0]}」中的年份应用六角括号，写作「${fixed}」`, expected: [fixed], note: NOTE_DOC_NUMBER });
    }
  }
};

/** A document number's year in the wrong brackets, before its serial number: 党发[2025]4号, 党发（2025）4号. */
const DOC_NUMBER_BRACKETS = /(?<=[\u4e00-\u9fff])[[［(（](\d{4})[\]］)）](?=\d{1,4}号)/g;
const NOTE_DOC_NUMBER = '发文字号中的年份用六角括号“〔〕”括入（党发〔2025〕4号），不用方括号或圆括号。依据：GB/T 9704-2012《党政机关公文格式》7.2.4。';

/** Clean offset where a 参考文献 (references) section starts, or Infinity. */
export function referencesFrom(a: Analysis): number {
  const h = a.doc.headings.find((x) => /^(?:参考文献|References)$/.test(x.text.replace(/\s/g, '')));
  return h ? a.doc.paragraphs[h.paragraph].cs : Infinity;
}

export default { meta, plugin } satisfies Rule;

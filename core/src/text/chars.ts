/**
 * Character classes for Chinese prose, on UTF-16 code units, from one 64 K
 * lookup table (a class test is one array read: the parser and the anchor
 * scanner call these for every character).
 *
 * All functions take a UTF-16 code unit (`string.charCodeAt(i)`), not a code
 * point: surrogate halves are never Han, punctuation or space, so a
 * supplementary character (an emoji) is an opaque symbol.
 */

const HAN = 1;
const TERMINAL = 2;
const CLOSING = 4;
const SPACE = 8;
const PUNCT = 32;
const ALNUM = 64;
const CJK = 128;

const TABLE = new Uint8Array(65536);
const mark = (chars: string, bit: number) => {
  for (const ch of chars) TABLE[ch.charCodeAt(0)] |= bit;
};
for (let c = 0x4e00; c <= 0x9fff; c++) TABLE[c] |= HAN | CJK;
for (let c = 0x3400; c <= 0x4dbf; c++) TABLE[c] |= HAN | CJK;
for (let c = 0xf900; c <= 0xfaff; c++) TABLE[c] |= HAN | CJK;
TABLE[0x3007] |= HAN | CJK; // 〇
for (let c = 0x3000; c <= 0x303f; c++) TABLE[c] |= CJK;
for (let c = 0xff00; c <= 0xffef; c++) TABLE[c] |= CJK;
mark('“”‘’…—', CJK);
mark('。！？；!?;', TERMINAL);
mark('”’」』）)》】〕］]〉"\'', CLOSING);
mark(' \t\n\r\f\v\u3000\u00a0\ufeff\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b', SPACE);
mark('。！？；!?;，、：,:．.…—–-~～·“”‘’「」『』《》〈〉（）()【】〔〕［］[]{}"\'/／|｜*＊#＃&＆%％+＋=＝<>@＠', PUNCT);
for (let c = 48; c <= 57; c++) TABLE[c] |= ALNUM;
for (let c = 65; c <= 90; c++) TABLE[c] |= ALNUM;
for (let c = 97; c <= 122; c++) TABLE[c] |= ALNUM;
for (let c = 0xff10; c <= 0xff19; c++) TABLE[c] |= ALNUM;
for (let c = 0xff21; c <= 0xff3a; c++) TABLE[c] |= ALNUM;
for (let c = 0xff41; c <= 0xff5a; c++) TABLE[c] |= ALNUM;

/** True for a Han ideograph in the BMP (CJK Unified Ideographs, Ext. A, compatibility, 〇). */
export function isHan(c: number): boolean {
  return (TABLE[c] & HAN) !== 0;
}

/** True for ASCII letters and digits and their full-width forms. */
export function isAlnum(c: number): boolean {
  return (TABLE[c] & ALNUM) !== 0;
}

/** True for ASCII or full-width digits. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Whitespace, including the ideographic space U+3000 and NBSP. */
export function isSpace(c: number): boolean {
  return (TABLE[c] & SPACE) !== 0;
}

/** Ends a sentence: 。！？； and the half-width ! ? ; (the half-width full stop is handled by the sentence splitter: it occurs in numbers). */
export function isTerminal(c: number): boolean {
  return (TABLE[c] & TERMINAL) !== 0;
}

/** Closing quotes and brackets, which stay with the sentence they close. */
export function isClosing(c: number): boolean {
  return (TABLE[c] & CLOSING) !== 0;
}

/** Any punctuation or symbol mark used in Chinese or ASCII prose. */
export function isPunct(c: number): boolean {
  return (TABLE[c] & PUNCT) !== 0;
}

/** Han, CJK punctuation, full-width forms, Chinese quotes, … and —. */
export function isCjk(c: number): boolean {
  return (TABLE[c] & CJK) !== 0;
}

/** Counts Han characters in `s[from, to)`. */
export function hanCount(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) if (TABLE[s.charCodeAt(i)] & HAN) n++;
  return n;
}

/** The UTF-16 codes of the characters of `chars`, as a set for one-lookup class tests (codeSet('，；：').has(c)). */
export function codeSet(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)));
}

/**
 * The clause around clean[start, end): [from, to) out to the nearest code for which `isSep` holds on
 * each side (the separators themselves excluded), within [lo, hi). Callers bound lo/hi to a sentence or
 * to a fixed reach, so that a text with no punctuation stays linear.
 */
export function clauseAround(clean: string, start: number, end: number, isSep: (c: number) => boolean, lo = 0, hi = clean.length): [number, number] {
  let from = start;
  while (from > lo && !isSep(clean.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < hi && !isSep(clean.charCodeAt(to))) to++;
  return [from, to];
}

/** Closing quote for each opening quote mark: ‘’ “” 「」 『』. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '‘': '’', '“': '”', '「': '」', '『': '』' };

/**
 * Whether clean[start, end) stands alone between a pair of quote marks (有的总结通篇‘成效显著’): a word
 * mentioned, not used. UTF-16 offsets.
 */
export function quotedAsWord(clean: string, start: number, end: number): boolean {
  const close = QUOTE_PAIRS[clean[start - 1] ?? ''];
  return close !== undefined && clean[end] === close;
}

/** `ce` (a UTF-16 offset into `clean`) moved back over the terminators (。！？；) and spaces ending a sentence. */
export function trimSentenceEnd(clean: string, ce: number): number {
  while (ce > 0 && (isTerminal(clean.charCodeAt(ce - 1)) || isSpace(clean.charCodeAt(ce - 1)))) ce--;
  return ce;
}

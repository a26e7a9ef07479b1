/**
 * Character classes for Chinese prose, on UTF-16 code units.
 *
 * All functions take a UTF-16 code unit (`string.charCodeAt(i)`), not a code
 * point: surrogate halves are never Han, punctuation or space, so a supplementary
 * character (e.g. an emoji) is treated as an opaque symbol.
 */

/** True for a Han ideograph in the BMP (CJK Unified Ideographs, Ext. A, compatibility). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007; // 〇
}

/** True for ASCII letters and digits and their full-width forms. */
export function isAlnum(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

/** True for ASCII or full-width digits. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Whitespace, including the ideographic space U+3000 and NBSP. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
}

const TERMINAL = new Set([..."。！？；!?;．"].map((s) => s.charCodeAt(0)));
/** Ends a sentence: 。！？； and their half-width forms (the half-width full stop is not one: it occurs in numbers). */
export function isTerminal(c: number): boolean {
  return TERMINAL.has(c) && c !== 0xff0e;
}

const CLOSING = new Set([..."”’」』）)》】〕］]〉\"'"].map((s) => s.charCodeAt(0)));
/** Closing quotes and brackets, which stay with the sentence they close. */
export function isClosing(c: number): boolean {
  return CLOSING.has(c);
}

const CLAUSE = new Set([..."，、：,:"].map((s) => s.charCodeAt(0)));
/** Clause punctuation: kept inside the sentence as punctuation nodes. */
export function isClausePunct(c: number): boolean {
  return CLAUSE.has(c);
}

const PUNCT = new Set([..."。！？；!?;，、：,:．.…—–-~～·“”‘’「」『』《》〈〉（）()【】〔〕［］[]{}\"'/／|｜*＊#＃&＆%％+＋=＝<>《》@＠"].map((s) => s.charCodeAt(0)));
/** Any punctuation or symbol mark used in Chinese or ASCII prose. */
export function isPunct(c: number): boolean {
  return PUNCT.has(c);
}

/** The CJK range used by "is this line Chinese": Han, CJK punctuation, full-width forms. */
export function isCjk(c: number): boolean {
  return isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2026 || c === 0x2014;
}

/** Counts Han characters in `s`. */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) n++;
  return n;
}

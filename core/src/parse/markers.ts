/**
 * Chinese official heading markers (一、 （一） 1. 1.1 （1） ① 第一， 第X条 …).
 *
 * A marker gives a rank: lower ranks are higher in the outline, so
 * `一、` (3) contains `（一）` (4), which contains `1.` (5). Markdown and HTML
 * heading levels use ranks 1–6 shifted below (see `markupRank`).
 */

/** The kind of a heading marker, for comments and tests. */
export type MarkerKind =
  | 'chapter'
  | 'section'
  | 'cn'
  | 'cn-paren'
  | 'num'
  | 'num-space'
  | 'num-2'
  | 'num-3'
  | 'num-paren'
  | 'circled'
  | 'ordinal'
  | 'article'
  | 'enum';

/** A marker found at the start of a line: its kind, outline rank and length in UTF-16 code units (with following spaces). */
export interface Marker {
  kind: MarkerKind;
  rank: number;
  length: number;
}

const CN = '[一二三四五六七八九十百零〇两]';
const RULES: Array<[MarkerKind, number, RegExp]> = [
  ['chapter', 2, new RegExp(`^第${CN}{1,3}[章部篇](?:分)?[\\s　]*`)],
  ['section', 3, new RegExp(`^第${CN}{1,3}节[\\s　]*`)],
  ['article', 8, new RegExp(`^第(?:${CN}{1,4}|\\d{1,3})条[\\s　]*`)],
  ['ordinal', 9, new RegExp(`^第${CN}{1,2}[，,、：:][\\s　]*`)],
  ['cn', 3, new RegExp(`^${CN}{1,3}[\\s　]*[、.．][\\s　]*`)],
  ['cn-paren', 4, new RegExp(`^[（(][\\s　]*${CN}{1,3}[\\s　]*[）)][\\s　]*`)],
  ['num-3', 7, /^\d{1,2}[.．]\d{1,2}[.．]\d{1,2}(?![\d%％])[\s　]*/],
  ['num-2', 6, /^\d{1,2}[.．]\d{1,2}(?![\d%％万亿千百元个倍])[\s　]*/],
  // (1.2025年…: a year right after the point opens an item; 1.5万 is a number.)
  ['num', 5, /^\d{1,2}[\s　]*[、.．](?:(?![\d%％])|(?=(?:19|20)\d{2}年))[\s　]*/],
  ['num-space', 5, /^\d{1,2}[\s　]+(?=[\u4e00-\u9fff])/],
  ['num-paren', 8, /^[（(][\s　]*\d{1,2}[\s　]*[）)][\s　]*/],
  ['circled', 9, /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳][\s　、.．]*/],
  ['enum', 10, new RegExp(`^(?:${CN}{1,2}是|其${CN}{1,2}[，,、]|(?:首先|其次|再次|最后)[，,])[，,：:]?`)],
];

/** For each first character a marker can start with, the rules that can match (in {@link RULES} order). */
const BY_FIRST = new Map<number, Array<[MarkerKind, number, RegExp]>>();
{
  const firsts: Array<[string, MarkerKind[]]> = [
    ['第', ['chapter', 'section', 'article', 'ordinal']],
    ['0123456789', ['num-3', 'num-2', 'num', 'num-space']],
    ['（(', ['cn-paren', 'num-paren']],
    ['①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳', ['circled']],
    ['一二三四五六七八九十', ['cn', 'enum']],
    ['其首再最', ['enum']],
  ];
  for (const [chars, kinds] of firsts) {
    const rules = RULES.filter(([k]) => kinds.includes(k));
    for (const ch of chars) BY_FIRST.set(ch.charCodeAt(0), rules);
  }
}

/**
 * The marker at UTF-16 offset `at` of `text`, or null: {@link matchMarker} on the next few characters, read only
 * when the character there can start a marker (one table lookup for all the others).
 */
export function markerAt(text: string, at: number): Marker | null {
  return BY_FIRST.has(text.charCodeAt(at)) ? matchMarker(text.slice(at, at + 12)) : null;
}

/** The marker at the start of `text`, or null. `text` must already be trimmed at the start. */
export function matchMarker(text: string): Marker | null {
  // Only the rules that can start with the first character are tried.
  const rules = BY_FIRST.get(text.charCodeAt(0));
  if (!rules) return null;
  for (const [kind, rank, re] of rules) {
    const m = re.exec(text);
    if (m) return { kind, rank, length: m[0].length };
  }
  return null;
}

/** Outline rank for a Markdown/HTML heading level (1–6) or a bold line (7). */
export function markupRank(level: number): number {
  return level >= 7 ? 9 : level - 4; // h1 → -3 … h6 → 2: always above Chinese markers
}

/** The names of the field that names a task in a form (工作事项, 任务名称): alternatives of a regular expression. */
const TASK_NAME_LIST = '工作事项|任务名称|事项名称|项目名称|任务内容|工作内容|督办事项|重点任务|整改措施|整改举措';
/** {@link TASK_NAME_LIST} as one group, a regular-expression source. */
export const TASK_NAMES = `(?:${TASK_NAME_LIST})`;
/** A task's number as its label (任务三, 任务2), as a regular-expression source. */
export const TASK_NUMBER = '(?:整改|重点|工作|攻坚)?任务[一二三四五六七八九十\\d]{1,2}';
/** The names of a task's form fields (责任人, 完成时限, 整改目标, 预期成效, and the task's own: 工作事项, 任务三), as a regular-expression source. */
const FIELD_NAMES = `(?:(?:牵头|主要|第一|具体|直接)?责任(?:单位|部门|科室|处室|领导|人)|负责(?:人|单位|部门)|牵头(?:单位|部门|科室|处室|领导|人)?|主责(?:单位|部门|科室|处室)|配合(?:单位|部门)?|(?:完成|办结|整改)(?:时限|时间|节点)|工作要求|实施(?:时间|周期|措施)|具体措施|时间节点|时间|考核指标|验收成果|(?:工作|整改|预期|建设|服务|量化|任务|完成)?目标|时限|成果形式|预期(?:成果|成效|效果)|交付成果|成果|交付物|${TASK_NAME_LIST}|${TASK_NUMBER})`;

/**
 * The label of a form field of a task (责任人：, 完成时限：, 整改目标：, or in square brackets: 【责任部门】), as a
 * regular-expression source: a line that opens with one is a value, not a heading, and a measure reads its owner,
 * deadline and target from it.
 */
export const FIELD_LABEL = `(?:${FIELD_NAMES}[:：]|【${FIELD_NAMES}】)`;

/** A line that is only a date: the issuing date under a signature (2025年1月15日, 2025 年 3 月, 二〇二五年一月). */
export const DATE_LINE_RE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?$/;

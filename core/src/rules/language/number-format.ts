/**
 * language/number-format — numbers written against GB/T 15835-2011
 * 《出版物上数字用法》: full-width digits, 顿号 between adjacent numbers of an
 * estimate (三、四个 → 三四个, 3、4户 → 三四户), a percentage range with one %
 * (10-20% → 10%～20%), counts written in Chinese numerals in a text that
 * writes its counts in Arabic (组建3支…完成五项 → 5项), and one number written
 * two ways: Chinese numerals with an Arabic 0 / letter O / symbol ○ (二0二四年
 * → 二〇二四年), Arabic digits with 千/百 (1万5千元 → 1.5万元).
 */
import type { VFile } from 'vfile';
import { AnchorKind, type Analysis } from '../../analysis/analysis.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { isHan } from '../../text/chars.js';

const FULLWIDTH_DIGITS = /[０-９]+(?:[．.][０-９]+)?/g;
/** Two adjacent numbers joined by 、 as an estimate (三、四天 → 三四天); not two grades named (四、五年级). */
const ESTIMATE = /([一二三四五六七八九])、([一二三四五六七八九十])(?=[个天年月次名人项条种所家批])(?!年级)/g;
/**
 * Two adjacent Arabic numbers with a 顿号 before a count classifier (3、4户): an estimate when the second
 * is the first plus one (checked below). Not after 第 or another number (第3、4季度, 2、3、4个); a 号/月/季度
 * after them names two things (3、4号线, 3、4月份), and no classifier follows there. A magnitude may come
 * between (3、4百元 → 三四百元).
 */
const ARABIC_ESTIMATE = /(?<![0-9０-９.．、第])([1-8])、([2-9])(?=[十百千]?[个户人名次场篇条项家位件本台支批所座间天元栋幢辆艘])/g;
const CN_ESTIMATE: Record<string, string[]> = {
  '12': ['一两'], '23': ['两三', '二三'], '34': ['三四'], '45': ['四五'], '56': ['五六'], '67': ['六七'], '78': ['七八'], '89': ['八九'],
};
/**
 * Digits of a number written digit by digit (a year, a code), to find one mixing Chinese numerals with
 * Arabic digits, the letter O or ○ (二0二四). Per UTF-16 code: 1 for a Chinese numeral, 2 for an Arabic digit (half or full width), O or ○; 0 otherwise. */
const RUN_KIND = new Uint8Array(65536);
for (const c of '〇零一二三四五六七八九') RUN_KIND[c.charCodeAt(0)] = 1;
for (const c of '0123456789０１２３４５６７８９OoΟ○◯') RUN_KIND[c.charCodeAt(0)] = 2;
const CN_NUMERAL = /[〇零一二三四五六七八九]/;
const ARABIC_CHAR = /[0-9０-９]/;
const RUN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', O: '0', o: '0', Ο: '0', '○': '0', '◯': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CN_OF_DIGIT = '〇一二三四五六七八九';
/** An Arabic number with more than one magnitude character (1万5千, 2亿3千万): only 万 and 亿 may go with Arabic digits. */
const MAGNITUDE_RUN = /(?<![0-9.])(?:\d+(?:\.\d+)?(?:千万|百万|十万|亿|万|千|百)){2,}/g;
/**
 * One Arabic number with 十, 百 or 千 as its unit (5十多名, 1百余人, 5千元): only 万 and 亿 may be (GB/T 15835: 一般不以十、百、千作单位).
 * Not inside a longer number (1万5千, reported whole) nor after a 顿号 (3、4百元 is an estimate), nor 千米 (kilometres: 126.5千米).
 */
const HUNDREDS = /(?<![0-9０-９.．、万亿千百十])(\d{1,3}(?:\.\d)?)([十百千])(?![0-9万亿百千十一二三四五六七八九])(?!(?<=千)米)(?=[余多个户人名次场篇条项家位件本台支批所座间天元米吨亩斤册份张套株棵])/g;
const MAGNITUDE_PART = /(\d+(?:\.\d+)?)(千万|百万|十万|亿|万|千|百)/g;
const MAGNITUDE: Record<string, number> = { 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 千: 1e3, 百: 1e2, 十: 10 };
/** The Arabic numbers of a magnitude run with their magnitude characters: 1万5千 → [{1, 万}, {5, 千}]. */
const magnitudeParts = (run: string) => [...run.matchAll(MAGNITUDE_PART)].map((p) => ({ value: Number(p[1]), unit: p[2] }));
/** Whether each magnitude is below the one before it (万 then 千). */
const falling = (parts: Array<{ unit: string }>) => parts.every((p, k) => k === 0 || MAGNITUDE[p.unit] < MAGNITUDE[parts[k - 1].unit]);
const PERCENT_RANGE = /(\d+(?:\.\d+)?)\s*[-~～—–至]\s*(\d+(?:\.\d+)?)\s*[%％]$/;
/** Measure words of counts (项、次、名…), where statistics call for Arabic numerals. */
const COUNT_UNIT_CODES = new Set([...'项次个名人篇场支家件条份批所处户台套元吨列期轮堂辆类'].map((c) => c.charCodeAt(0)));
/** Two-character measure words of frequency (人次, 架次). */
const FREQUENCY_UNITS = new Set(['人次', '架次', '车次', '班次', '批次', '户次', '场次', '台次', '列次', '辆次']);
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

/**
 * The year ending at the 年 at `i`: a Chinese year written with 零 (二零二五年), a date whose year and month
 * are in two styles (二〇二四年3月, 2024年三月), or a year cut to two digits (24年秋季, 自22年起).
 */
function yearAt(file: VFile, a: Analysis, clean: string, i: number): void {
  const cn = (k: number) => k >= 0 && RUN_KIND[clean.charCodeAt(k)] === 1;
  if (cn(i - 1) && cn(i - 2) && cn(i - 3) && cn(i - 4) && !cn(i - 5)) {
    const four = clean.slice(i - 4, i);
    if (four.includes('零')) {
      const fixed = four.replace(/零/g, '〇');
      report(file, meta, a, i - 4, i + 1, { reason: `年份用字：「${four}年」中的“零”应写作“〇”，即「${fixed}年」`, expected: [`${fixed}年`], note: NOTE_MIXED_DIGITS });
    }
    const arabicYear = `${[...four].map((c) => RUN_DIGIT[c]).join('')}年`;
    const m = /^(\d{1,2})月/.exec(clean.slice(i + 1, i + 4));
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) mixedDate(file, a, i - 4, i + 1 + m[0].length, `${arabicYear}${Number(m[1])}月`, true);
    // A year in Chinese numerals inside a sentence of a text that writes its years in Arabic digits (比二〇二三年增长…
    // beside 2024年): one style. (Not a date on a line of its own, the signature's 二〇二五年三月十日.)
    // (Nor the milestone years the Party's documents write in Chinese numerals: 到二〇三五年, 到二〇五〇年.)
    else if (!m && !four.includes('零') && clean[i - 5] !== '到' && ARABIC_YEAR_RE.test(clean) && isHan(clean.charCodeAt(i - 5)) && !/^[一二三四五六七八九十]{1,2}月/.test(clean.slice(i + 1, i + 4))) {
      report(file, meta, a, i - 4, i + 1, { reason: `数字体例不一致：文中年份用阿拉伯数字，「${four}年」宜写作「${arabicYear}」`, expected: [arabicYear], note: NOTE_DATE });
    }
    return;
  }
  if (!isDigitAt(clean, i - 1) || !isDigitAt(clean, i - 2)) return;
  if (isDigitAt(clean, i - 3) && isDigitAt(clean, i - 4) && !isDigitAt(clean, i - 5)) {
    const m = CN_MONTH_NEXT.test(clean[i + 1] ?? '') ? /^([一二三四五六七八九十]{1,3})月/.exec(clean.slice(i + 1, i + 5)) : null;
    const month = m ? chineseNumber(m[1]) : undefined;
    if (m && month !== undefined && month >= 1 && month <= 12) mixedDate(file, a, i - 4, i + 1 + m[0].length, `${clean.slice(i - 4, i)}年${month}月`, false);
    return;
  }
  if (!NOT_BEFORE_YEAR.has(clean[i - 3] ?? '')) {
    const next = clean.slice(i + 1, i + 5);
    // (After 自/于, or opening a sentence, 24年， is a year too: 自22年起, 24年，支部共收到…)
    // (…unless the text counts years of that number elsewhere: 17年，324次出队 beside 17年来.)
    const since = '自于'.includes(clean[i - 3] ?? '-') || ((i < 3 || SENTENCE_END_BEFORE.has(clean[i - 3])) && !yearsCounted(a).has(clean.slice(i - 2, i)));
    // (…and a year compared with: 与23年相比.)
    const compared = '与同较'.includes(clean[i - 3] ?? '-') && next.startsWith('相比');
    if (!SHORT_YEAR_NEXT.test(next) && !(since && SHORT_YEAR_SINCE.test(next)) && !compared) return;
    const yy = clean.slice(i - 2, i);
    // Two digits after 50 are last century's years (98年): 19xx; the rest this century's.
    const full = `${Number(yy) >= 50 ? '19' : '20'}${yy}年`;
    report(file, meta, a, i - 2, i + 1, { reason: `年份简写：「${yy}年」应写出完整年份「${full}」`, expected: [full], note: NOTE_SHORT_YEAR });
  }
}

/** Reports the date clean[start, end) written in two styles; `arabic` is its all-Arabic form. */
function mixedDate(file: VFile, a: Analysis, start: number, end: number, arabic: string, cnYear: boolean): void {
  const text = a.doc.clean.slice(start, end);
  report(file, meta, a, start, end, {
    reason: `日期数字混写：「${text}」年用${cnYear ? '汉字' : '阿拉伯'}数字、月用${cnYear ? '阿拉伯' : '汉字'}数字，应统一写作「${arabic}」`,
    expected: [arabic],
    note: NOTE_DATE,
  });
}

export const meta: RuleMeta = {
  id: 'language/number-format',
  family: 'language',
  description: '数字用法不规范：全角数字、概数加顿号、百分数范围漏写%、同类数量中文与阿拉伯数字混用、一个数里混写两种数字（二0二四年、1万5千元）、年份简写（24年）、圆点分隔的日期（2025.4.18）、时分混写（三点30分）、范围两端混写（3至五名）、年份范围用半字线（2024-2026年）',
  rationale: '统计数字用阿拉伯数字、全文统一，是公文和新闻稿的基本要求；混用会让数据显得随意。',
  sources: [{ seed: '000', section: '全文', point: '论文对统计数字统一使用阿拉伯数字（如 2025 年、430000）' }],
  severity: { summary: 'info', publicity: 'warning', submission: 'info' },
  examples: { bad: '全年组建3支突击队，完成五项攻坚任务，合格率提升10-20%。', good: '全年组建3支突击队，完成5项攻坚任务，合格率提升10%～20%。' },
  url: ruleUrl('language/number-format'),
};

const NOTE = '依据：GB/T 15835-2011《出版物上数字用法》——统计和计量数字用阿拉伯数字，同一文稿体例统一；相邻数字连用表示概数时中间不用顿号；数值范围的百分号不能省略。';
const NOTE_ESTIMATE = '依据：GB/T 15835-2011《出版物上数字用法》——相邻的两个数字连用表示概数时用汉字数字，中间不用顿号（三四户、两三个）；若确指两个编号（3号线、4号线），则不是概数。';
const NOTE_MIXED_DIGITS = '依据：GB/T 15835-2011《出版物上数字用法》——一个数值不能把汉字数字与阿拉伯数字混写；年份等编号用汉字数字时，“0”写作“〇”（二〇二四年），不用阿拉伯数字“0”、字母“O”或符号“○”。';
const NOTE_MAGNITUDE = '依据：GB/T 15835-2011《出版物上数字用法》——数值较大时可以用“万”“亿”作单位、其余部分用阿拉伯数字；除此之外，一个数值不能把阿拉伯数字与“千”“百”等汉字数字混用（不写“1万5千元”）。';

const NOTE_MIXED_WORDS = '依据：GB/T 15835-2011《出版物上数字用法》——一个数值不能把汉字数字与阿拉伯数字混写：百分数用“11%”或“百分之十一”，带“几”的概数用汉字数字（十几名、二十几个）。';

const NOTE_TIME = '依据：GB/T 15835-2011《出版物上数字用法》——计时的时、分、秒用同一种数字，一般用阿拉伯数字（15点30分、15:30），不能时用汉字、分用阿拉伯数字。';
const NOTE_DATE = '依据：GB/T 15835-2011《出版物上数字用法》——年月日用阿拉伯数字或汉字数字应全部一致，不能年用一种、月日用另一种；公文正文的公历日期一般用阿拉伯数字。';
/** After a two-digit year: what makes it a year (24年秋季, 23年5月, 23年底), not a span (工作24年). */
const SHORT_YEAR_NEXT = /^(?:[0-9]{1,2}月|全年|[春夏秋冬]|上半年|下半年|年初|年底|年末|底|初(?!心)|第?[一二三四]季度|度(?![假])|同期|至今)/;
/**
 * The two-digit numbers of years the text counts somewhere (17年来, 17年间, 17年如一日, 17年的): n年 opening a
 * sentence with one of these is a span, not a year. Found once per document.
 */
function yearsCounted(a: Analysis): ReadonlySet<string> {
  return a.shared('number-format.yearsCounted', () => new Set([...a.doc.clean.matchAll(YEARS_COUNTED_RE)].map((m) => m[1])));
}
const YEARS_COUNTED_RE = /(?<!\d)(\d{2})年(?:来|间|如一日|的)/g;
/** What ends the sentence before a two-digit year that opens the next (…。24年，…): a sentence end or a line break. */
const SENTENCE_END_BEFORE = new Set([...'。！？；\n']);
/** After 自/于, or at a sentence's start, and a two-digit year: 自22年起, 于23年，, 24年， */
const SHORT_YEAR_SINCE = /^(?:起|以来|开始|[，,])/;
/** First characters of a month in Chinese numerals. */
const CN_MONTH_NEXT = /[一二三四五六七八九十]/;
const isDigitAt = (t: string, k: number) => k >= 0 && t.charCodeAt(k) >= 48 && t.charCodeAt(k) <= 57;
/** Characters that may not stand before a year's digits (it would be a longer number or an ordinal). */
const NOT_BEFORE_YEAR = new Set([...'0123456789０１２３４５６７８９.．第〇零一二三四五六七八九十百千']);
const NOTE_SHORT_YEAR = '依据：GB/T 15835-2011《出版物上数字用法》——年份一般不应简写，如“2024年”不应简作“24年”。';
/** A percentage with decimals in Chinese numerals (百分之九十七点三). */
const PERCENT_CN_DECIMAL = /百分之([一二三四五六七八九十百]+)点([零〇一二三四五六七八九]+)/g;
/** A fraction with Arabic digits around 分之 (3分之2, 3分之二): group 1 the denominator, 2 or 3 the numerator. */
const FRACTION_MIXED = /(?<![0-9.百千万])([0-9０-９]{1,3})分之(?:([0-9０-９]{1,3})|([一二三四五六七八九十]{1,3}))/g;
/** Chinese numerals 1–10 by value. */
const CN_TENS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** A decimal in Arabic digits from its whole part and its fraction's Chinese digits: (97, 三) → 97.3. */
const cnDecimal = (whole: number, fraction: string) => `${whole}.${[...fraction].map((c) => CN_DIGIT[c]).join('')}`;
/** A whole percentage in Chinese numerals (百分之九十五), not one with decimals. */
const PERCENT_CN_WHOLE = /百分之([一二三四五六七八九十百]+)(?!点)/g;
/** A decimal in Chinese numerals before a unit of measure (一点三千克, 三点五万元): a measurement, in Arabic digits. */
const CN_DECIMAL_MEASURE = /(?<![零〇一二两三四五六七八九十百千万之])([一二三四五六七八九十]{1,3})点([零〇一二三四五六七八九]{1,3})(?=千克|公斤|克|公里|千米|米|吨|亩|万|亿|倍|平方|立方|小时|元|个百分点)/g;
/** 百分之 followed by Arabic digits (百分之11 → 11%). */
const PERCENT_WORDS = /百分之([0-9０-９]+(?:[.．][0-9０-９]+)?)/g;
/** Arabic tens with 几 before a measure word or a noun (10几名 → 十几名, 10几处, 20几岁). */
const TENS_JI = /(?<![0-9.])(10|20|30|40|50|60|70|80|90)几(?=[\u4e00-\u9fff])/g;

/**
 * An exact whole number of two or more digits ending in a non-zero digit, with 余 before a unit: 2386余份, 47余人
 * (not a decimal, not 3.5万余, not 100余人).
 */
const EXACT_WITH_YU = /(?<![0-9.．,，])([1-9]\d*[1-9])余(?=[个户人名次场篇条项家位件本台支批所座间份册套张元株棵亩吨公里米平方])/g;
const NOTE_YU = '依据：GB/T 15835-2011《出版物上数字用法》——“余”“多”表示概数，接在整数之后（2300余份、40余人）；确数（2386份）不再加“余”。';
/** A range of amounts with 万/亿 after the second number only: 3～5万元. */
const MAGNITUDE_RANGE = /(\d+(?:\.\d+)?)[～~](\d+(?:\.\d+)?)(万|亿)(?=[元人户个吨亩次件名])/g;
/** A single Arabic digit with 千 or 百 before 万 or 亿: 3千万, 5百亿. */
const THOUSANDS_OF = /(?<![0-9.０-９千百万亿])(\d)(千|百)(万|亿)/g;
/** Ordinals listed together in two styles: 第3、四季度, 第二、3批. */
const ORDINAL_LIST_MIXED = /第(?:([1-9])、([一二三四五六七八九十])|([一二三四五六七八九十])、([1-9]))(?![0-9一二三四五六七八九十])/g;
/** A year in Arabic digits: 2024年. */
const ARABIC_YEAR_RE = /(?<!\d)(?:19|20)\d{2}年/;
/** A date in the year–month style of Chinese prose: 2024年3月. */
const CN_STYLE_DATE = /\d{4}年\d{1,2}月/;
/** An ISO date in prose (2024-06-20), not part of a longer number or code. */
const ISO_DATE = /(?<![\d\-A-Za-z])((?:19|20)\d{2})-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?![\d\-])/g;
/** A Party congress named with Arabic digits: 党的20大. */
const CONGRESS_ARABIC = /党的(1\d|2\d)大(?!\d)/g;
/** 10–29 in Chinese numerals: 十九, 二十, 二十一. */
const cnTens = (n: number) => (n < 20 ? '十' : '二十') + (n % 10 ? CN_OF_DIGIT[n % 10] : '');
/** Fixed expressions and names with Arabic digits: 3会1课, 1岗双责, 4个意识, 二十届3中全会, 星期3, 第1书记, 14五, 下沉1线 (its verb looked behind for only after 1线 matched: a lookbehind first is tried at every offset). */
const FIXED_ARABIC = /[1-9](?:会1课|岗双责|严3实|学1做|个(?:维护|确立|意识|自信|全面|代表|务必|清单)|中全会)|星期[1-7]|第1书记|1[0-9]五(?=规划|时期|期间|开局|”|[，。、；]|$)|1线(?<=(?:下沉|深入|扎根|坚守|奔赴|冲在|战斗在|工作在|奋战在)1线)(?![路号])/g;
/** A day in Chinese numerals after a month: 月二十日. */
const CN_DAY_RE = /月[一二三四五六七八九十]{1,3}日/;
/** Whether the FIXED_ARABIC match `m` stands as written: not inside a longer number, 中全会 after 届, 星期 before no further digit. */
const fixedArabicStands = (clean: string, m: RegExpExecArray): boolean => {
  const before = clean.charCodeAt(m.index - 1);
  if ((before >= 48 && before <= 57) || before === 46) return false;
  if (m[0].endsWith('中全会')) return clean[m.index - 1] === '届';
  if (m[0].startsWith('星期')) return !isDigitAt(clean, m.index + m[0].length);
  if (m[0][1] === '个') return Number(m[0][0]) <= 6;
  return true;
};
/** The mark before an approximate number and the number (约300, 将近1.5万; not 节约, 最近): two groups, as a regular-expression source. */
const APPROX_LEAD = String.raw`((?<![节制契合公婉隐预简])约|大约|(?<![最接临附靠])近|将近)(\d+(?:\.\d+)?[万千百]?)`;
/** An approximate number marked twice: 约300余名, 近200多人 (the mark, the number, the second mark, then the unit). */
const APPROX_TWICE = new RegExp(String.raw`${APPROX_LEAD}(余|多)(?=[\u4e00-\u9fff])`, 'g');
/** An approximate number marked by 约 before it and 左右/上下 after its unit: 大约25天左右, 约200人左右. */
const APPROX_AROUND = new RegExp(String.raw`${APPROX_LEAD}([\u4e00-\u9fff]{0,2}?)(左右|上下)`, 'g');
/** Chinese tens with an Arabic unit digit, one number: 十5天, 二十3万元 (not after another digit or a 第: 第十5 is no count). */
const MIXED_TENS = /(?<![0-9０-９.一二三四五六七八九十百千万第])([一二三四五六七八九])?十([1-9])(?![0-9０-９.])/g;
/** Units of physical quantities: length, mass, area, volume, energy and power. */
const PHYSICAL_UNITS = '公里|千米|平方公里|平方米|立方米|千克|公斤|公顷|千瓦时|千瓦|兆瓦|毫米|厘米|米|吨|毫升|升';
/** A Chinese numeral of ten or more before such a unit (约一千二百公里, 三十五吨), not inside a longer numeral or after 几/数/第. */
const PHYSICAL_CN = new RegExp(`(?<![零〇一二两三四五六七八九十百千万亿几数第])([零〇一二两三四五六七八九十百千万]{2,})([余多])?(${PHYSICAL_UNITS})`, 'g');
/** Whether a text names such a unit at all (most checks skip the scan). */
const PHYSICAL_UNIT_RE = new RegExp(`[零〇一二两三四五六七八九十百千万](?:[余多])?(?:${PHYSICAL_UNITS})`);
const NOTE_PHYSICAL = '依据：GB/T 15835-2011《出版物上数字用法》——物理量（长度、质量、面积、体积、电量等带计量单位的数值）应使用阿拉伯数字（1200公里、35吨）。';
const NOTE_APPROX = '依据：GB/T 15835-2011《出版物上数字用法》关于概数的规定与编辑通例——“约”“近”与“余”“多”都表示概数，同用语义重复，保留一个即可（约300名、300余名）。';
/** A document number's year in two digits: 〔25〕, [25]. */
const DOC_NUMBER_YEAR = /[〔［\[](\d{2})[〕］\]](?=\d{1,4}号)/g;
/** What makes a Chinese numeral before a range no count: 周五, 星期五, 礼拜五, 第五, 初五. */
const NOT_BEFORE_RANGE = new Set([...'周期拜第初号']);
/** A range of counts with one end in Arabic and the other in Chinese numerals, before a count unit: 3至五名, 三至5人. */
const MIXED_RANGE = /(?:(\d{1,4})[至到～~]([一二三四五六七八九十]{1,3})|([一二三四五六七八九十]{1,3})[至到～~](\d{1,4}))(?=[名个人次项家户场篇条支月日天周])/y;
/** The marks of a range: 至, 到, ～, ~. */
const RANGE_SEP = /[至到～~]/g;
/** A span of years joined by a hyphen: 2024-2026年 (not a date such as 2025-01-08). */
const YEAR_SPAN_HYPHEN = /(?<![\d-])((?:19|20)\d{2})[-－]((?:19|20)\d{2})年/g;
/** A range of counts joined by a hyphen before a count unit: 3-5次, 10-15人 (not a code, a phone number or a date: GB/T 15835-2011, 0371-6589). */
const COUNT_SPAN_HYPHEN = /(?<![\d\-－./A-Za-z:：])(\d{1,4})[-－](\d{1,4})(?=(?:次|项|个|名|人|天|篇|场|户|家|期|批|条|件|小时|分钟|公里|千米|米|吨|元|万元|课时|学时)(?![\d]))/g;
const NOTE_YEAR_SPAN = '依据：GB/T 15834-2011《标点符号用法》、GB/T 15835-2011《出版物上数字用法》——标示数值和时间的起止用一字线“—”或浪纹线“～”（2024—2026年），不用半字线“-”。';
/** A date with its year, month and day separated by dots or slashes: 2025.4.18, 2024/4/10 (not a version number such as V2025.4.18, nor 2025.4.18.1, nor a URL's path). */
const SEPARATED_DATE = /(?<![\dA-Za-z.．/])((?:19|20)\d{2})([.．/])(\d{1,2})\2(\d{1,2})(?![\d.．%/])/g;
const NOTE_SEPARATED_DATE = '依据：GB/T 15835-2011《出版物上数字用法》——公历日期写作“2025年4月18日”，需要简写时按 GB/T 7408 用连接号分隔（2025-04-18），不用圆点或斜线分隔。';
/** A time of day in two styles: 三点30分 (hour in Chinese numerals, minutes in Arabic) or 3点三十分; sticky, tried at the offsets before a 点. */
const MIXED_TIME = /(?:([一二三四五六七八九十]{1,3})点(\d{1,2})分|(\d{1,2})点([一二三四五六七八九十]{1,3})分)/y;
/** A month in Chinese numerals and a day in Arabic digits: 十月15日. */
const MIXED_MONTH_DAY = /([一二三四五六七八九十]{1,3})月(\d{1,2})日/g;
/** A date with Arabic year and month and a day in Chinese numerals: 2026年1月二十日. */
const MIXED_DAY = /(\d{4})年(\d{1,2})月([一二三四五六七八九十]{1,3})日/g;
const NOTE_FIXED = '依据：GB/T 15835-2011《出版物上数字用法》——作为词语、惯用语、缩略语或具有修辞色彩的数字（三会一课、一岗双责、三中全会、星期三）用汉字数字。';
/** Full-width digits and point as half-width (１２．５ → 12.5); other characters unchanged. */
const halfWidth = (s: string) => s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** A decimal without float noise: 1.5, 2.35, 12. */
const decimal = (x: number) => String(Number(x.toFixed(6)));

/**
 * Runs of digits that mix Chinese numerals with Arabic digits (or O/○) in one number: 二0二四 (年).
 * Not next to Latin letters or a decimal point (a code such as A二0二 is not a number).
 */
function mixedDigitRuns(clean: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  // One pass over the codes: only runs holding both a Chinese numeral and another digit go further.
  const n = clean.length;
  for (let i = 0; i < n; ) {
    const k0 = RUN_KIND[clean.charCodeAt(i)];
    if (!k0) {
      i++;
      continue;
    }
    let j = i;
    let kinds = 0;
    while (j < n && RUN_KIND[clean.charCodeAt(j)]) kinds |= RUN_KIND[clean.charCodeAt(j++)];
    const start = i;
    i = j;
    if (j - start < 3 || kinds !== 3) continue;
    const m = { index: start, 0: clean.slice(start, j) };
    const text = m[0];
    // The two kinds must interleave (二0二四, 2〇24): a Chinese prefix and an Arabic suffix are two words
    // (高一16个班, 初三2班), and a ○ before Chinese numerals is a bullet (○一是). A four-digit year before 年
    // is one number even when split once (二〇24年), if the other part has an Arabic digit.
    let switches = 0;
    for (let k = 1; k < text.length; k++) if (CN_NUMERAL.test(text[k]) !== CN_NUMERAL.test(text[k - 1])) switches++;
    const year = text.length === 4 && clean[m.index + 4] === '年' && ARABIC_CHAR.test(text);
    if (switches < (year ? 1 : 2)) continue;
    // A letter O/o must sit between Chinese numerals, not at an edge of the run (一二三OK, 五O型).
    if (/^[Oo]|[Oo]$/.test(text)) continue;
    if (/[A-Za-z.]/.test(clean[m.index - 1] ?? '') || /[A-Za-z.]/.test(clean[m.index + text.length] ?? '')) continue;
    out.push({ start: m.index, end: m.index + text.length, text });
  }
  return out;
}

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const clean = a.doc.clean;
  const mixed = mixedDigitRuns(clean);
  for (const r of mixed) {
    const digits = halfWidth([...r.text].map((c) => RUN_DIGIT[c] ?? c).join(''));
    const year = clean[r.end] === '年' && r.text.length === 4;
    const cn = [...digits].map((d) => CN_OF_DIGIT[Number(d)]).join('');
    const what = [
      ...(ARABIC_CHAR.test(r.text) ? ['阿拉伯数字'] : []),
      ...(/[OoΟ]/.test(r.text) ? ['字母“O”'] : []),
      ...(/[○◯]/.test(r.text) ? ['符号“○”'] : []),
    ].join('、');
    report(file, meta, a, r.start, r.end, {
      reason: year
        ? `数字混写：年份「${r.text}年」中汉字数字夹用${what}，应写作「${cn}年」或「${digits}年」`
        : `数字混写：「${r.text}」中汉字数字夹用${what}，一个数只用一种写法`,
      expected: year ? [cn, digits] : [],
      note: NOTE_MIXED_DIGITS,
    });
  }
  if (/[０-９]/.test(clean)) {
    FULLWIDTH_DIGITS.lastIndex = 0;
    for (let m; (m = FULLWIDTH_DIGITS.exec(clean)); ) {
      const at = m.index;
      if (mixed.some((r) => at >= r.start && at < r.end)) continue; // reported as a mixed number above
      const half = halfWidth(m[0]);
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `全角数字：「${m[0]}」应写作半角「${half}」`, expected: [half], note: NOTE });
    }
  }
  if (clean.includes('、')) {
    ESTIMATE.lastIndex = 0;
    for (let m; (m = ESTIMATE.exec(clean)); ) {
      // Ordinals listed (分获第二、三名) are two places, not an estimate.
      if (clean[m.index - 1] === '第') continue;
      report(file, meta, a, m.index, m.index + 3, { reason: `概数不用顿号：「${m[0]}」应写作「${m[1]}${m[2]}」`, expected: [`${m[1]}${m[2]}`], note: NOTE });
    }
    // 3、4户: adjacent Arabic numbers of an estimate → 三四户.
    ARABIC_ESTIMATE.lastIndex = 0;
    for (let m; (m = ARABIC_ESTIMATE.exec(clean)); ) {
      if (clean[m.index - 1] === '第') continue;
      const cn = CN_ESTIMATE[m[1] + m[2]];
      if (!cn) continue; // 3、5户: a list, not an estimate
      const unit = clean[m.index + 3];
      report(file, meta, a, m.index, m.index + 3, {
        reason: `概数不用顿号：「${m[0]}${unit}」是相邻两数连用表示的概数，应写作「${cn[0]}${unit}」`,
        expected: cn,
        note: NOTE_ESTIMATE,
      });
    }
  }
  // Around each 年: 二零二五年 → 二〇二五年; 二〇二四年3月 / 2024年三月 (one style per date); 24年秋季 → 2024年秋季.
  for (let i = clean.indexOf('年'); i >= 0; i = clean.indexOf('年', i + 1)) yearAt(file, a, clean, i);
  // 百分之11 → 11%; 10几名 → 十几名: one number, two ways of writing it.
  if (clean.includes('百分之')) {
    // 百分之九十七点三 → 97.3%: a percentage with decimals is a statistic, in Arabic digits.
    PERCENT_CN_DECIMAL.lastIndex = 0;
    for (let m; (m = PERCENT_CN_DECIMAL.exec(clean)); ) {
      const whole = chineseNumber(m[1]);
      if (whole === undefined) continue;
      const digits = `${cnDecimal(whole, m[2])}%`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `统计数字：「${m[0]}」是带小数的百分数，应写作「${digits}」`, expected: [digits], note: NOTE });
    }
    // 98.6%，…百分之九十五 → 95%: one sentence, percentages written two ways.
    PERCENT_CN_WHOLE.lastIndex = 0;
    for (let m; (m = PERCENT_CN_WHOLE.exec(clean)); ) {
      const value = chineseNumber(m[1]);
      const si = a.sentenceAt(m.index);
      if (value === undefined || si < 0) continue;
      // (…or beside figures in Arabic digits: 结对帮扶12个，吸纳860人，参与率达到百分之八十五.)
      const { cs, ce } = a.doc.sentences[si];
      const percent = /[0-9０-９]\s*[%％]/.test(clean.slice(cs, ce));
      if (!percent && !a.anchorsIn(si, AnchorKind.Quantity).some((x) => !(x.kind & AnchorKind.Time) && isDigitAt(clean, x.start))) continue;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数字体例不一致：同一句里别的${percent ? '百分数' : '数字'}用阿拉伯数字，「${m[0]}」宜写作「${value}%」`, expected: [`${value}%`], note: NOTE });
    }
    PERCENT_WORDS.lastIndex = 0;
    for (let m; (m = PERCENT_WORDS.exec(clean)); ) {
      const digits = halfWidth(m[1]);
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数字混写：「${m[0]}」把汉字“百分之”和阿拉伯数字连用，应写作「${digits}%」`, expected: [`${digits}%`], note: NOTE_MIXED_WORDS });
    }
  }
  // 一点三千克 → 1.3千克: a measurement with decimals, in a text that writes figures in Arabic digits.
  if (clean.includes('点') && /[0-9]/.test(clean)) {
    CN_DECIMAL_MEASURE.lastIndex = 0;
    for (let m; (m = CN_DECIMAL_MEASURE.exec(clean)); ) {
      const whole = chineseNumber(m[1]);
      if (whole === undefined) continue;
      const digits = cnDecimal(whole, m[2]);
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `统计数字：「${m[0]}」是带小数的计量数字，应写作「${digits}」`, expected: [digits], note: NOTE });
    }
  }
  // 3分之2 → 三分之二 or 2/3: a fraction's 分之 takes Chinese numerals.
  if (clean.includes('分之')) {
    FRACTION_MIXED.lastIndex = 0;
    for (let m; (m = FRACTION_MIXED.exec(clean)); ) {
      const den = Number(halfWidth(m[1]));
      const num = m[2] ? Number(halfWidth(m[2])) : chineseNumber(m[3]);
      const cn = den >= 1 && den <= 10 && num !== undefined && num >= 1 && num <= 10 ? `${CN_TENS[den]}分之${CN_TENS[num]}` : undefined;
      const expected = [...(cn ? [cn] : []), ...(num !== undefined ? [`${num}/${den}`] : [])];
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数字混写：分数「${m[0]}」把阿拉伯数字和“分之”连用`, expected, note: NOTE_MIXED_WORDS });
    }
  }
  // Fixed expressions and names written with Arabic digits (3会1课, 二十届3中全会, 星期3) and a document number's
  // year cut short (〔25〕): GB/T 15835 writes the first in Chinese numerals and years in full.
  if (/\d/.test(clean)) {
    FIXED_ARABIC.lastIndex = 0;
    for (let m; (m = FIXED_ARABIC.exec(clean)); ) {
      if (!fixedArabicStands(clean, m)) continue;
      // (…a plan's number in tens, 14五 → 十四五.)
      const cn = /^1\d五/.test(m[0]) ? `${cnTens(Number(m[0].slice(0, 2)))}五` : m[0].replace(/[1-9]/g, (d) => CN_OF_DIGIT[Number(d)]).replace(/^星期7$/, '星期日');
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数字体例：「${m[0]}」是固定说法或名称，其中的数字应写作汉字「${cn}」`, expected: [cn], note: NOTE_FIXED });
    }
    // An approximate number marked twice (约300余名, 近200多人): one mark says it.
    APPROX_TWICE.lastIndex = 0;
    for (let m; (m = APPROX_TWICE.exec(clean)); ) {
      const [all, lead, n, tail] = m;
      report(file, meta, a, m.index, m.index + all.length, { reason: `概数重复：「${all}」中的“${lead}”和“${tail}”都表示概数，只用一个`, expected: [`${lead}${n}`, `${n}${tail}`], note: NOTE_APPROX });
    }
    // …and so is one with 左右 after it (大约25天左右, 约200人左右).
    APPROX_AROUND.lastIndex = 0;
    for (let m; (m = APPROX_AROUND.exec(clean)); ) {
      const [all, lead, n, unit, tail] = m;
      report(file, meta, a, m.index, m.index + all.length, { reason: `概数重复：「${all}」中的“${lead}”和“${tail}”都表示概数，只用一个`, expected: [`${lead}${n}${unit}`, `${n}${unit}${tail}`], note: NOTE_APPROX });
    }
    // 十5天, 二十3万元: tens in Chinese numerals, units in Arabic digits.
    MIXED_TENS.lastIndex = 0;
    for (let m; (m = MIXED_TENS.exec(clean)); ) {
      const value = (m[1] ? (chineseNumber(m[1]) ?? 1) : 1) * 10 + Number(m[2]);
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数字混写：「${m[0]}」一个数值把汉字数字和阿拉伯数字混写，应写作「${value}」`, expected: [String(value)], note: NOTE_MIXED_DIGITS });
    }
    DOC_NUMBER_YEAR.lastIndex = 0;
    const numbered = /[〔［[]/.test(clean);
    for (let m; numbered && (m = DOC_NUMBER_YEAR.exec(clean)); ) {
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `年份简写：文号中的「${m[0]}」应写出完整年份（如〔20${m[1]}〕）`, expected: [`〔20${m[1]}〕`], note: NOTE_SHORT_YEAR });
    }
    // 3至五名: a range whose ends are written in two styles.
    // (Found from each 至/到/～ with a numeral of one style before it and of the other after it.)
    const kind = (k: number) => (clean.charCodeAt(k) === 0x5341 /* 十 */ ? 1 : RUN_KIND[clean.charCodeAt(k)]);
    RANGE_SEP.lastIndex = 0;
    for (let sep; (sep = RANGE_SEP.exec(clean)); ) {
      const j = sep.index;
      const before = kind(j - 1);
      const after = kind(j + 1);
      if (!before || !after || before === after) continue;
      let st = j - 1;
      while (st > 0 && kind(st - 1) === before) st--;
      MIXED_RANGE.lastIndex = st;
      const m = MIXED_RANGE.exec(clean);
      if (!m) continue;
      // (Not a day of the week or an ordinal: 每周二、周五到6个村送药.)
      if (isDigitAt(clean, m.index - 1) || RUN_KIND[clean.charCodeAt(m.index - 1)] || NOT_BEFORE_RANGE.has(clean[m.index - 1] ?? '')) continue;
      const lo = m[1] ?? String(chineseNumber(m[3]) ?? '');
      const hi = m[2] !== undefined ? String(chineseNumber(m[2]) ?? '') : m[4];
      if (!lo || !hi) continue;
      const fixed = `${lo}${m[0].match(/[至到～~]/)![0]}${hi}`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数字混写：范围「${m[0]}」两端一端用阿拉伯数字、一端用汉字数字，应统一写作「${fixed}」`, expected: [fixed], note: NOTE });
    }
    // 2024-2026年: a span of years joined by a hyphen; GB/T 15834 joins a span with a dash (2024—2026年).
    YEAR_SPAN_HYPHEN.lastIndex = 0;
    for (let m; (m = YEAR_SPAN_HYPHEN.exec(clean)); ) {
      if (Number(m[2]) <= Number(m[1])) continue;
      const fixed = `${m[1]}—${m[2]}年`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `年份范围体例：「${m[0]}」应用连接号“—”或“～”连接，写作「${fixed}」`, expected: [fixed], note: NOTE_YEAR_SPAN });
    }
    // 3-5次: a range of counts joined by a hyphen; GB/T 15835 joins it with a wave dash or 至 (3～5次).
    COUNT_SPAN_HYPHEN.lastIndex = 0;
    for (let m; (m = COUNT_SPAN_HYPHEN.exec(clean)); ) {
      if (Number(m[2]) <= Number(m[1])) continue;
      const fixed = `${m[1]}～${m[2]}`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数值范围体例：「${m[0]}」应用浪纹线“～”或“至”连接，写作「${fixed}」`, expected: [fixed, `${m[1]}至${m[2]}`], note: NOTE_YEAR_SPAN });
    }
    // 2025.4.18: a date whose parts are separated by dots.
    SEPARATED_DATE.lastIndex = 0;
    for (let m; (m = SEPARATED_DATE.exec(clean)); ) {
      const month = Number(m[3]);
      const day = Number(m[4]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const full = `${m[1]}年${month}月${day}日`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `日期体例：「${m[0]}」用${m[2] === '/' ? '斜线' : '圆点'}分隔年月日，正文应写作「${full}」`, expected: [full], note: NOTE_SEPARATED_DATE });
    }
    // 下午三点30分 / 3点三十分: a time of day whose hour and minutes are in two styles.
    for (let i = clean.indexOf('点'); i >= 0; i = clean.indexOf('点', i + 1)) {
      // (Found from each 点: 重点, 要点 are most of them, and a regular expression tried at every offset costs more.)
      if (!RUN_KIND[clean.charCodeAt(i - 1)] || !RUN_KIND[clean.charCodeAt(i + 1)]) continue;
      let m: RegExpExecArray | null = null;
      for (let st = Math.max(0, i - 3); st < i && !m; st++) {
        MIXED_TIME.lastIndex = st;
        m = MIXED_TIME.exec(clean);
      }
      if (!m) continue;
      const hour = m[1] ? chineseNumber(m[1]) : Number(m[3]);
      const minute = m[2] ? Number(m[2]) : chineseNumber(m[4]);
      if (hour === undefined || minute === undefined || hour > 24 || minute > 59 || isDigitAt(clean, m.index - 1)) continue;
      const arabic = `${hour}点${minute}分`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `时间体例不一致：「${m[0]}」时和分用了两种数字，应统一写作「${arabic}」`, expected: [arabic], note: NOTE_TIME });
    }
    // 2026年1月二十日: a date whose day is in Chinese numerals after Arabic ones.
    MIXED_DAY.lastIndex = 0;
    const cnDay = CN_DAY_RE.test(clean);
    for (let m; cnDay && (m = MIXED_DAY.exec(clean)); ) {
      if (isDigitAt(clean, m.index - 1)) continue;
      const day = chineseNumber(m[3]);
      if (day === undefined || day > 31) continue;
      const arabic = `${m[1]}年${m[2]}月${day}日`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `日期体例不一致：「${m[0]}」年月用阿拉伯数字、日用汉字数字，应统一写作「${arabic}」`, expected: [arabic], note: NOTE_DATE });
    }
  }
  // A month in Chinese numerals with a day in Arabic digits, no year before it: 十月15日 → 10月15日.
  if (clean.includes('月')) {
    MIXED_MONTH_DAY.lastIndex = 0;
    for (let m; (m = MIXED_MONTH_DAY.exec(clean)); ) {
      const prev = clean[m.index - 1] ?? '';
      // (Not after a year, which the year's own check reads, nor in a lunar date: 农历八月15日 is the calendar's own style question.)
      if (prev === '年' || RUN_KIND[clean.charCodeAt(m.index - 1)] || clean.slice(m.index - 2, m.index) === '农历') continue;
      const month = chineseNumber(m[1]);
      if (month === undefined || month < 1 || month > 12 || Number(m[2]) < 1 || Number(m[2]) > 31) continue;
      const arabic = `${month}月${Number(m[2])}日`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `日期体例不一致：「${m[0]}」月用汉字数字、日用阿拉伯数字，应统一写作「${arabic}」`, expected: [arabic], note: NOTE_DATE });
    }
  }
  if (clean.includes('几')) {
    TENS_JI.lastIndex = 0;
    for (let m; (m = TENS_JI.exec(clean)); ) {
      const cn = `${'一二三四五六七八九'[Number(m[1][0]) - 1]}十几`.replace(/^一十/, '十');
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数字混写：概数「${m[0]}」把阿拉伯数字和“几”连用，应写作「${cn}」`, expected: [cn], note: NOTE_MIXED_WORDS });
    }
  }
  // An exact figure with 余 (2386余份): 余 rounds a whole number (2300余份) or goes.
  if (clean.includes('余')) {
    EXACT_WITH_YU.lastIndex = 0;
    for (let m; (m = EXACT_WITH_YU.exec(clean)); ) {
      const n = m[1];
      const round = `${n.slice(0, 2)}${'0'.repeat(n.length - 2)}余`;
      report(file, meta, a, m.index, m.index + m[0].length, {
        reason: `概数不当：「${m[0]}」是确数，不能再加“余”；写确数「${n}」，或写整数概数「${round}」`,
        expected: [n, round],
        note: NOTE_YU,
      });
    }
  }
  // 1百余人 → 100余人, 5千元 → 5000元.
  if (/\d[十百千]/.test(clean)) {
    HUNDREDS.lastIndex = 0;
    for (let m; (m = HUNDREDS.exec(clean)); ) {
      const fixed = decimal(Number(m[1]) * MAGNITUDE[m[2]]);
      const unit = clean[m.index + m[0].length];
      report(file, meta, a, m.index, m.index + m[0].length, {
        reason: `数字混写：「${m[0]}${unit}」把阿拉伯数字和“${m[2]}”连用，应写作「${fixed}${unit}」`,
        expected: [fixed],
        note: NOTE_MAGNITUDE,
      });
    }
  }
  // 一千二百公里 → 1200公里: a physical quantity (length, weight, area, volume, energy) takes Arabic numerals.
  if (PHYSICAL_UNIT_RE.test(clean)) {
    PHYSICAL_CN.lastIndex = 0;
    for (let m; (m = PHYSICAL_CN.exec(clean)); ) {
      // (Neighbouring digits are an estimate, 三四十公里, which Chinese numerals write.)
      if (!/[十百千万]/.test(m[1]) || /[一二两三四五六七八九]{2}/.test(m[1])) continue;
      const value = chineseNumber(m[1].replace(/两/g, '二'));
      if (value === undefined || value < 10) continue;
      const fixed = `${value}${m[2] ?? ''}`;
      report(file, meta, a, m.index, m.index + m[1].length + (m[2]?.length ?? 0), {
        reason: `数字体例：「${m[0]}」是计量数值，应写作「${fixed}${m[3]}」`,
        expected: [fixed],
        note: NOTE_PHYSICAL,
      });
    }
  }
  // 1万5千元: one Arabic number with 千/百 beside 万/亿 → 1.5万元.
  if (/\d[千百万亿]+\d/.test(clean)) {
    MAGNITUDE_RUN.lastIndex = 0;
    for (let m; (m = MAGNITUDE_RUN.exec(clean)); ) {
      let parts = magnitudeParts(m[0]);
      let group = 1;
      // 1千2百万元 is (1千2百)万: a trailing 万/亿 multiplies the whole run.
      if (!falling(parts) && /[万亿]$/.test(m[0])) {
        group = MAGNITUDE[m[0].slice(-1)];
        parts = magnitudeParts(m[0].slice(0, -1));
      }
      // Magnitudes must fall (万 then 千), and at least one be other than 万/亿: 3亿5000万 is allowed.
      if (parts.length < 2 || !falling(parts)) continue;
      if (parts.every((p) => p.unit === '万' || p.unit === '亿')) continue;
      const total = group * parts.reduce((sum, p) => sum + p.value * MAGNITUDE[p.unit], 0);
      const top = total >= 1e8 ? '亿' : total >= 1e4 ? '万' : '';
      const fixed = top ? `${decimal(total / MAGNITUDE[top])}${top}` : decimal(total);
      const unit = /[\u4e00-\u9fff]/.test(clean[m.index + m[0].length] ?? '') ? clean[m.index + m[0].length] : '';
      report(file, meta, a, m.index, m.index + m[0].length, {
        reason: `数字混写：「${m[0]}${unit}」在一个数里混用阿拉伯数字和“千”“百”，应写作「${fixed}${unit}」`,
        expected: [fixed],
        note: NOTE_MAGNITUDE,
      });
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
  // A range of amounts whose magnitude is written once: 3～5万元 → 3万～5万元 (GB/T 15835: 3万～5万元).
  if (/[～~]/.test(clean)) {
    MAGNITUDE_RANGE.lastIndex = 0;
    for (let m; (m = MAGNITUDE_RANGE.exec(clean)); ) {
      if (/[0-9.万亿]/.test(clean[m.index - 1] ?? '')) continue;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数值范围漏写单位：「${m[0]}」前一个数也要写上「${m[3]}」`, expected: [`${m[1]}${m[3]}～${m[2]}${m[3]}`], note: NOTE });
    }
  }
  // 3千万元 → 3000万元: 千/百 before 万 or 亿 with an Arabic digit (GB/T 15835: only 万 and 亿 go with Arabic digits).
  if (/[千百][万亿]/.test(clean)) {
    THOUSANDS_OF.lastIndex = 0;
    for (let m; (m = THOUSANDS_OF.exec(clean)); ) {
      const fixed = `${m[1]}${m[2] === '千' ? '000' : '00'}${m[3]}`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数字混写：「${m[0]}」中阿拉伯数字与“${m[2]}”连用，应写作「${fixed}」`, expected: [fixed], note: NOTE_MAGNITUDE });
    }
  }
  // 2024-06-20 in a text that writes its dates 2024年3月: one document, one style of date.
  if (clean.includes('-') && CN_STYLE_DATE.test(clean)) {
    ISO_DATE.lastIndex = 0;
    for (let m; (m = ISO_DATE.exec(clean)); ) {
      // (In a sentence, beside its words: not a page's timestamp line, 2026-02-03 09:02:33.)
      if (!isHan(clean.charCodeAt(m.index - 1)) && !isHan(clean.charCodeAt(m.index + m[0].length))) continue;
      const fixed = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `日期体例不一致：文中日期写作“××××年×月”，「${m[0]}」宜写作「${fixed}」`, expected: [fixed], note: NOTE_DATE });
    }
  }
  // 第3、四季度 → 第三、四季度: ordinals listed together, in one style.
  if (clean.includes('第') && clean.includes('、')) {
    ORDINAL_LIST_MIXED.lastIndex = 0;
    for (let m; (m = ORDINAL_LIST_MIXED.exec(clean)); ) {
      const chinese = chineseNumber(m[2] ?? m[3]);
      if (chinese === undefined) continue;
      const cn = m[1] ? `第${CN_TENS[Number(m[1])] ?? m[1]}、${m[2]}` : `第${m[3]}、${CN_TENS[Number(m[4])] ?? m[4]}`;
      const ar = m[1] ? `第${m[1]}、${chinese}` : `第${chinese}、${m[4]}`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数字混写：「${m[0]}」并列的序数一个用阿拉伯数字、一个用汉字`, expected: [cn, ar], note: NOTE });
    }
  }
  // 党的20大 → 党的二十大: the name of a congress keeps Chinese numerals.
  if (clean.includes('党的')) {
    CONGRESS_ARABIC.lastIndex = 0;
    for (let m; (m = CONGRESS_ARABIC.exec(clean)); ) {
      const cn = `党的${cnTens(Number(m[1]))}大`;
      report(file, meta, a, m.index, m.index + m[0].length, { reason: `数字体例：「${m[0]}」是名称，其中的数字应写作汉字「${cn}」`, expected: [cn], note: NOTE_FIXED });
    }
  }
  // Counts of one kind (same measure word) written both ways: 组建3支突击队 … 完成五项任务 / 完成12项任务.
  const arabicUnits = new Map<string, number>();
  const chinese: Array<{ start: number; end: number; value: number; unit: string; words: string; si: number }> = [];
  // One walk over the quantity anchors (sorted by start), tracking the sentence each lies in.
  const { sentences } = a.doc;
  const { start: aStart, end: aEnd, value: aKind, length: nAnchors } = a.anchors;
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
    // The measure word may be a frequency (人次, 架次).
    let words = num ? tok.slice(num[0].length) : '';
    if (FREQUENCY_UNITS.has(words + clean[x1])) words += clean[x1];
    // An estimate with 余/多 before the measure word (一千二百余户 → 1200余户) is counted like the count.
    const counted = words.length === 2 && (words[0] === '余' || words[0] === '多') ? words.slice(1) : words;
    if (!num || !(counted.length === 1 || FREQUENCY_UNITS.has(counted)) || /[届第]/.test(clean[x0 - 1] ?? '') || /^(?:全会|会议|代表大会)/.test(clean.slice(x1, x1 + 4))) continue;
    const value = chineseNumber(num[0]);
    if (value !== undefined && value >= 3) chinese.push({ start: x0, end: x0 + num[0].length, value, unit, words, si });
  }
  // Structural counts (三个方面, 四个党小组) are fine in Chinese numerals: a count up to ten is a statistic
  // written two ways only beside an Arabic count of the same kind in the same sentence; a count above ten,
  // when the same kind is counted in Arabic elsewhere or any count of its paragraph is (3期 … 一百二十人次;
  // 查获…二十一件 … 累计查获案件47起).
  const arabicIn = (si: number, unit?: string) =>
    a.anchorsIn(si, AnchorKind.Quantity).some((x) => !(x.kind & AnchorKind.Time) && isDigitAt(clean, x.start) && (!unit || clean[x.end - 1] === unit));
  const arabicInParagraph = (si: number) => {
    const p = sentences[si].paragraph;
    for (let k = si; k >= 0 && sentences[k].paragraph === p; k--) if (arabicIn(k)) return true;
    for (let k = si + 1; k < sentences.length && sentences[k].paragraph === p; k++) if (arabicIn(k)) return true;
    return false;
  };
  for (const c of chinese) {
    if (c.value > 10 ? !arabicUnits.get(c.unit) && !arabicInParagraph(c.si) : !arabicUnits.get(c.unit) || !arabicIn(c.si, c.unit)) continue;
    report(file, meta, a, c.start, c.end, {
      reason: `数字体例不一致：别的数量用阿拉伯数字，此处「${clean.slice(c.start, c.end)}${c.words}」宜写作「${c.value}${c.words}」`,
      expected: [String(c.value)],
      note: NOTE,
    });
  }
};

export default { meta, plugin } satisfies Rule;

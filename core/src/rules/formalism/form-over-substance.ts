/**
 * formalism/form-over-substance — a passage about names, LOGO, slogans,
 * display boards, culture walls, launch ceremonies or "atmosphere" that
 * states no outcome. Source: 002 §2.3 面子工程.
 */
import { z } from 'zod';
import { AnchorKind, type Analysis } from '../../analysis/analysis.js';
import { SentenceKind } from '../../parse/document.js';
import { markerAt } from '../../parse/markers.js';
import { isCritique } from '../../analysis/outline.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { clauseAround, codeSet } from '../../text/chars.js';
import { isCountOfOne, spans } from '../shared/concrete.js';

const options = z.object({ minItems: z.number().int().min(1).max(10).default(2) }).strict();

export const meta: RuleMeta = {
  id: 'formalism/form-over-substance',
  family: 'formalism',
  description: '重形式轻实效：只写命名、LOGO、展板、文化墙、仪式、氛围，不写取得了什么实效',
  rationale: '品牌的名称、标识和展陈只是外壳。文稿只写这些，说明力气花在了“面子工程”上，看不到品牌带来的实际变化。',
  sources: [{ seed: '002', section: '§2.3', point: '把精力放在品牌命名、设计LOGO、大规模宣传等面子工程上，忽视品牌内涵' }],
  severity: { summary: 'warning', publicity: 'warning', submission: 'warning' },
  examples: {
    bad: '支部设计了品牌LOGO，制作了宣传展板和文化墙，营造了浓厚氛围。',
    good: '支部确定品牌名称后设立4个党员责任区，全年减少非计划停机26小时。',
  },
  options,
  url: ruleUrl('formalism/form-over-substance'),
};

export const plugin: Rule['plugin'] = (raw) => {
  const { minItems } = options.parse(raw ?? {});
  return (_tree, file) => {
    const { analysis: a } = dataOf(file);
    const { sentences, paragraphs } = a.doc;
    /** The last sentence of each passage reported: a later passage does not reach back into it. */
    const reported = new Set<number>();
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      if (s.kind === SentenceKind.Heading || !a.mentions(si, 'form-word') || isCritique(a, si)) continue;
      const found = spans(a.hitsIn(si, 'form-word'));
      // (Items are counted by kind: a sentence naming 挂牌 twice names one form item.)
      if (new Set(found.map(([x, y]) => a.doc.clean.slice(x, y))).size < minItems) {
        // A list of short items, one form item or so each (- 设计品牌LOGO和主题色 / - 在门诊大厅设置品牌形象墙 /
        // - 制作品牌宣传折页): one passage, when no item states an outcome.
        const list = listOfForms(a, si, found, minItems);
        if (!list) continue;
        report(file, meta, a, found[0][0], list.forms[list.forms.length - 1][1], formsMessage(a, list.forms));
        reported.add(list.last);
        si = list.last;
        continue;
      }
      // An outcome anywhere in the rest of the paragraph redeems the passage.
      const p = paragraphs[s.paragraph];
      let outcome = false;
      for (let sj = si; sj < p.s1 && !outcome; sj++) outcome = statesOutcome(a, sj, sj === si ? found : spans(a.hitsIn(sj, 'form-word')));
      // …and so does one in the next paragraph when it opens on what followed the form items (品牌确定后，…学生人均年阅读量由12本
      // 增加到21本): the passage and its sequel are one account.
      const next = paragraphs[s.paragraph + 1];
      if (!outcome && next && next.heading < 0 && next.s0 < next.s1 && sentences[next.s0].section === s.section && SEQUEL_RE.test(a.text(next.s0))) {
        for (let sj = next.s0; sj < next.s1 && !outcome; sj++) outcome = statesOutcome(a, sj, spans(a.hitsIn(sj, 'form-word')));
      }
      if (outcome) continue;
      // The passage starts at the earlier sentences of the paragraph that talk of form too (品牌标识以火车头和党徽为主要元素，
      // 寓意…。货场打造了党建文化墙…), when they state no outcome either.
      let start = found[0][0];
      for (let sj = si - 1; sj >= p.s0 && sentences[sj].kind !== SentenceKind.Heading && a.mentions(sj, 'form-word') && !isCritique(a, sj) && !reported.has(sj); sj--) {
        const forms = spans(a.hitsIn(sj, 'form-word'));
        if (a.anchorsIn(sj, AnchorKind.Quantity | AnchorKind.Figure).some((x) => !(x.kind & AnchorKind.Time) && !countsForm(a.doc.clean, x, forms))) break;
        start = forms[0][0];
        found.unshift(...forms);
      }
      // The passage goes on while the next sentences of the paragraph still talk of form (…LOGO正式揭晓。LOGO以红色为主色调，
      // 寓意…): one finding over all of it.
      let end = found[found.length - 1][1];
      for (let sj = si + 1; sj < p.s1 && a.mentions(sj, 'form-word') && !isCritique(a, sj); sj++) {
        const more = spans(a.hitsIn(sj, 'form-word'));
        found.push(...more);
        end = more[more.length - 1][1];
        si = sj;
      }
      reported.add(si);
      report(file, meta, a, start, end, formsMessage(a, found));
    }
  };
};

/** A paragraph opening on what followed the brand's form items: 品牌确定后，, 标识启用以来，, 此后，, 在此基础上，. */
const SEQUEL_RE = /^(?:[^，。；]{0,10}(?:确定|推出|发布|亮相|启用|建成|上线|揭牌|落成)(?:后|以来)|此后|随后|在此基础上)[，,]/;

/** The message of a passage naming the form items at `forms` (clean-text ranges). */
function formsMessage(a: Analysis, forms: Array<[number, number]>): { reason: string; note: string } {
  const items = [...new Set(forms.map(([x, y]) => a.doc.clean.slice(x, y)))];
  return {
    reason: `重形式轻实效：写了${items.map((x) => `「${x}」`).join('')}等形式，没有写取得的实际效果`,
    note: '补上品牌带来的变化：解决了哪些问题、数据前后对比、职工群众的评价。依据：002 §2.3（面子工程，缺少实效评估）。',
  };
}

/** Longest list item read as one item of a list of form items, in UTF-16 units (在门诊大厅设置品牌形象墙). */
const LIST_ITEM_MAX = 30;
/**
 * Longest such item when it opens with a list marker, in UTF-16 units: a numbered item may say where its form item goes
 * and what it shows (（二）在车间休息区打造一条长20米的“党纪文化长廊”，展示党规党纪条文和廉洁格言。).
 */
const NUMBERED_ITEM_MAX = 60;

/**
 * A list of form items opening at sentence `si` (its form items `found`): paragraphs of one short sentence each, in one
 * section, each naming a form item, together `minItems` or more, none stating an outcome. Returns the list's last
 * sentence and all its form items (clean-text ranges); undefined when there is no such list.
 */
function listOfForms(a: Analysis, si: number, found: Array<[number, number]>, minItems: number): { last: number; forms: Array<[number, number]> } | undefined {
  const { sentences, paragraphs } = a.doc;
  const item = (sj: number) => {
    const t = sentences[sj];
    const p = paragraphs[t.paragraph];
    return t.kind !== SentenceKind.Heading && p.s1 - p.s0 === 1 && p.ce - p.cs <= (markerAt(a.doc.clean, p.cs) ? NUMBERED_ITEM_MAX : LIST_ITEM_MAX) && t.section === sentences[si].section && a.mentions(sj, 'form-word') && !isCritique(a, sj);
  };
  if (!item(si) || statesOutcome(a, si, found)) return undefined;
  const forms = [...found];
  let last = si;
  for (let sj = si + 1; sj < sentences.length && item(sj); sj++) {
    const more = spans(a.hitsIn(sj, 'form-word'));
    if (statesOutcome(a, sj, more)) return undefined;
    forms.push(...more);
    last = sj;
  }
  return last > si && forms.length >= minItems ? { last, forms } : undefined;
}

/**
 * Whether sentence `sj` states an outcome: a quantity or figure that is no time and does not count the form items at
 * `forms` (20余条宣传标语, 宣传片一部), those who came to a ceremony (师生200余人到场), the rounds of choosing them
 * (经过三轮征集), the floor they stand on (综合楼一层), the places they went up in (在4艘船的驾驶台), meetings held or a count of one.
 */
function statesOutcome(a: Analysis, sj: number, forms: Array<[number, number]>): boolean {
  const clean = a.doc.clean;
  for (const x of a.anchorsIn(sj, AnchorKind.Quantity | AnchorKind.Figure)) {
    if (!(x.kind & AnchorKind.Time) && !countsForm(clean, x, forms) && !ATTENDANCE.test(clean.slice(x.end, x.end + 8)) && !ROUNDS.test(clean.slice(x.start, x.end)) && !PLACE.test(clean.slice(x.start, x.end)) && !meetingsHeld(clean, x) && !papersKept(clean, x) && !materialsMade(clean, x) && clean[x.start - 1] !== '在' && !isCountOfOne(clean.slice(x.start, x.end))) return true;
  }
  return false;
}

/** Handing form items out: 授予, 颁发, 发放, 配发, 赠送. */
const GIVE_RE = /授予|颁发|发放|配发|赠送|授牌|授旗/;
/** Honours handed out: 荣誉证书, 奖牌, 称号, 锦旗. */
const HONOUR_RE = /证书|奖牌|奖状|奖杯|荣誉|称号|牌匾|锦旗|纪念品/;
/** Longest reach, in UTF-16 units, from a word to its clause's ends. */
const CLAUSE_MAX = 60;
/** What ends a clause: ，；。！？, a line break. */
const CLAUSE_SEP = codeSet('，；。！？,;!?\n');
const isClauseSep = (c: number) => CLAUSE_SEP.has(c);
/** A sum of money: the quantity ends in 元 (4.6万元, 3000元, 2万余元). */
const MONEY_AFTER = /^[^\u4e00-\u9fff]?[万亿千百]?[余多]?元|元/;
/** Money spent (上述工作共使用经费2.6万元, 投入3万元): a cost wherever it stands, never an outcome (节约3万元 is one). */
const SPENT_RE = /投入|使用|花费|支出|拨付|耗资|经费/;
/** An area or a length (…平方米, …米): the size of the thing built. */
const AREA_AFTER = /^(?:平方米|平米|平|米)/;
/** Rounds of a process (经过三轮征集和投票): how the form items were chosen, not what they achieved. */
const ROUNDS = /轮$/;
/** Copies printed of a booklet named in 《》 (《便民手册》2000册): a count of the form item itself. */
const COPIES = /[册本份套]$/;
/** A floor or a building number (综合楼一层, 3号楼): where the form items are, not what they achieved. */
const PLACE = /[层楼号]$/;
/**
 * What follows a headcount of a ceremony's audience (200余人到场, 300人出席, 乡村两级干部都到场), or a count of a slogan's
 * characters (十六个大字格外醒目, 四个红色大字): no outcome.
 */
const ATTENDANCE = /^[\u4e00-\u9fff]{0,4}?(?:都|均)?(?:到场|出席|参加|参会|观礼)|^现场|^[\u4e00-\u9fff]{0,3}?大?字/;

/** Paperwork kept for inspection (台账, 汇编, 会议记录, 学习笔记, 档案资料): a count of it is no outcome either. */
const PAPERS_RE = /(?:台账|汇编|资料|记录|笔记|档案|材料|心得)[^，。；、,;]{0,3}$/;
/** A count of volumes or kinds (16本, 3册, 860余份, 12卷, 11类). */
const VOLUMES_RE = /[本册份卷类套]$/;

/** Whether quantity `x` counts paperwork (建立各类工作台账16本, 编印学习资料汇编3册, 台账11类): what was filed, not what the brand achieved. */
function papersKept(clean: string, x: { start: number; end: number }): boolean {
  return VOLUMES_RE.test(clean.slice(x.start, x.end)) && PAPERS_RE.test(clean.slice(Math.max(0, x.start - 12), x.start));
}

/** Making, putting up, handing out or filing materials, and watching films (拍摄, 编印, 张贴, 发放, 推送, 观看), in the clause before a count. */
const MADE_RE = /(?:拍摄|摄制|编印|印制|印发|编发|发放|分发|张贴|悬挂|制作|推送|整理|留存|签订|手抄|抄写|观看|收看)[^，。；,;]{0,12}$/;
/** A count of such materials or screenings: sheets, issues, pieces, copies, volumes, films, showings, characters (430余张, 9期, 11篇, 400余册, 3场, 5000字). */
const MATERIAL_UNIT_RE = /[张期篇册份本幅部套卷场字]$/;

/**
 * Whether quantity `x` counts materials made, put up or handed out, or films watched (拍摄学习照片430余张, 编印学习简报9期,
 * 推送学习图文11篇, 发放安全知识手册400余册, 观看警示教育片3场, 手抄党纪条文不少于5000字): the output of the work,
 * not what it achieved (002 §2.3: a passage of form states no outcome).
 */
function materialsMade(clean: string, x: { start: number; end: number }): boolean {
  // (The unit ends the quantity, 430余张, or follows a bare figure, 5000字.)
  if (!MATERIAL_UNIT_RE.test(clean.slice(x.start, x.end)) && !MATERIAL_UNIT_RE.test(clean.slice(x.end, x.end + 1))) return false;
  const [from] = clauseAround(clean, x.start, x.end, isClauseSep, Math.max(0, x.start - CLAUSE_MAX), x.end);
  return MADE_RE.test(clean.slice(from, x.start));
}

/** Whether quantity `x` counts times meetings were convened (召开) or routine party activities held in its clause (全年按计划召开支部党员大会4次, 组织主题党日9次): routine, not what the brand achieved. */
function meetingsHeld(clean: string, x: { start: number; end: number }): boolean {
  if (clean.charCodeAt(x.end - 1) !== 0x6b21 /* 次 */) return false;
  const [from] = clauseAround(clean, x.start, x.end, isClauseSep, Math.max(0, x.start - CLAUSE_MAX), x.end);
  const before = clean.slice(from, x.start);
  // (…or routine party activities held, 全年组织主题党日9次.)
  return before.includes('召开') || ROUTINE_HELD_RE.test(before);
}

/** Routine party activities held, up to their count: 组织主题党日, 开展集中学习, 举办党课. */
const ROUTINE_HELD_RE = /(?:组织|开展|举办|举行)[^，。；]{0,6}(?:主题党日|党日活动|集中学习|党课|组织生活会|支委会|党员大会)$/;

/**
 * Whether quantity `x` counts form items: a form word follows it within a few
 * characters (20余条宣传标语, 3块展板), it directly follows one (宣传片一部), or it stands in
 * the clause of a form item handed out (为10个党支部授予了品牌旗帜).
 */
function countsForm(clean: string, x: { start: number; end: number }, forms: Array<[number, number]>): boolean {
  // A count in the clause of a form item handed out (为10个基层党支部授予了品牌旗帜) counts whom it was given to.
  // (A clause is read up to CLAUSE_MAX characters each way: a text with no punctuation stays linear.)
  const [from, to] = clauseAround(clean, x.start, x.end, isClauseSep, Math.max(0, x.start - CLAUSE_MAX), Math.min(clean.length, x.end + CLAUSE_MAX));
  // So does one of honours handed out at the ceremony (向3名优秀党员颁发了荣誉证书).
  const clause = clean.slice(from, to);
  if (GIVE_RE.test(clause) && (forms.some(([fs, fe]) => fs >= from && fe <= to) || HONOUR_RE.test(clause))) return true;
  // Money spent in a sentence about form items (投入4.6万元制作品牌宣传展板、灯箱) is their cost, not an outcome.
  // (…投入2万余元，更换了门牌和标语，新建一面展示墙: the sum may stand in a clause of its own before them; and a sum
  // spent, 上述工作共使用经费2.6万元, is a cost in any sentence.)
  if (MONEY_AFTER.test(clean.slice(x.end - 1, x.end + 2)) && (forms.length > 0 || SPENT_RE.test(clause))) return true;
  // An area or a length in a sentence about form items (改造成品牌文化墙，面积共计120平方米; 长20米的“党纪文化长廊”) is
  // the size of what was built, wherever it stands in the sentence.
  if (forms.length > 0 && AREA_AFTER.test(clean.slice(x.end - 1, x.end + 3))) return true;
  // Copies of a booklet named in 《》 (编印《品牌建设手册》500册) count the booklet.
  if (clean.charCodeAt(x.start - 1) === 0x300b /* 》 */ && COPIES.test(clean.slice(x.start, x.end))) return true;
  // The size of a hall or a wall (200平方米的党建展厅) measures the form item itself.
  // (A count may stand before the modifiers of its form item: 20块党员教练风采展板.)
  const reach = AREA_AFTER.test(clean.slice(x.end - 1, x.end + 3)) ? 9 : 8;
  for (const [fs, fe] of forms) {
    if (fs >= x.end && fs - x.end <= reach && !/[，。；、,;]/.test(clean.slice(x.end, fs))) return true;
    // …or shortly after one (文化长廊全长60米, 展板共20块).
    if (fe <= x.start && x.start - fe <= 3 && !/[，。；、,;]/.test(clean.slice(fe, x.start))) return true;
  }
  return false;
}

export default { meta, plugin } satisfies Rule;

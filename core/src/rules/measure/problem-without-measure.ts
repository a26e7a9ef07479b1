/**
 * measure/problem-without-measure — a problem the document lists (存在问题/
 * 不足) that no later measure addresses. Source: 000 (问题→对策 structure);
 * 004 (问题→路径).
 *
 * A problem item (a sub-heading or item under a 问题/不足 section) is
 * addressed when some later sentence shares its subject: at least two, or
 * half, of the item's distinctive character bigrams once the problem
 * predicate (不清, 不够, 不足 …) is stripped, or when it answers the problem in
 * other words known to go together (data/remedies.json: 年龄结构偏大 → 35岁以下).
 */
import remedies from '../../data/remedies.json' with { type: 'json' };
import type { VFile } from 'vfile';
import type { Analysis } from '../../analysis/analysis.js';
import { documentTitle, enclosing, headingTags, signsOff } from '../../analysis/outline.js';
import { AnchorKind } from '../../analysis/anchors.js';
import { SentenceKind } from '../../parse/document.js';
import { matchMarker } from '../../parse/markers.js';
import { isSpace, isTerminal, trimSentenceEnd } from '../../text/chars.js';
import { dataOf, PLANNING, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { CAUSE_HEADING_RE, FIXING_RE, isHeaderRow, isMeasure, ITEM_RE, itemHead, MEASURE_INTRO_RE, numberedProblemRows, placeholderMeasure, problemIntroIn, routineForBusiness, slogansOnly, unansweredRows } from '../shared/measures.js';
import { hanIn } from '../shared/concrete.js';

/** Bigrams too common in party documents to show that a measure answers a problem (员参 straddles 党员参加). */
const GENERIC = new Set(['干部', '员干', '管理', '力度', '程度', '水平', '党员', '工作', '党建', '支部', '党支', '基层', '建设', '方面', '存在', '问题', '部分', '一些', '不够', '我们', '进一', '一步', '加强', '提升', '开展', '单位', '组织', '员参', '本人']);

export const meta: RuleMeta = {
  id: 'measure/problem-without-measure',
  family: 'measure',
  description: '问题无对策：列出的问题在后文没有对应的整改措施',
  rationale: '查摆问题是为了解决问题。列了问题却没有对应措施，问题清单就成了摆设，下一年还会原样出现。',
  sources: [
    { seed: '000', section: '§1—§2', point: '先剖析品牌创建中的问题，再逐一提出对策' },
    { seed: '004', section: '二—三', point: '针对融合意识不足、机制不完善等问题提出融合路径' },
  ],
  severity: { summary: 'error', publicity: 'off', submission: 'error' },
  profiles: PLANNING,
  examples: {
    bad: '一、存在的问题\n（一）品牌定位不清。\n二、下一步打算\n我们将继续努力，争取取得更大成绩。',
    good: '一、存在的问题\n（一）品牌定位不清。\n二、整改措施\n由支部书记负责，2025年4月底前组织2次品牌定位专题研讨。',
  },
  url: ruleUrl('measure/problem-without-measure'),
};

const NOTE = '针对每个问题写一条措施：由谁负责、何时完成、做到什么程度。依据：000（问题—对策逐一对应）、004（针对问题提出融合路径）。';

interface Problem {
  /** Reported range: the sub-heading, or the item's or paragraph's first sentence. */
  cs: number;
  ce: number;
  /** What the message quotes: the sub-heading or the first clause. */
  label: string;
  /** Text whose bigrams a measure must share (problem predicates blanked). */
  key: string;
  /** The rest of the problem's sentence (its facts: 寒潮期间匝道封闭超过6小时), problem predicates blanked. */
  detail: string;
}

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const { doc } = a;
  // A table of problems and measures whose row leaves the measure empty (| 窗口评价偏低 | — | — |).
  for (const { cs, ce, slogans, routine } of unansweredRows(a)) {
    report(file, meta, a, cs, ce, {
      reason: routine ? `问题无对策：「${doc.clean.slice(cs, ce)}」一行${ROUTINE_REASON}` : slogans ? `问题无对策：「${doc.clean.slice(cs, ce)}」一行的整改措施只有表态性口号，没有具体举措` : `问题无对策：「${doc.clean.slice(cs, ce)}」一行没有填写整改措施`,
      note: NOTE,
    });
  }
  // A numbered table of problems answered by a table of measures numbered to match: a number with no measure row
  // leaves its problem unanswered, whatever words other rows share with it; the others are answered.
  const numbered = numberedProblemRows(a);
  for (const r of numbered) {
    if (!r.answered) report(file, meta, a, r.cs, r.ce, { reason: `问题无对策：「${doc.clean.slice(r.cs, r.ce)}」的序号在整改措施表中没有对应的措施`, note: NOTE });
  }
  const inNumbered = (p: Problem) => numbered.some((r) => p.cs < r.ce && p.ce > r.cs);
  const problemSections = doc.headings.map((h, hi) => hi !== doc.title && h.kind !== 'label' && isProblemHeading(a, hi));
  for (let hi = 0; hi < doc.headings.length; hi++) {
    if (!problemSections[hi]) continue;
    const h = doc.headings[hi];
    const problems = problemsOf(a, hi).filter((p) => !inNumbered(p));
    if (!problems.length) continue;
    // Answers come after the problem section and before the next one (问题 → 措施, repeated):
    // bounding the search keeps the rule linear in the document's length.
    let until = doc.clean.length;
    for (let k = hi + 1; k < doc.headings.length; k++) {
      if (problemSections[k] && doc.headings[k].cs >= h.bodyCe) {
        until = doc.paragraphs[doc.headings[k].paragraph].cs;
        break;
      }
    }
    // A run-in problem label (1.问题：…) is answered by its own rectification label (整改措施：…) inside its section,
    // unless that states slogans only.
    // So is a heading stating its problem after the label (### 问题一：…), by its section's body (- 措施：由…).
    // (…or by a rectification label later in the label's own paragraph: （一）问题：…。措施：….)
    if (isProblemLabel(h) || labelledProblemAt(h) >= 0) {
      const own = rectificationIn(a, h.paragraph, h.ce);
      if (a.sentencesIn(own >= 0 ? own : doc.paragraphs[h.paragraph].ce, h.bodyCe).some((si) => !onlySlogans(a, si))) continue;
    }
    // So is a section of one problem by the rectification paragraph in it ((一)品牌特色提炼不足 … 改进措施：由…).
    if (problems.length === 1 && rectifiedWithin(a, h)) continue;
    const laterSi = a.sentencesIn(h.bodyCe, until).filter((si) => !inProblemSection(a, si, problemSections) && !inCauseSection(a, si) && !doneInNextSteps(a, si) && !signsOff(a, si));
    const later = laterSi.map((si) => a.text(si));
    const slogans = new Set(laterSi.filter((si) => onlySlogans(a, si)).map((si) => a.text(si)));
    const laterHeadings: string[] = [];
    for (let k = hi + 1; k < doc.headings.length && doc.headings[k].cs < until; k++) if (doc.headings[k].cs >= h.bodyCe && !signsOff(a, doc.headings[k].sentence)) laterHeadings.push(headingWords(a, k));
    if (answeredInTurn(a, problems, h.bodyCe, until)) continue;
    reportUnanswered(a, file, problems, later, laterHeadings, slogans);
  }
  // Problems labelled one by one, each followed by its rectification (问题1：… / 整改措施：…), outside any problems section.
  // The writer paired them: a rectification stating anything but slogans answers its problem.
  // (The problem's own facts under it, 表现：…, answer nothing.)
  // (…and so does one of party routine only for a problem of the business, sharing no word with it: 问题：报销审批超时 /
  // 整改措施：组织党员学习党章党规.)
  for (const { problem, from, to } of labelledPairs(a, problemSections)) {
    const answers = a.sentencesIn(from, to).filter((si) => !onlySlogans(a, si) && !opensWith(doc.clean, doc.paragraphs[doc.sentences[si].paragraph].cs, DETAIL_LABEL_RE));
    if (!answers.length) reportProblem(a, file, problem);
    else if (answers.every((si) => routineForBusiness(a, si, problem.cs, problem.ce, doc.sentences[si].bodyCs, doc.sentences[si].ce))) reportProblem(a, file, problem, ROUTINE_REASON);
  }
  // A problem whose own paragraph gives its rectification only as a promise to keep at it (三是…不够经常。整改措施：持续整改，
  // 长期坚持。): the writer paired them, and the pair sets no measure.
  // (Only where a measure label is written at all: one scan of the whole text first.)
  for (const p of LABELLED_MEASURE_RE.test(doc.clean) ? doc.paragraphs : []) {
    for (let si = p.s0 + 1; si < p.s1; si++) {
      const s = doc.sentences[si];
      const label = MEASURE_LABEL_FIRST.has(doc.clean.charCodeAt(s.cs)) ? MEASURE_LABEL_AT_RE.exec(doc.clean.slice(s.cs, s.cs + 8)) : null;
      if (!label) continue;
      const promise = doc.clean.slice(s.cs + label[0].length, p.ce);
      if (placeholderMeasure(promise)) {
        const first = doc.sentences[p.s0];
        const problem = problemAt(a, p.s0, first.bodyCs + (ITEM_RE.exec(itemHead(doc.clean, first.bodyCs))?.[0].length ?? 0), first.ce);
        report(file, meta, a, problem.cs, problem.ce, { reason: `问题无对策：「${problem.label}」的整改措施只写了「${promise.slice(0, trimSentenceEnd(promise, promise.length)).trim()}」，没有具体举措`, note: NOTE });
      }
      break;
    }
  }
  // Problems listed after an introducing sentence rather than a heading (支部品牌创建存在以下短板：1.… 2.…;
  // 仍有差距：一是…；二是…), answered by what follows the list.
  // Answers come before the next list of problems (bounding the search keeps the rule linear).
  const lists = inlineProblemLists(a, problemSections);
  lists.forEach((list, k) => {
    list.problems = list.problems.filter((p) => !inNumbered(p));
    if (!list.problems.length) return;
    const end = k + 1 < lists.length ? lists[k + 1].from : doc.clean.length;
    if (answeredInTurn(a, list.problems, list.after, end)) return;
    const laterSi = a.sentencesIn(list.after, end).filter((si) => !inCauseSection(a, si) && !doneInNextSteps(a, si));
    const slogans = new Set(laterSi.filter((si) => onlySlogans(a, si)).map((si) => a.text(si)));
    reportUnanswered(a, file, list.problems, laterSi.map((si) => a.text(si)), [], slogans);
  });
};

/**
 * The words of heading `hi` beyond those naming its kind of section (下一步工作安排 of 二、下一步工作安排, 整改措施):
 * only these can name a problem's subject (党员帮带新员工缺少固定安排 is not answered by the heading 下一步工作安排).
 */
function headingWords(a: Analysis, hi: number): string {
  const h = a.doc.headings[hi];
  let out = '';
  let at = h.cs;
  for (const x of a.hitsIn(h.sentence, 'section', undefined, h.cs, h.ce)) {
    out += a.doc.clean.slice(at, x.start) + '|';
    at = x.end;
  }
  return out + a.doc.clean.slice(at, h.ce);
}

/**
 * Whether the measures after `problems`, in clean[from, to), answer them in turn: the first list there
 * (一是…二是…, 1.… 2.…, （一）…（二）…) has as many items as there are problems, and each item is a concrete
 * measure (a quantity, a date or period, or a named owner) on its problem's subject: it shares a word with the
 * problem's statement (组织生活不够严肃规范，支委会与党员大会合并召开 → 支委会、党员大会分别单独召开) or answers it in
 * known other words. Writers answer a list of problems with a list of measures in the same order; an item on
 * another subject (党员走访农户偏少 → 完成营业厅适老化改造) leaves its problem unanswered, and a generic item or a
 * missing one leaves the problems to be matched one by one.
 */
function answeredInTurn(a: Analysis, problems: readonly Problem[], from: number, to: number): boolean {
  const count = problems.length;
  if (count < 2) return false;
  const { doc } = a;
  // The items of the region: enumerated or numbered items, and run-in titles opening numbered paragraphs.
  const starts: Array<{ cs: number; marker: string; rank: number }> = [];
  for (const it of itemsIn(a, from, to)) starts.push({ cs: it.cs, marker: it.marker, rank: it.rank });
  for (let k = firstFrom(doc.headings, from); k < doc.headings.length && doc.headings[k].cs < to; k++) {
    const h = doc.headings[k];
    if (h.kind === 'runin') starts.push({ cs: doc.paragraphs[h.paragraph].cs, marker: h.marker, rank: h.rank });
  }
  if (starts.length < count) return false;
  starts.sort((x, y) => x.cs - y.cs);
  // The first list: the items of the first item's kind, up to the end of the region.
  const kind = starts[0];
  const list = starts.filter((x) => x.marker === kind.marker && x.rank === kind.rank);
  if (list.length !== count) return false;
  const context = contextGrams(a);
  return list.every((x, i) => {
    const si0 = a.sentenceAt(x.cs);
    const end = i + 1 < list.length ? list[i + 1].cs : Math.min(to, si0 < 0 ? to : doc.paragraphs[doc.sentences[si0].paragraph].ce);
    const text = doc.clean.slice(x.cs, end);
    const p = problems[i];
    const grams = new Set([...bigrams(p.key), ...bigrams(p.detail)]);
    if (![...grams].some((g) => !TIME_GRAMS.has(g) && !context.has(g) && text.includes(g)) && !answersInOtherWords(doc.clean.slice(p.cs, p.ce), [text])) return false;
    // (An item reporting what was done, 2024年已为民警开设了心理咨询室, sets no task: it answers nothing in turn.)
    return [...(si0 >= 0 && doc.sentences[si0].cs < x.cs ? [si0] : []), ...a.sentencesIn(x.cs, Math.max(end, x.cs + 1))].some((si) => {
      const t = doc.sentences[si];
      const lo = Math.max(t.cs, x.cs);
      const hi = Math.min(t.ce, end);
      if (a.has(si, 'past', undefined, lo, hi) && !a.has(si, 'directive', 'modal', lo, hi)) return false;
      return (a.anchorKinds(si, lo, hi) & (AnchorKind.Quantity | AnchorKind.Time)) !== 0 || a.has(si, 'actor', 'specific', lo, hi) || doc.clean.slice(lo, hi).includes('由');
    });
  });
}

/** Bigrams of times and amounts, shared by any two sentences of a plan (全年, 每月, 以上): no common subject. */
const TIME_GRAMS = new Set(['全年', '年度', '每月', '每季', '季度', '上半', '下半', '半年', '以上', '以下', '不少', '少于', '不低', '低于', '今年', '明年', '年底', '月底', '每年', '每周', '全部', '所有']);

/** Bigrams of the context every sentence of a brand document shares: the brand, its creation, the workshop. */
const CONTEXT_GRAMS = new Set(['品牌', '牌创', '创建', '车间', '间党', '支部', '党建', '建工', '工作']);

/** The unit named at the head of a title, with its party body, before its subject: 和平路社区党委 of 和平路社区党委2024年工作总结. */
const TITLE_UNIT_RE = /^(?:中共)?([\u4e00-\u9fff]{2,16}?(?:党委|党总支|党支部|党工委|党组|党小组|支部|机关)?)(?:关于|\d{4}年|(?<=党委|党总支|党支部|党工委|党组|党小组|支部|机关))/;
const contextCache = new WeakMap<Analysis, ReadonlySet<string>>();

/**
 * {@link CONTEXT_GRAMS} and the bigrams of the unit the title names (和平路社区党委 → 社区, 区党): words every sentence of the
 * document may hold, which tie no measure to a problem (社区党员志愿服务队伍年龄老化 is not answered by 由社区环境专干负责…).
 */
function contextGrams(a: Analysis): ReadonlySet<string> {
  let out = contextCache.get(a);
  if (!out) {
    const unit = TITLE_UNIT_RE.exec(documentTitle(a).replace(/^#+\s*/, ''))?.[1] ?? '';
    out = unit ? new Set([...CONTEXT_GRAMS, ...bigrams(unit)]) : CONTEXT_GRAMS;
    contextCache.set(a, out);
  }
  return out;
}

/**
 * Whether sentence `si` is slogans only: two or more stock phrases or slogans and nothing concrete (支部将坚持问题导向，
 * 持续深化品牌内涵，凝心聚力、攻坚克难，推动品牌创建工作迈上新台阶). It answers no problem, whatever words it shares with one.
 */
function onlySlogans(a: Analysis, si: number): boolean {
  const s = a.doc.sentences[si];
  return slogansOnly(a, si, s.bodyCs, s.ce);
}

/**
 * Reports each of `problems` that none of `later` (sentence texts) nor `laterHeadings` answers. A sentence of
 * `slogans` (slogans only) answers a problem only by its subject's own words, not by the words of the brand's
 * context every sentence holds (品牌创建, 车间): 持续深化品牌内涵…推动品牌创建工作迈上新台阶 answers no
 * 品牌创建资料台账不够完整.
 */
function reportUnanswered(a: Analysis, file: VFile, problems: Problem[], later: string[], laterHeadings: string[], slogans: ReadonlySet<string> = new Set()): void {
  // Problems named by their place in the list (针对第一个问题，由…负责…) are answered.
  const byPlace = placesNamed(later);
  // The words every problem of a list of three or more holds (责任区 of 责任区标识…, 责任区党员履职…, 责任区群众评议…)
  // are the list's subject: they tie a measure to no one problem.
  const gramsOf = problems.map((p) => ownGrams(a, p));
  const listWords = problems.length >= 3 ? [...gramsOf[0]].filter((g) => gramsOf.every((gs) => gs.has(g))) : [];
  const listContext = listWords.length ? new Set([...contextGrams(a), ...listWords]) : contextGrams(a);
  // …and so, for one problem of a list of three or more, are the words of its subject that another problem names too, in
  // its key or its facts (党员教师 of 家校沟通中党员教师主动作为不够 and 党员教师示范引领作用发挥不充分): a measure on
  // the other problem shares them.
  const textsOf = problems.length >= 3 ? problems.map((p) => p.key + p.detail) : [];
  // How many of those texts hold each two-character gram of the problems' keys, keyed by its two UTF-16 codes (counted
  // once per text, in one pass over the texts: the rule stays linear in the list's length).
  const pair = (t: string, i: number) => t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1);
  const held = new Map<number, { n: number; last: number }>();
  if (textsOf.length) for (const gs of gramsOf) for (const g of gs) if (g.length === 2) held.set(pair(g, 0), { n: 0, last: -1 });
  textsOf.forEach((t, j) => {
    for (let i = 0; i + 1 < t.length; i++) {
      const e = held.get(pair(t, i));
      if (e && e.last !== j) {
        e.last = j;
        e.n++;
      }
    }
  });
  const heldByOther = (g: string, k: number) => (g.length === 2 ? (held.get(pair(g, 0))?.n ?? 0) - (textsOf[k].includes(g) ? 1 : 0) > 0 : textsOf.some((t, j) => j !== k && t.includes(g)));
  for (const [k, p] of problems.entries()) {
    if (byPlace.has(k) || answeredNext(a, p)) continue;
    const grams = gramsOf[k];
    if (!grams.size) continue;
    const others = textsOf.length ? [...grams].filter((g) => !listContext.has(g) && heldByOther(g, k)) : [];
    const context = others.length ? new Set([...listContext, ...others]) : listContext;
    // Sharing only the words of the context every sentence holds (车间党支部 of 车间党员发展近两年停滞) answers
    // nothing, unless the problem has no words of its own.
    const own = [...grams].some((g) => !context.has(g));
    let best = 0;
    // The best match among sentences that are not slogans only.
    let bestPlain = 0;
    for (const t of later) {
      let m = 0;
      let mOwn = 0;
      const slogan = slogans.has(t);
      for (const g of grams) {
        if (!t.includes(g)) continue;
        if (!context.has(g)) mOwn++;
        else if (slogan) continue;
        m++;
      }
      if (own && !mOwn) m = 0;
      if (m > best) best = m;
      if (!slogan && m > bestPlain) bestPlain = m;
      if (best >= 2) break;
    }
    // (A lone problem shares its subject with the measures that answer it: 个别党员学习主动性不强 → 每月组织1次集中学习;
    // not with a pledge of slogans: 服务标准化程度不高 → 以更高标准、更实举措…再上新台阶.)
    if (best >= 2 || best / grams.size >= 0.5 || (problems.length === 1 && bestPlain >= 1)) continue;
    // A measure that takes up the facts of the problem's sentence answers it too (…做得不够细，寒潮期间
    // 匝道封闭超过6小时 → 寒潮期间匝道封闭时间控制在2小时以内): it must share more of them.
    const all = new Set([...grams, ...bigrams(p.detail)].filter((g) => !DETAIL_GENERIC.has(g)));
    const allOwn = new Set([...all].filter((g) => !context.has(g)));
    if (all.size > grams.size && later.some((t) => shared(slogans.has(t) ? allOwn : all, t, DETAIL_MATCH) >= DETAIL_MATCH)) continue;
    // A later heading that names the problem's subject answers it (融合意识不足 → 树立融合发展理念).
    if (laterHeadings.some((t) => [...grams].some((g) => t.includes(g)))) continue;
    // A measure answering the problem in other words (年龄结构偏大 → 培养35岁以下入党积极分子).
    const problemText = a.doc.clean.slice(p.cs, p.ce);
    if (answersInOtherWords(problemText, later)) continue;
    // A problem of weak ties to a named business answered by a measure on that business (党建与营销工作结合不紧 →
    // 由营销班党小组牵头…).
    const business = TIES_RE.test(problemText) && PARTY_RE.test(problemText) ? a.hitsInRange('business', p.cs, p.ce).map((h) => h.entry.text).filter((w) => w.length >= 2 && !GENERIC_BUSINESS.has(w)) : [];
    if (business.length && later.some((t) => business.some((w) => t.includes(w)))) continue;
    reportProblem(a, file, p);
  }
}

/**
 * The bigrams a measure must share with problem `p`: those of its key, with each numbered formula in it (三会一课,
 * 第一议题: every party document names them) counted as one word rather than three bigrams, unless nothing else is
 * left (“三会一课”落实不到位).
 */
function ownGrams(a: Analysis, p: Problem): Set<string> {
  const grams = bigrams(p.key);
  const formulas = a.hitsInRange('formula', p.cs, p.cs + p.key.length);
  if (!formulas.length) return grams;
  let key = p.key;
  const whole: string[] = [];
  for (const f of formulas) {
    if (f.start < p.cs || f.end > p.cs + key.length) continue;
    key = key.slice(0, f.start - p.cs) + ' '.repeat(f.end - f.start) + key.slice(f.end - p.cs);
    whole.push(f.entry.text);
  }
  const own = bigrams(key);
  // (Each formula still counts once, as a word: 确保“三会一课”按月召开 takes up 支部“三会一课”被生产任务挤占.)
  for (const w of whole) own.add(w);
  return own.size > whole.length ? own : grams;
}

/** The reason of a problem answered by party routine only ({@link routineForBusiness}). */
const ROUTINE_REASON = '的整改措施只是党建活动，没有针对这个问题本身';

/** Reports problem `p` as unanswered, `why` after its label (default: no later measure answers it). */
function reportProblem(a: Analysis, file: VFile, p: Problem, why = '在后文措施中没有对应的整改举措'): void {
  report(file, meta, a, p.cs, p.ce, {
    reason: `问题无对策：「${p.label}」${why}`,
    note: NOTE,
  });
}

/** Whether the section of heading `h` holds a rectification paragraph (整改措施：…, 改进措施：…) stating more than slogans. */
function rectifiedWithin(a: Analysis, h: { bodyCs: number; bodyCe: number }): boolean {
  const { doc } = a;
  // (The label may open a sentence inside the paragraph of the problem's facts: 巡察指出，…。整改措施：执法科将….)
  return a.sentencesIn(h.bodyCs, h.bodyCe).some((si) => {
    const s = doc.sentences[si];
    const p = doc.paragraphs[s.paragraph];
    return (opensWith(doc.clean, p.cs, RECTIFY_AT_RE) || opensWith(doc.clean, s.cs, RECTIFY_AT_RE)) && !onlySlogans(a, si);
  });
}

/** A problem named by its place: 针对第一个问题, 关于第二个问题, 第三项问题, a measure line 第3条：…, 对应问题2. */
const PROBLEM_BY_PLACE_RE = /(?:针对|关于|对)?第([一二三四五六七八九十]|\d{1,2})(?:个|项|条|方面的?)问题(?!的?(?:主要|根本|深层次?)?(?:原因|根源|症结))|^第([一二三四五六七八九十\d])条[：:]|(?:对应|针对|对|关于)(?:反馈|巡察|督查|检视|查摆|审计)?问题([一二三四五六七八九十\d])/g;
/** Chinese ordinals by index: 一 is 0. */
const CN_ORDINAL = '一二三四五六七八九十';

/** A problem of weak ties between party work and the business: 结合不紧, 融合不够, 两张皮, 脱节. */
const TIES_RE = /结合|融合|两张皮|脱节|联系不紧/;
/** Party work or its brand named in a problem of weak ties (党建与营销工作结合不紧, 品牌特色…与收费工作结合不紧), not any two things apart (管理制度与船上实际脱节). */
const PARTY_RE = /党|支部|品牌|组织生活|三会一课|主题党日|理论学习|政治学习|学习教育|思想政治/;
/** Business words too general to tie a measure to a problem (服务, 安全, 质量…). */
const GENERIC_BUSINESS = new Set(['服务', '安全', '质量', '业务', '项目', '技术', '经济', '经营', '生产', '中心工作', '主业', '效益', '成本', '市场', '客户', '设备', '窗口', '办事', '产品', '教学', '课程', '课堂']);

/**
 * Lists of problems introduced by a sentence ending in a colon (not by a heading): the items of the
 * rest of its paragraph (一是…；二是…), or else the numbered paragraphs right after it (1.… 2.…).
 * `from` is the clean offset of its introduction, `after` the one where the list ends and the answers may begin.
 */
function inlineProblemLists(a: Analysis, problemSections: boolean[]): Array<{ problems: Problem[]; from: number; after: number }> {
  const { doc } = a;
  const out: Array<{ problems: Problem[]; from: number; after: number }> = [];
  const clean = doc.clean;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    // (A run-in title may only say that problems remain: 我村党建工作还存在一些问题。村集体经济…；…。)
    const stopIntro = s.kind !== SentenceKind.Heading && hasStopIntro(clean, s.bodyCs, s.ce) && si + 1 < doc.paragraphs[s.paragraph].s1;
    if ((s.kind === SentenceKind.RunIn && !stopIntro) || (s.kind === SentenceKind.Heading && si === 0)) continue;
    // The introduction ends at a colon: the sentence's own end (…存在以下短板：), or a colon inside it (…仍有差距：一是…；).
    // (A label ending at the colon — 存在的不足：一是… — introduces the list as well.)
    // So does a sentence of its own saying that problems remain (我村党建工作还存在一些问题。A；B；C。).
    let colon = problemIntroIn(a, s.cs, s.ce);
    if (colon < 0 && stopIntro) colon = doc.sentences[si + 1].cs;
    // …or a sentence closing its paragraph that announces them (…归纳为以下3个问题。), the numbered rows after it.
    if (colon < 0 && si + 1 === doc.paragraphs[s.paragraph].s1 && s.kind === SentenceKind.Body && LIST_INTRO_RE.test(clean.slice(s.bodyCs, s.ce))) colon = s.ce;
    if (colon < 0 || MEASURE_INTRO_RE.test(clean.slice(s.cs, colon))) continue;
    // (A label of one problem answered in its own paragraph, （一）问题：…。措施：…, is a labelled pair, no list.)
    if (PROBLEM_LABEL_AT_RE.test(clean.slice(s.cs + (matchMarker(clean.slice(s.cs, s.cs + 8))?.length ?? 0), colon)) && rectificationIn(a, s.paragraph, colon) >= 0) continue;
    // A heading of problems whose own section lists them is read by the heading path; one whose items follow as
    // sibling paragraphs (根据…存在以下短板：\n1.…\n2.…) is read here.
    if (s.kind === SentenceKind.Heading ? problemSections[s.section] && problemsOf(a, s.section).length > 0 : inProblemSection(a, si, problemSections)) continue;
    const problems: Problem[] = [];
    const para = doc.paragraphs[s.paragraph];
    let after = para.ce;
    const push = (cs: number, ce: number, sj: number) => problems.push(problemAt(a, sj, cs, ce));
    // Items in the rest of the paragraph: 一是…；二是…； up to a list that starts over after other words
    // (…三是…。2025年，支部将重点做好三件事：一是… are the answers).
    let prevEnd = -1;
    for (const it of itemsIn(a, colon, para.ce)) {
      const sj = a.sentenceAt(it.cs);
      if (sj < 0) continue;
      if (prevEnd >= 0 && hanIn(a, prevEnd, it.cs, 1) > 0) break;
      prevEnd = Math.min(it.ce, doc.sentences[sj].ce);
      // (An item answered in place, …配备不全，对此，支队将…, is no problem left open; it still belongs to the list.)
      if (!answeredInPlace(a, it.cs, prevEnd)) push(it.cs, prevEnd, sj);
      // The answers may follow in the same paragraph, after the list's full stop (…；二是…。针对第一个问题，由…).
      after = doc.sentences[sj].ce;
    }
    if (problems.length && clean.charCodeAt(after - 1) !== 0x3002) after = para.ce;
    // …or numbered paragraphs after it, when nothing follows its colon in the paragraph: 1.品牌特色不鲜明。…
    // (Not past a heading: 三、后续安排 opens the answers.)
    const restOfParagraph = clean.slice(colon, para.ce).replace(/^[：:\s]+/, '').length > 0;
    if (!problems.length && !restOfParagraph) {
      for (let pi = s.paragraph + 1; pi < doc.paragraphs.length; pi++) {
        const q = doc.paragraphs[pi];
        const first = doc.sentences[q.s0];
        if (!first || (q.heading >= 0 && doc.headings[q.heading].kind !== 'runin') || MEASURE_INTRO_RE.test(clean.slice(q.cs, q.ce).slice(0, 16))) break;
        // (A table row numbered in its first cell, 1⇥党员积分管理只记分不运用, is numbered too; its problem follows the tab.)
        const row = ROW_NUMBER_RE.exec(clean.slice(q.cs, q.cs + 4));
        if (!row && !matchMarker(clean.slice(q.cs, q.cs + 6))) break;
        push(q.cs + (row ? row[0].length : 0), first.kind === SentenceKind.RunIn ? (doc.sentences[q.s0 + 1]?.ce ?? first.ce) : first.ce, q.s0);
        after = q.ce;
      }
    }
    // …or clauses after it closed by semicolons, up to the full stop that ends the list: A；B；C。
    if (!problems.length) {
      const { segments, last } = semicolonClauses(a, si, colon);
      if (segments.length >= 2) {
        for (const [cs, ce, sk] of segments) if (!answeredInPlace(a, cs, ce)) push(cs, ce, sk);
        after = doc.sentences[last].ce;
      }
    }
    if (problems.length) out.push({ problems, from: s.cs, after });
  }
  return out;
}

/** A label naming a problem one at a time: 问题1：, 问题：, 存在问题：, 查摆问题二：. */
const PROBLEM_LABEL = '(?:主要|存在的?|突出|查摆|反馈|检视)?问题[一二三四五六七八九十\\d]*';
const PROBLEM_LABEL_RE = new RegExp(`^${PROBLEM_LABEL}$`);
const PROBLEM_LABEL_AT_RE = new RegExp(`^${PROBLEM_LABEL}[：:]\\s*`);

/** Whether heading `h` is a run-in problem label only (1.问题：党员发展工作不规范…), the problem stated after it. */
function isProblemLabel(h: { kind: string; text: string }): boolean {
  return h.kind === 'runin' && PROBLEM_LABEL_RE.test(h.text);
}

/**
 * Where a heading stating one problem after its label (### 问题一：党员先锋岗挂牌后缺少考评) states it: the clean offset
 * after the label, or -1 for any other heading. Its section's body is that problem's rectification.
 */
function labelledProblemAt(h: { kind: string; text: string; ce: number }): number {
  if (h.kind === 'runin' || h.kind === 'label') return -1;
  const m = PROBLEM_LABEL_AT_RE.exec(h.text);
  return m && h.text.length - m[0].length >= 2 ? h.ce - (h.text.length - m[0].length) : -1;
}

/**
 * Problems labelled one at a time outside any problems section, each followed by its rectification (问题1：… /
 * 整改措施：… / 问题2：… / 整改措施：…): each problem with the clean range [from, to) that must answer it, from the end
 * of its paragraph to the next labelled problem or heading. Read only when at least one problem is followed at once by
 * a rectification label, so that a list of problems is not read as pairs.
 */
function labelledPairs(a: Analysis, problemSections: boolean[]): Array<{ problem: Problem; from: number; to: number }> {
  const { doc } = a;
  const clean = doc.clean;
  if (!clean.includes('问题')) return [];
  // Each labelled paragraph, with the offset where its problem's statement starts (after marker and label).
  const labelled: Array<{ pi: number; cs: number }> = [];
  const numbered: Array<{ pi: number; cs: number; key: string }> = [];
  for (let pi = 0; pi < doc.paragraphs.length; pi++) {
    const p = doc.paragraphs[pi];
    const s = doc.sentences[p.s0];
    if (!s || inProblemSection(a, p.s0, problemSections)) continue;
    // A numbered heading stating a problem, its rectification paragraph right under it (二、节能降耗攻关成效不明显，…\n
    // 整改措施：…): the heading is the labelled problem. (Not a heading naming a part: 二、整改措施.)
    if (p.heading >= 0 || s.kind === SentenceKind.Heading) {
      const h = p.heading;
      const next = doc.paragraphs[pi + 1];
      if (h >= 0 && h !== doc.title && !problemSections[h] && doc.headings[h].kind !== 'label' && doc.headings[h].marker !== 'plain' && (!headingTags(a, h).size || doc.headings[h].text.length > PART_NAME_MAX) && next && RECTIFY_AT_RE.test(clean.slice(next.cs, next.cs + 8))) labelled.push({ pi, cs: doc.headings[h].cs });
      continue;
    }
    const marker = matchMarker(clean.slice(p.cs, p.cs + 8));
    const at = p.cs + (marker ? marker.length : 0);
    const label = PROBLEM_LABEL_AT_RE.exec(clean.slice(at, at + 10));
    // (A label over a list, 存在的问题：一是…；二是…, labels no one problem: the list is read as such.)
    if (label && !ITEM_RE.test(itemHead(clean, at + label[0].length))) labelled.push({ pi, cs: at + label[0].length });
    // A numbered paragraph stating a problem ((二)安全生产责任落实层层递减，…), kept to see whether its section pairs such
    // paragraphs with rectifications.
    else if (marker && !label && a.mentions(p.s0, 'problem') && !isMeasure(a, p.s0)) numbered.push({ pi, cs: at, key: `${s.section}|${marker.kind}|${marker.rank}` });
  }
  // Numbered problems of a section whose others are each followed by a rectification paragraph ((一)… / 整改措施：… /
  // (二)… / 整改措施：… / (四)…): the writer paired them one by one, so one left without its rectification is unanswered.
  const pairedKeys = new Set(numbered.filter(({ pi }) => pi + 1 < doc.paragraphs.length && RECTIFY_AT_RE.test(clean.slice(doc.paragraphs[pi + 1].cs, doc.paragraphs[pi + 1].cs + 8))).map((x) => x.key));
  if (pairedKeys.size) {
    for (const x of numbered) if (pairedKeys.has(x.key)) labelled.push({ pi: x.pi, cs: x.cs });
    labelled.sort((x, y) => x.cs - y.cs);
  }
  // (Past the problem's own facts: 问题一：…\n表现：…\n整改措施：….)
  // (…or in the problem's own paragraph: （一）问题：…。措施：….)
  const rectifiedAt = ({ pi, cs }: { pi: number; cs: number }) => {
    if (rectificationIn(a, pi, cs) >= 0) return true;
    let pj = pi + 1;
    while (pj < doc.paragraphs.length && opensWith(clean, doc.paragraphs[pj].cs, DETAIL_LABEL_RE)) pj++;
    return pj < doc.paragraphs.length && opensWith(clean, doc.paragraphs[pj].cs, RECTIFY_AT_RE);
  };
  if (!labelled.some(rectifiedAt)) return [];
  const byPlace = placesNamed(a.doc.sentences.map((_, si) => a.text(si)));
  const out: Array<{ problem: Problem; from: number; to: number }> = [];
  labelled.forEach(({ pi, cs }, k) => {
    const p = doc.paragraphs[pi];
    const si = a.sentenceAt(cs);
    if (si < 0 || cs >= doc.sentences[si].ce) return;
    // The answer runs to the next labelled problem, or the next paragraph that is neither a label nor its body.
    let end = k + 1 < labelled.length ? doc.paragraphs[labelled[k + 1].pi].cs : clean.length;
    for (let pj = pi + 1; pj < doc.paragraphs.length && doc.paragraphs[pj].cs < end; pj++) {
      const h = doc.paragraphs[pj].heading;
      if (h >= 0 && doc.headings[h].kind !== 'label') {
        end = doc.paragraphs[pj].cs;
        break;
      }
    }
    // (A problem a later measure names by its number, 对反馈问题3，…, is answered there.)
    const n = LABEL_NUMBER_RE.exec(clean.slice(p.cs, cs))?.[1];
    if (n && byPlace.has(placeOf(n))) return;
    // (A rectification label in the problem's own paragraph starts its answer: （一）问题：…。措施：….)
    const own = rectificationIn(a, pi, cs);
    out.push({ problem: problemAt(a, si, cs, doc.sentences[si].ce), from: own >= 0 ? own : p.ce, to: end });
  });
  return out;
}

/**
 * The clean offset of the first sentence after clean offset `cs` in paragraph `pi` that opens with a rectification label
 * (措施：, 整改措施：, 落实情况：): a problem labelled in the paragraph is answered there (（一）问题：…。措施：…); else -1.
 */
function rectificationIn(a: Analysis, pi: number, cs: number): number {
  const { doc } = a;
  const p = doc.paragraphs[pi];
  for (let si = p.s0; si < p.s1; si++) {
    const s = doc.sentences[si];
    if (s.cs <= cs || !MEASURE_LABEL_FIRST.has(doc.clean.charCodeAt(s.cs))) continue;
    const head = doc.clean.slice(s.cs, s.cs + 8);
    if (MEASURE_LABEL_AT_RE.test(head) || RECTIFY_AT_RE.test(head)) return s.cs;
  }
  return -1;
}

/** The number in a problem's label: 问题3：, 反馈问题二：. */
const LABEL_NUMBER_RE = /问题([一二三四五六七八九十]|\d{1,2})/;

/** The places (0-based) of the problems that `texts` name by number (针对第一个问题, 对反馈问题3). */
function placesNamed(texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const t of texts) {
    if (!t.includes('问题') && !t.startsWith('第')) continue;
    for (const m of t.matchAll(PROBLEM_BY_PLACE_RE)) out.add(placeOf(m[1] ?? m[2] ?? m[3]));
  }
  return out;
}

/** The 0-based place a problem's number names: 3 → 2, 二 → 1. */
function placeOf(n: string): number {
  return /\d/.test(n) ? Number(n) - 1 : CN_ORDINAL.indexOf(n);
}

/** Longest heading, in UTF-16 units, read as naming a part (二、整改措施) rather than stating a problem (二、节能降耗攻关成效不明显，…). */
const PART_NAME_MAX = 12;

/** A sentence saying that problems remain, closed by a full stop: 还存在一些问题。, 也有不少短板。. */
const STOP_INTRO_RE = /(?:存在|还有|仍有|也有)[^，。；]{0,8}(?:问题|不足|短板|差距|薄弱环节)。$/;

/** Whether clean[cs, ce) is a {@link STOP_INTRO_RE} sentence (the expression runs only on short sentences ending in 。). */
function hasStopIntro(clean: string, cs: number, ce: number): boolean {
  return ce - cs <= 40 && clean.charCodeAt(ce - 1) === 0x3002 && STOP_INTRO_RE.test(clean.slice(cs, ce));
}

/** Whether UTF-16 code `c` is a semicolon (；;). */
function isSemicolon(c: number): boolean {
  return c === 0xff1b || c === 59;
}

/** Whether the label `re` (anchored at ^, at most 8 UTF-16 units: 整改措施：, 问题表现：) opens clean text at `at`. */
function opensWith(clean: string, at: number, re: RegExp): boolean {
  return re.test(clean.slice(at, at + 8));
}

/** A paragraph giving a problem's facts or causes under it: 表现：, 问题表现：, 具体表现：, 原因：. */
const DETAIL_LABEL_RE = /^(?:问题|具体)?(?:表现|现象|描述|原因|原因分析|基本情况)[：:]/;

/** A label that only numbers or names the field (问题一：, 问题2：, 具体表现：, 主要问题：). */
const NUMBERING_LABEL_RE = /^(?:[-*+•·\s]*)(?:(?:主要|存在|突出)?问题[一二三四五六七八九十\d]*|表现|具体表现|问题表现|原因|原因分析|第[一二三四五六七八九十\d]+(?:条|项|个)?|[^：:，。]{2,8}方面)[：:]/;

/**
 * Whether one of `later` answers `problem` in other words: the problem holds a problem word of a
 * pair in data/remedies.json and the answer a remedy word of the same pair (形式单一 → 专题研讨).
 */
export function answersInOtherWords(problem: string, later: readonly string[]): boolean {
  for (const pair of remedies.pairs) {
    if (!pair.problem.some((w) => problem.includes(w))) continue;
    if (later.some((t) => pair.remedy.some((w) => t.includes(w)))) return true;
  }
  return false;
}


/** A heading that opens a list of problems (存在问题, 不足) and not of measures (整改措施). */
function isProblemHeading(a: Analysis, hi: number): boolean {
  const tags = headingTags(a, hi);
  // A title that sets out to fix a shortcoming (补齐数字化技能短板, 破解人才断层问题) is a measure's.
  const text = a.doc.headings[hi].text;
  // Nor is one analysing the problems' causes (二、问题产生的原因): the problems are above it, their answers below.
  // Nor one reporting how earlier problems were rectified (一、上年度问题整改情况): its problems are answered in it.
  return tags.has('problems') && !tags.has('measure') && !tags.has('next') && !/优势|成绩|成效|经验/.test(text) && !FIXING_RE.test(text) && !causeHeading(text) && !RECTIFIED_HEADING_RE.test(text);
}

/** A heading reporting rectification done: 问题整改情况, 整改落实情况, 整改完成情况. */
const RECTIFIED_HEADING_RE = /整改(?:落实|完成|推进)?情况/;

/** A heading of the problems with their causes (存在的问题和原因, 问题及成因): it states the problems. */
const PROBLEMS_AND_CAUSES_RE = /(?:问题|不足|差距|短板)(?:和|及|与|及其|和其)(?:原因|成因|根源)/;
/** Whether heading text `text` analyses causes only ({@link CAUSE_HEADING_RE}, not {@link PROBLEMS_AND_CAUSES_RE}). */
const causeHeading = (text: string) => CAUSE_HEADING_RE.test(text) && !PROBLEMS_AND_CAUSES_RE.test(text);

/**
 * Whether sentence `si` lies under a heading analysing the causes of the problems (二、原因分析): it restates the
 * problems' words (对班中餐等小事重视不够，是产生第二个问题的主要原因) and answers none of them.
 */
function inCauseSection(a: Analysis, si: number): boolean {
  for (let h = a.doc.sentences[si].section; h >= 0; h = a.doc.headings[h].parent) {
    if (causeHeading(a.doc.headings[h].text) && !headingTags(a, h).has('measure')) return true;
  }
  return false;
}

function inProblemSection(a: Analysis, si: number, problemSections: boolean[]): boolean {
  for (let h = a.doc.sentences[si].section; h >= 0; h = a.doc.headings[h].parent) if (problemSections[h]) return true;
  return false;
}

/** A rectification label: 整改措施：, 整改情况：, 整改结果：, 落实情况：. */
const RECTIFY_RE = /(?:整改|落实|改进)(?:措施|举措|情况|结果|进展)[：:]/;
/** A label opening what is to be done about a problem: 整改措施：, 改进举措：, 措施：. */
const MEASURE_LABEL_AT_RE = /^(?:整改|改进|落实)?(?:措施|举措)[：:]\s*/;
/** {@link MEASURE_LABEL_AT_RE}'s labels anywhere in a text. */
const LABELLED_MEASURE_RE = /(?:措施|举措)[：:]/;
/** First characters of {@link MEASURE_LABEL_AT_RE}'s labels, by UTF-16 code (a cheap test first). */
const MEASURE_LABEL_FIRST = new Set([...'整改落措举'].map((c) => c.charCodeAt(0)));
const RECTIFY_AT_RE = new RegExp(`^${RECTIFY_RE.source}`);

/** A heading stating one problem, by a problem word before 的问题: 惠民资金发放监管不严的问题, 村干部队伍后继乏人的问题. */
const STATED_PROBLEM_RE = /^[^，。；：]{4,}的问题$/;
/** …not one naming a list of them: 存在的问题, 巡察反馈的问题, 需要整改的问题, 几个方面的问题. */
const GENERIC_PROBLEM_RE = /(?:存在|需要?整改|反馈|发现|查摆|检视|巡察|检查|突出|主要|方面|当前|目前|面临|遇到|工作中|不足)的问题$/;

/** Problem items of the problem section under heading `hi`. */
function problemsOf(a: Analysis, hi: number): Problem[] {
  const { doc } = a;
  const h = doc.headings[hi];
  const out: Problem[] = [];
  // A run-in label (1.问题：党员发展工作不规范，…) names one problem, stated in the rest of its paragraph.
  const stated = labelledProblemAt(h);
  if (stated >= 0) {
    const si = a.sentenceAt(stated);
    return si >= 0 ? [problemAt(a, si, stated, h.ce)] : [];
  }
  if (isProblemLabel(h)) {
    const p = doc.paragraphs[h.paragraph];
    let cs = h.ce;
    while (cs < p.ce && (isSpace(doc.clean.charCodeAt(cs)) || doc.clean.charCodeAt(cs) === 0xff1a || doc.clean.charCodeAt(cs) === 58)) cs++;
    const si = a.sentenceAt(cs);
    if (si < 0 || cs >= doc.sentences[si].ce) return [];
    // Several problems after the one label, closed by semicolons (存在问题：1.…；2.…；3.…。): one problem each.
    const { segments } = semicolonClauses(a, si, cs);
    return segments.length >= 2 ? segments.filter(([s0, s1]) => !answeredInPlace(a, s0, s1)).map(([s0, s1, sk]) => problemAt(a, sk, s0, s1)) : [problemAt(a, si, cs, doc.sentences[si].ce)];
  }
  // A heading stating its problem (三、惠民资金发放监管不严的问题), its body the problem's facts (问题表现：…) and maybe its
  // rectification (整改措施：…), is one problem.
  if (h.kind !== 'runin' && h.kind !== 'label' && STATED_PROBLEM_RE.test(h.text) && !GENERIC_PROBLEM_RE.test(h.text) && a.has(h.sentence, 'problem', undefined, h.cs, h.ce - 3)) {
    const first = a.sentencesIn(h.bodyCs, h.bodyCe)[0];
    const detail = first === undefined ? '' : keyOf(a, first, doc.sentences[first].cs, Math.min(doc.sentences[first].ce, doc.sentences[first].cs + DETAIL_MAX));
    return [{ cs: h.cs, ce: h.ce, label: h.text, key: keyOf(a, h.sentence, h.cs, h.ce), detail }];
  }
  /** Marker kinds and ranks of the sub-headings read as problems (cn-paren:4). */
  const kinds = new Set<string>();
  for (let k = hi + 1; k < doc.headings.length && doc.headings[k].cs < h.bodyCe; k++) {
    const c = doc.headings[k];
    // A sub-heading names the problem; its body argues it at length (a paper's 同质化严重 section), and
    // sharing a few of those words with a later measure answers nothing.
    // A run-in title's own paragraph (（一）…不匹配。今年新投运的12台机组…) states the problem's facts, as an item's sentence does.
    if (c.parent === hi && c.kind !== 'label') {
      const p = doc.paragraphs[c.paragraph];
      // A problem answered in its own paragraph (（一）关于…的问题。整改措施：由综合科负责…) is answered.
      if (c.kind === 'runin' && RECTIFY_RE.test(doc.clean.slice(c.ce, p.ce))) continue;
      const detail = c.kind === 'runin' ? keyOf(a, c.sentence + 1 < p.s1 ? c.sentence + 1 : c.sentence, c.ce, Math.min(p.ce, c.ce + DETAIL_MAX)) : '';
      // Reported on the title and the sentence after it, which states the problem when the title only names its
      // area (（三）担当作为方面。面对…难题，存在畏难情绪。).
      const next = c.kind === 'runin' && c.sentence + 1 < p.s1 ? doc.sentences[c.sentence + 1] : undefined;
      // (A title naming only the area, 作风纪律方面：, leaves the problem's words to the sentence after it.)
      const key = next && AREA_TITLE_RE.test(c.text) ? keyOf(a, c.sentence + 1, next.bodyCs, sentenceEnd(a, next.ce)) : keyOf(a, c.sentence, c.cs, c.ce);
      out.push({ cs: c.cs, ce: next ? sentenceEnd(a, next.ce) : c.ce, label: c.text, key, detail });
      kinds.add(`${c.marker}:${c.rank}`);
    }
  }
  if (out.length) {
    // Items numbered as the sub-headings are more problems of the list, which the outline read as a sub-heading's body
    // ((一)…不够突出。(二)…不规范。 as titles, then (三)家校沟通渠道单一，… as items).
    for (const it of itemsIn(a, h.bodyCs, h.bodyCe)) if (kinds.has(`${it.marker}:${it.rank}`)) pushItemProblem(a, out, it);
    return out;
  }
  for (const it of itemsIn(a, h.bodyCs, h.bodyCe)) pushItemProblem(a, out, it);
  if (out.length) return out;
  const first = a.sentencesIn(h.bodyCs, h.bodyCe);
  const paras = new Set(first.map((si) => doc.sentences[si].paragraph));
  for (const pi of paras) {
    const p = doc.paragraphs[pi];
    if (p.cs < h.bodyCs || p.heading >= 0) continue;
    const s = doc.sentences[p.s0];
    if (!s || s.kind === SentenceKind.Heading) continue;
    // A paragraph of rectification under the problem (整改情况：已对…) answers it; it is no problem of its own.
    if (RECTIFY_AT_RE.test(doc.clean.slice(p.cs, p.cs + 8))) continue;
    // Nor is a table's header row (序号 | 问题表现).
    if (isHeaderRow(doc.clean, s.bodyCs, s.ce)) continue;
    // Nor a paragraph introducing the list below it (…但品牌创建还面临几个短板：).
    const lastCode = doc.clean.charCodeAt(sentenceEnd(a, p.ce) - 1);
    if ((lastCode === 0xff1a || lastCode === 58) && problemIntroIn(a, p.cs, p.ce) >= 0) continue;
    // A paragraph opening by saying that problems remain (工作中也存在一些不足。A。B。此外，C。) states one problem in each
    // sentence after that.
    if (p.s1 - p.s0 >= 3 && hasStopIntro(doc.clean, s.bodyCs, s.ce)) {
      for (let sj = p.s0 + 1; sj < p.s1; sj++) {
        const t = doc.sentences[sj];
        const cs = t.bodyCs + (OPENER_RE.exec(doc.clean.slice(t.bodyCs, t.bodyCs + 5))?.[0].length ?? 0);
        if (!answeredInPlace(a, cs, t.ce)) out.push(problemAt(a, sj, cs, t.ce));
      }
      continue;
    }
    // The whole first sentence states the problem; its first clause is what the message quotes. A label of its
    // own (议事成果转化慢：上半年…) is the problem's title; a numbering label (问题一：…) is not.
    // A paragraph introducing its problems and listing them in clauses (反馈指出，支部存在以下问题：A；B；C。) holds one
    // problem per clause.
    // (Under the problems heading any colon introduces them: 对照创建方案，中期评估发现：A；B；C。)
    let colon = problemIntroIn(a, s.cs, s.ce);
    if (colon < 0) {
      const at = doc.clean.slice(s.bodyCs, s.ce).search(/[：:]/);
      if (at >= 0) colon = s.bodyCs + at + 1;
    }
    if (colon >= 0 && colon < s.ce) {
      const { segments } = semicolonClauses(a, p.s0, colon);
      if (segments.length >= 2) {
        for (const [cs, ce, sk] of segments) if (!answeredInPlace(a, cs, ce)) out.push(problemAt(a, sk, cs, ce));
        continue;
      }
    }
    // Problems closed by semicolons, one per clause (一方面，…落实不到位；另一方面，…结构不合理。), maybe after a lead
    // (调研中发现，一方面，…), and each later sentence of the paragraph opening as the next (此外，…) is one more.
    const lead = FINDING_LEAD_RE.exec(doc.clean.slice(s.bodyCs, s.bodyCs + 14))?.[0].length ?? 0;
    if (isSemicolon(doc.clean.charCodeAt(sentenceEnd(a, s.ce))) && OPENER_RE.test(doc.clean.slice(s.bodyCs + lead, s.bodyCs + lead + 5))) {
      const { segments, last } = semicolonClauses(a, p.s0, s.bodyCs + lead);
      for (let sj = last + 1; sj < p.s1; sj++) if (OPENER_RE.test(doc.clean.slice(doc.sentences[sj].cs, doc.sentences[sj].cs + 5))) segments.push([doc.sentences[sj].cs, doc.sentences[sj].ce, sj]);
      if (segments.length >= 2) {
        for (const [cs, ce, sk] of segments) if (!answeredInPlace(a, cs, ce)) out.push(problemAt(a, sk, cs, ce));
        continue;
      }
    }
    const labelled = s.bodyCs > s.cs && !NUMBERING_LABEL_RE.test(doc.clean.slice(s.cs, s.bodyCs));
    // (A numbering label the parser left in the sentence, 问题3：预报员队伍后备力量薄弱, is skipped too.)
    const start = labelled ? s.cs : s.bodyCs;
    const numbering = NUMBERING_LABEL_RE.exec(doc.clean.slice(start, start + 16));
    const problem = problemAt(a, p.s0, numbering && start + numbering[0].length < s.ce ? start + numbering[0].length : start, s.ce);
    // The paragraph's next sentences give the problem's facts (问题一：组织生活不够规范。个别月份支委会与党员大会合并召开…).
    // (After a semicolon the next sentence is another problem: 党员年龄偏大；集体经济收入来源单一。)
    // (…until a sentence opens as the next problem, 同时，…等候时间长…。另外，柜员中党员比例低…: one more each.)
    out.push(problem);
    if (doc.clean.charCodeAt(sentenceEnd(a, s.ce)) === 0x3002 /* 。 */) {
      let current = problem;
      for (let sj = p.s0 + 1; sj < p.s1; sj++) {
        const t = doc.sentences[sj];
        const opener = OPENER_RE.exec(doc.clean.slice(t.bodyCs, t.bodyCs + 5));
        if (opener) {
          if (answeredInPlace(a, t.bodyCs + opener[0].length, t.ce)) continue;
          current = problemAt(a, sj, t.bodyCs + opener[0].length, t.ce);
          out.push(current);
        } else if (current.detail.length < DETAIL_MAX) current.detail += ' ' + keyOf(a, sj, t.cs, t.ce);
      }
      // (A first sentence only announcing them, 一年来，支部在两个方面做得还不够。一方面，…, is none of them.)
      if (current !== problem && ASPECTS_INTRO_RE.test(doc.clean.slice(s.bodyCs, s.ce))) out.splice(out.indexOf(problem), 1);
    }
  }
  return out;
}

/**
 * Appends to `out` the problem item `it` states in its first sentence, unless it is answered in place
 * ({@link answeredInPlace}).
 */
function pushItemProblem(a: Analysis, out: Problem[], it: { cs: number; ce: number }): void {
  const si = Math.max(0, a.sentenceAt(it.cs));
  const ce = Math.min(it.ce, a.doc.sentences[si]?.ce ?? it.ce);
  if (!answeredInPlace(a, it.cs, ce)) out.push(problemAt(a, si, it.cs, ce));
}

/**
 * The problem stated in clean[cs, ce) of sentence `si` (an item, or a paragraph's first sentence): reported over
 * the whole statement, quoted by its first clause (marker left out), matched by that clause's bigrams and by the
 * rest's facts.
 */
function problemAt(a: Analysis, si: number, cs: number, ce: number): Problem {
  const clause = firstClause(a, cs, ce);
  const end = Math.max(clause.ce, sentenceEnd(a, ce));
  return { cs: clause.cs, ce: end, label: a.doc.clean.slice(clause.cs, clause.ce), key: keyOf(a, si, clause.cs, clause.ce), detail: keyOf(a, si, clause.ce, end) };
}

/**
 * The clauses after the introduction ending at `colon` in sentence `si`, closed by semicolons up to the full stop
 * that ends the list (…存在以下问题：A；B；C。): clean ranges [cs, ce) with their sentence, and the list's last sentence.
 */
function semicolonClauses(a: Analysis, si: number, colon: number): { segments: Array<[number, number, number]>; last: number } {
  const { doc } = a;
  const s = doc.sentences[si];
  const para = doc.paragraphs[s.paragraph];
  const segments: Array<[number, number, number]> = [];
  let sj = colon < s.ce ? si : si + 1;
  let from = colon < s.ce ? colon : (doc.sentences[sj]?.cs ?? s.ce);
  for (; sj < para.s1; sj++) {
    const t = doc.sentences[sj];
    if (sj > si) from = t.cs;
    // (A closing 等等 names no problem of its own.)
    if (t.ce - from > 1 && !ETC_RE.test(doc.clean.slice(from, t.ce))) segments.push([from, t.ce, sj]);
    if (!isSemicolon(doc.clean.charCodeAt(sentenceEnd(a, t.ce)))) break;
  }
  return { segments, last: Math.min(sj, para.s1 - 1) };
}

/** An opener turning to the answer of a problem (对此，, 为此，, 针对这一问题，), as a regular-expression source. */
const ANSWER_OPENER = '(?:对此|为此|针对(?:此|这一问题|该问题|这个问题|上述问题))[，,]';
/** What turns from a problem to its answer in the same clause run: ，对此，, ，为此，, ，针对这一问题，. */
const ANSWER_OPENER_RE = new RegExp(`[，,；;]${ANSWER_OPENER}`);
/** A task set after it: 将, 要, or a charge (由技术科负责). */
const ANSWER_TASK_RE = /将|要|计划|由[^，。；]{1,12}(?:负责|牵头)/;

/**
 * Whether the problem stated in clean[cs, ce) is answered in place: it turns to its answer (…快检设备配备不全，对此，支队
 * 将由技术科负责，2025年3月底前…) before the clause that ends it.
 */
function answeredInPlace(a: Analysis, cs: number, ce: number): boolean {
  const t = a.doc.clean.slice(cs, ce);
  const m = ANSWER_OPENER_RE.exec(t);
  return !!m && ANSWER_TASK_RE.test(t.slice(m.index + m[0].length));
}

/** Past markers of work done (已, 已经, …了), not of a span counted (累计, 以来). */
const DONE_RE = /已|了/;
/** A task handed to someone (由支部书记和部门负责人每季度…): a measure, whatever it says was done before. */
const HANDED_RE = /由(?![于此])[^，。；]{1,16}?(?:负责|牵头)/;
/**
 * Whether sentence `si` reports work done under a next-steps heading (三、下一步措施 … 2024年已为民警开设了心理咨询室):
 * what was done before the problem was found answers no problem. (A rectification report's 已完成… is under
 * 整改情况, not 下一步.)
 */
function doneInNextSteps(a: Analysis, si: number): boolean {
  return a.someHit(si, 'past', undefined, a.doc.sentences[si].cs, a.doc.sentences[si].ce, (_s, _e, entry) => DONE_RE.test(entry.text)) && enclosing(a, si, ['next']) >= 0 && !isMeasure(a, si) && !HANDED_RE.test(a.text(si));
}

/** A sentence turning to the answer of the problem before it: 对此，…; 为此，…; 针对这一问题，… */
const ANSWER_SENTENCE_RE = new RegExp(`^${ANSWER_OPENER}`);

/**
 * Whether problem `p` is answered by a sentence after it in its own paragraph, before the next item starts
 * (…部分党员的管护边界不清。对此，将由支部书记牵头，2025年3月底前…).
 */
function answeredNext(a: Analysis, p: Problem): boolean {
  const { sentences } = a.doc;
  const si = a.sentenceAt(p.ce - 1);
  if (si < 0) return false;
  for (let k = si + 1; k < sentences.length && sentences[k].paragraph === sentences[si].paragraph; k++) {
    const t = a.doc.clean.slice(sentences[k].bodyCs, sentences[k].ce);
    if (ITEM_RE.test(t) || matchMarker(t)) return false;
    const m = ANSWER_SENTENCE_RE.exec(t);
    if (m && ANSWER_TASK_RE.test(t.slice(m[0].length))) return true;
  }
  return false;
}

/** A clause that only closes a list: 等等。, 等。. */
const ETC_RE = /^[：:\s]*等+[。；;]?\s*$/;

/** `ce` moved back over a closing terminator (。！？；) and spaces. */
function sentenceEnd(a: Analysis, ce: number): number {
  return trimSentenceEnd(a.doc.clean, ce);
}

/** Index of the first of `xs` (in document order) starting at or after clean offset `from`: a binary search. */
function firstFrom(xs: ReadonlyArray<{ cs: number }>, from: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid].cs < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items starting in [from, to) (items are in document order). */
function itemsIn(a: Analysis, from: number, to: number) {
  const items = a.doc.items;
  const out = [];
  for (let i = firstFrom(items, from); i < items.length && items[i].cs < to; i++) out.push(items[i]);
  return out;
}

/** A sentence announcing the problems listed after it: 归纳为以下3个问题。, 主要有如下不足。. */
const LIST_INTRO_RE = /(?:以下|如下)[^，。；：:]{0,6}(?:问题|不足|短板|差距)[。：:]?$/;
/** A table row's number in its first cell: 1⇥. */
const ROW_NUMBER_RE = /^\d{1,2}\t/;

/** A connective opening a problem of a pair (一方面，…；另一方面，…): not the problem's words. */
const OPENER_RE = /^(?:一方面|另一方面|另外|此外|同时)[，,]/;
/** A sentence announcing problems in so many aspects: 在两个方面做得还不够, 存在以下不足, 还有几点差距. */
const ASPECTS_INTRO_RE = /[两二三四五几][个点]?方面|以下|如下|几点/;
/** A title naming only the area of a problem: 政治功能方面, 担当作为方面. */
const AREA_TITLE_RE = /^在?[\u4e00-\u9fff]{2,10}方面$/;
/** A lead before problems listed in clauses: 调研中发现，, 从检查情况看，, 总的来看， */
const FINDING_LEAD_RE = /^[^，。；：]{1,10}(?:发现|来看|看|表明|显示)[，,]/;

/** The first clause of [cs, ce) without its leading marker (（一）, 1., 一是…). */
function firstClause(a: Analysis, cs: number, ce: number): { cs: number; ce: number } {
  const t = a.doc.clean.slice(cs, ce);
  const marker = matchMarker(t);
  let from = cs + (marker ? marker.length : 0);
  const opener = OPENER_RE.exec(a.doc.clean.slice(from, from + 5));
  if (opener && from + opener[0].length < ce) from += opener[0].length;
  const m = /^[^，。；：,;:！？]{2,40}/.exec(a.doc.clean.slice(from, ce));
  return m ? { cs: from, ce: from + m[0].length } : { cs, ce };
}

/** The item text with problem predicates (不清, 不够 …) blanked out. */
function keyOf(a: Analysis, si: number, cs: number, ce: number): string {
  let t = a.doc.clean.slice(cs, ce);
  for (const hit of a.hitsIn(si, 'problem', undefined, cs, ce)) {
    t = t.slice(0, hit.start - cs) + ' '.repeat(hit.end - hit.start) + t.slice(hit.end - cs);
  }
  return t;
}

/** Longest stretch, in UTF-16 units, of a run-in title's paragraph read as the problem's facts. */
const DETAIL_MAX = 120;
/** Bigrams a later sentence must share with a problem's whole sentence to answer it through its facts. */
const DETAIL_MATCH = 3;
/**
 * Bigrams straddling the two words of a brand plan's stock compounds (品牌活动, 品牌创建): sharing such a compound
 * counts as sharing its two words, not three bigrams (每名党员参加品牌活动… takes up none of the facts of
 * 品牌活动经费全年仅0.3万元 but the compound).
 */
const DETAIL_GENERIC = new Set(['牌活', '牌创']);

/** How many of `grams` occur in `text`, counting up to `enough`. */
function shared(grams: ReadonlySet<string>, text: string, enough: number): number {
  let m = 0;
  for (const g of grams) if (text.includes(g) && ++m >= enough) break;
  return m;
}

function bigrams(key: string): Set<string> {
  const out = new Set<string>();
  // A word's short form shares its bigrams too (支部委员分工不清 → 重新明确5名支委分工).
  for (const [full, short] of SHORT_FORMS) {
    if (key.includes(full)) out.add(short);
    else if (key.includes(short)) for (let i = 0; i + 1 < full.length; i++) if (!GENERIC.has(full.slice(i, i + 2))) out.add(full.slice(i, i + 2));
  }
  for (let i = 0; i + 1 < key.length; i++) {
    const x = key.charCodeAt(i);
    const y = key.charCodeAt(i + 1);
    if (x >= 0x4e00 && x <= 0x9fff && y >= 0x4e00 && y <= 0x9fff) {
      const g = key.slice(i, i + 2);
      if (!GENERIC.has(g)) out.add(g);
    }
  }
  return out;
}

/**
 * Words and their two-character short forms or synonyms, which a measure may use for a problem's word or the other
 * way round (支部委员 ~ 支委, 考核 ~ 考评, 海归 ~ 归国).
 */
const SHORT_FORMS: ReadonlyArray<[string, string]> = [
  ['支部委员', '支委'],
  ['青年职工', '青工'],
  ['考核', '考评'],
  ['海归', '归国'],
];

export default { meta, plugin } satisfies Rule;

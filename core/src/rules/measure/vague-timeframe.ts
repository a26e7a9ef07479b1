/**
 * measure/vague-timeframe — 适时/尽快/近期/择机 … standing in for a date in a
 * measure sentence. Source: 002 §3.3 时间节点.
 */
import type { Analysis, Hit } from '../../analysis/analysis.js';
import { enclosing, isAcademic, sectionContext, type SectionTag } from '../../analysis/outline.js';
import { SentenceKind } from '../../parse/document.js';
import { clauseAround, isHan, isTerminal } from '../../text/chars.js';
import { dataOf, PLANNING, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { deadlineIn, measures, NEGATED_RE } from '../shared/measures.js';
import { looksBack } from '../shared/concrete.js';
import { AnchorKind } from '../../analysis/anchors.js';
import { DEADLINE_WORD } from '../shared/templates.js';

export const meta: RuleMeta = {
  id: 'measure/vague-timeframe',
  family: 'measure',
  description: '模糊时间：用“适时”“尽快”“近期”代替具体时间节点',
  rationale: '“尽快”“近期”看似有时间要求，实际没有任何约束，到期无法核对。',
  sources: [{ seed: '002', section: '§3.3', point: '明确工作标准和时间节点' }],
  severity: { summary: 'warning', publicity: 'info', submission: 'warning' },
  profiles: [...PLANNING, 'publicity', 'assessment'],
  examples: {
    bad: '支部将尽快组建党员服务队，近期完成职工需求调研。',
    good: '支部将于2025年3月底前组建党员服务队，4月底前完成职工需求调研。',
  },
  url: ruleUrl('measure/vague-timeframe'),
};

/** The node words that bound only a year (年内, 今年, 全年, 本年度): beside 择机 or 适时 they still leave the time open. */
const YEAR_SCOPE = new Set(['年内', '今年', '全年', '本年度', '当年', '明年', '今年内', '本年']);
/** A year alone at a time anchor (2025年, 2025年内, 2025年度), no month, season or end after it ({@link BARE_YEAR_RE} asks it of a whole clause). */
const YEAR_ONLY_AT_RE = /^\d{4}年(?:内|度)?(?![\d０-９一二三四五六七八九十上下底末初春夏秋冬第前])/;

/**
 * Whether clean[from, to) of sentence `si` sets a time finer than a year (2025年6月底前, 年底前, 每季度): a year alone
 * (年内择机召开, 2025年内适时组织) bounds the vague word but does not replace it.
 */
function finerThanYear(a: Analysis, si: number, from: number, to: number): boolean {
  const clean = a.doc.clean;
  if (a.anchorsIn(si, AnchorKind.Time).some((x) => x.start >= from && x.end <= to && !looksBack(clean, x.end) && !YEAR_ONLY_AT_RE.test(clean.slice(x.start, x.end + 2)))) return true;
  // (A year's 年度, 2024年度组织生活会, names the year, no yearly cycle.)
  return a.someHit(si, 'time', 'node', from, to, (_s, _e, e) => !YEAR_SCOPE.has(e.text)) || a.someHit(si, 'time', 'cycle', from, to, (start, _e, e) => !(e.text === '年度' && /[0-9〇零一二三四五六七八九]/.test(clean[start - 1] ?? '')));
}

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  // Each vague word once: a field line a measure took in (完成时限：尽快完成) is also a sentence under its heading.
  const reported = new Set<number>();
  const vague = (h: Hit) => {
    if (reported.has(h.start)) return;
    reported.add(h.start);
    report(file, meta, a, h.start, h.end, {
      reason: `模糊时间：「${h.entry.text}」不是时间节点，到期无法核对`,
      expected: [DEADLINE_WORD],
      note: '换成具体日期或周期（如2025年6月底前、每季度）。依据：002 §3.3（明确时间节点）。',
    });
  };
  const inMeasure = new Set<number>();
  for (const m of measures(a, settings.profile)) {
    inMeasure.add(m.si);
    if (!m.vagueTimes.length) continue;
    // A date answers the vague words of its own clause (尽快于3月15日前, not 近期召开会议，…2025年内完成),
    // or of the whole sentence when it opens it as a short time clause (2025年6月底前，支部将逐步…).
    // A date of an earlier sentence belongs to that sentence's task (每季度刊发1篇。同时，适时组织…).
    const clean = a.doc.clean;
    // No date in the sentence (nor its paragraph) answers nothing: skip the clause search.
    const dated = m.deadline && deadlineIn(a, m.si, m.cs, m.ce);
    let lead: boolean | undefined;
    for (const h of m.vagueTimes) {
      if (dated && (finerThanYear(a, m.si, ...clauseAround(clean, h.start, h.end, isClauseSep, m.cs, m.ce)) || (lead ??= leadingTimeClause(a, m.si, m.cs, m.ce)) || deadlineClauseAfter(a, m.si, h.end, m.ce))) continue;
      vague(h);
    }
  }
  // An assessment's norms, and any sentence under a measure or next-steps heading (2. 尽快联系上失联的3名党员。),
  // commit to what they say even without a directive word.
  // (A paper commits to nothing: it has no measures, and no norms either.)
  // (Whether a section is planned is asked once per section.)
  const planned = new Map<number, boolean>();
  const inPlanned = (si: number) => {
    const section = a.doc.sentences[si].section;
    let v = planned.get(section);
    // (The innermost section with a tag decides: 一、督查指出的问题 under a title …整改方案 states problems.)
    // (…a heading of its own line; a run-in title, （一）…把关不严问题。由…负责，今后…, names the problem its measure answers.)
    // (…and so does a time field's value: 二、活动时间\n近期（视教学安排而定）。)
    if (v === undefined) planned.set(section, (v = (enclosing(a, si, PLANNED) >= 0 && !problemsHeading(a, si)) || (section >= 0 && TIME_FIELD_RE.test(a.doc.headings[section].text))));
    return v;
  };
  if (!isAcademic(a)) for (const h of normHits(a, inMeasure, settings.profile === 'assessment' ? undefined : inPlanned, settings.profile !== 'publicity')) vague(h);
  // A time said to be set later (具体时间另行通知, 印发时间待定, 开工时间待上级批复后再定, 后续场次视工作进展情况再作安排) stands in
  // for a date wherever it is said, a numbered line of a notice too; not in a story, which tells what was.
  if (settings.profile !== 'publicity' && !isAcademic(a) && STANDIN_FIRST_RE.test(a.doc.clean)) {
    const clean = a.doc.clean;
    STANDIN_RE.lastIndex = 0;
    for (let m; (m = STANDIN_RE.exec(clean)); ) {
      const at = m.index + m[0].length - m[1].length;
      if (reported.has(at)) continue;
      reported.add(at);
      report(file, meta, a, at, at + m[1].length, {
        reason: `模糊时间：「${m[1]}」把时间留待以后确定，不是时间节点，到期无法核对`,
        expected: [DEADLINE_WORD],
        note: '写明具体日期，或写明由谁在何时之前确定并通知。依据：002 §3.3（明确时间节点）。',
      });
    }
  }
};

/** Whether a text may hold a time left to be set: 另行, 待定, 再定, 再作安排 (most hold none, and skip the scan). */
const STANDIN_FIRST_RE = /另行|待定|再定|再作安排|再行安排/;
/**
 * A time, a date or the rest of a series left to be set, the words that leave it (group 1): 时间另行通知, 时间待定,
 * 开工时间待上级批复后再定, 后续场次视…情况再作安排.
 */
const STANDIN_RE = /(?:时间|日期|时限|场次|批次)[^，。；\n]{0,4}?((?:另行(?:通知|安排|确定)|待定|暂定|待[^，。；\n]{1,10}?后再定|视[^，。；\n]{1,10}?再作安排|再行安排))/g;

/** Headings of what is to be done, and of how a plan is checked, backed and made known: 措施, 下一步, 进度安排, 考核评价, 保障措施, 宣传推广. */
const PLANNED: SectionTag[] = ['measure', 'next', 'schedule', 'assessment', 'guarantee', 'promotion'];
/** Whether the innermost tagged heading above sentence `si` is a problems heading on a line of its own (一、督查指出的问题). */
function problemsHeading(a: Analysis, si: number): boolean {
  const { heading, tags } = sectionContext(a, si);
  return tags.has('problems') && heading >= 0 && a.doc.headings[heading].kind === 'line';
}

/** A heading or label naming when something takes place: 活动时间, 会议时间, 培训时间, 时间. */
const TIME_FIELD_RE = /^(?:[\u4e00-\u9fff]{0,4}时间|时间安排)$/;
/** What commits the writer to a vague time right after it: 决定近期召开, 拟于近期, 将尽快, 计划适时. */
const INTENT_BEFORE_RE = /(?:决定|拟于?|定于|计划于?|准备|将于?)$/;
/** What a sentence draws on before a vague time (根据近期…结果, 结合近期…情况): no time set. */
const BASIS_RE = /(?:根据|按照|结合|鉴于|依据)$/;
/** A conditional norm (如有调整…) commits to nothing by a date. */
const CONDITIONAL_RE = /如有|如遇|如需|若有|若遇|遇有|如发生/;
/** 另行通知 / 另行公布: the boilerplate of rules' closing articles. */
const NOTICE_RE = /^(?:通知|公布|发文|印发)/;

/**
 * Vague times in sentences that read as no measure sentence but commit all the same: the norms of an
 * assessment document, which state what is done without 要/将 (考评较差的支部由院党委适时约谈,
 * 不合格的限期整改，适时组织复验), and, when `only` is given, the sentences it accepts (those under a
 * measure or next-steps heading: 2. 尽快联系上失联的3名党员。); with `intent`, also a vague word the writer commits
 * to anywhere else ({@link INTENT_BEFORE_RE}: 决定近期召开). A vague word counts when an action follows it
 * (its next character is Han; a time field's value may be the word alone), the sentence reports nothing done
 * (已, …了) and its clause states no date finer than a year. Offsets are clean-text offsets.
 */
function normHits(a: Analysis, skip: ReadonlySet<number>, only?: (si: number) => boolean, intent = false): Hit[] {
  const out: Hit[] = [];
  const { doc } = a;
  const clean = doc.clean;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (s.kind !== SentenceKind.Body || skip.has(si) || !a.has(si, 'time', 'vague', s.bodyCs, s.ce)) continue;
    if (a.has(si, 'past', undefined, s.bodyCs, s.ce)) continue;
    // (Outside those sections, only a vague time the writer commits to: 决定近期召开, 拟于近期, 将尽快.)
    const open = !only || only(si);
    if (!open && !intent) continue;
    const hits = a.hitsIn(si, 'time', 'vague', s.bodyCs, s.ce);
    for (const h of hits) {
      if (!open && !INTENT_BEFORE_RE.test(clean.slice(Math.max(s.bodyCs, h.start - 3), h.start))) continue;
      // (…but a time field's value may be the vague word alone: 活动时间：近期（视教学安排而定）。)
      if (!isHan(clean.charCodeAt(h.end)) && !(h.start === s.bodyCs && s.section >= 0 && TIME_FIELD_RE.test(doc.headings[s.section].text))) continue;
      // (A failure reported, 未能尽快响应, sets no time; nor does what the sentence draws on: 根据近期安全检查结果，….)
      const before = clean.slice(Math.max(0, h.start - 2), h.start);
      if (NEGATED_RE.test(before) || BASIS_RE.test(before)) continue;
      const [from, to] = clauseAround(clean, h.start, h.end, isClauseSep, s.bodyCs, s.ce);
      if (CONDITIONAL_RE.test(clean.slice(from, to)) || (h.entry.text === '另行' && NOTICE_RE.test(clean.slice(h.end, h.end + 2)))) continue;
      // (A year alone, 决定近期召开2024年度组织生活会, does not say when within it.)
      if (deadlineIn(a, si, from, to) && finerThanYear(a, si, from, to)) continue;
      out.push(h);
    }
  }
  return out;
}

/**
 * Whether a later clause of the sentence, from `from` to `to`, sets the deadline of the urged work (…要抓紧督促推进，
 * 确保11月30日前完成政治审查): the date answers the vague word before it.
 */
function deadlineClauseAfter(a: Analysis, si: number, from: number, to: number): boolean {
  const clean = a.doc.clean;
  let first = true;
  for (let k = from; k < to; k++) {
    const c = clean.charCodeAt(k);
    if (!isClauseSep(c)) continue;
    let e = k + 1;
    while (e < to && !isClauseSep(clean.charCodeAt(e))) e++;
    // (…or the dated stages a colon opens right after it: 逐步实施：2025年4月底前在2个支行试点，….)
    if ((DEADLINE_CLAUSE_RE.test(clean.slice(k + 1, e)) || (first && (c === 0xff1a || c === 58))) && deadlineIn(a, si, k + 1, e)) return true;
    first = false;
  }
  return false;
}
/** A clause setting a date before which the work is done: 确保11月30日前完成…, 并于6月底前…; not a target's 力争年内. */
const DEADLINE_CLAUSE_RE = /^(?:确保|务必|并于|须于)[^，。；]{0,14}?前/;

/** Longest opening clause, in UTF-16 units, read as a time adverbial of the whole sentence. */
const LEAD_CLAUSE_MAX = 14;

/** Whether the sentence's first clause within [cs, ce) is a short one stating a date (2025年6月底前，…). */
function leadingTimeClause(a: Analysis, si: number, cs: number, ce: number): boolean {
  const clean = a.doc.clean;
  let to = cs;
  const end = Math.min(ce, cs + LEAD_CLAUSE_MAX + 1);
  while (to < end && !isClauseSep(clean.charCodeAt(to))) to++;
  // A bare year (2025年，支部将尽快…) scopes a year's plan: it does not say when within it.
  return to < end && !BARE_YEAR_RE.test(clean.slice(cs, to)) && deadlineIn(a, si, cs, to);
}

/** A year alone: 2025年, 二〇二五年度. */
const BARE_YEAR_RE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年度?$/;

/** Marks that end a clause: a sentence end (。！？；…), ，,：: or a table's cell boundary (a tab). */
const isClauseSep = (c: number) => isTerminal(c) || c === 0xff0c || c === 44 || c === 0xff1a || c === 58 || c === 9;

export default { meta, plugin } satisfies Rule;

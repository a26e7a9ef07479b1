/**
 * assessment/decoupled-from-business — an assessment not tied to business
 * performance (经营业绩, 绩效考核, 中心工作). Source: 004 优化考核评价; 000 §2.3 二.
 */
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { assessmentScopes } from '../shared/scopes.js';
import type { Analysis } from '../../analysis/analysis.js';
import { SentenceKind } from '../../parse/document.js';

/** Words that measure how far work was done: 完成情况, 完成率, 科研任务完成, 成果转化, 业绩. */
const PERFORMANCE_RE = /完成(?:情况|率|数|量)|完成(?:年度|全年|季度)?(?:计划|目标|任务)|任务完成|成果转化|业绩|实绩|扭亏|增盈/;
/** A score computed from something: 按…计分, 以…等业务指标计分, 以…合格率为主要依据, 直接取自…指标, 重点看企业营收增长, 结合教学质量…一并考量, 与审判质效考核一并运用, 税费服务质效指标占30分, 成效是否体现在保费收入等业务发展上, 农资供应等主营业务是否因品牌创建得到改善. */
const SCORE_BY_RE = /(?:按|以|取自|采用|依据|根据)[^。；]{0,40}?(?:计分|评分|打分|得分|指标|观测点|为(?:主要|重要)?依据)|(?:重点|主要)(?:查?看|考察|关注|考核)[^。；，]{0,24}?(?:增长|提升|提高|下降|完成|情况|指标|率|质量|效率|效能|时效|时间|时长|时限|幅度|金额|次数)|(?:重点|主要)(?:查?看|考察|关注|考核)[^。；，]{2,24}?工作|看[^。；]{0,12}?是否(?:带动|促进|推动|提升|提高|助推)|结合[^。；]{0,30}?(?:一并|综合)?(?:考量|考虑|计分|评定|评分)|与[^。；，]{0,24}?考核(?:结果|情况)?(?:一并|相结合|结合|挂钩|同步)|[\u4e00-\u9fff]{2,12}?(?:指标|质效)[^，。；]{0,4}?(?:占|不少于|不低于)\d+(?:\.\d+)?(?:分|%|％)|是否(?:体现在|反映在|落实到)[^。；]{0,30}?(?:业务|经营|生产|指标|业绩)/;
/** The business checked for improvement: 主营业务是否因品牌创建得到改善 (a cell of a scoring table). */
const BUSINESS_IMPROVED_RE = /(?:业务|经营|生产)[^。；，\t|]{0,4}是否[^。；\t|]{0,14}?(?:改善|提升|提高|增长|好转)/;

/**
 * Whether a sentence of [cs, ce) scores the completion of the unit's own
 * business (创建成效重点看科研项目和找矿任务完成情况; 按科研项目数和到账经费计分): a
 * business word and a performance word, or a score computed from it, in one
 * sentence tie the assessment to the business.
 */
/** Points given or taken for a piece of work: 加5分, 扣10分, 积3分, 得15分. */
const POINTS_RE = /[加扣积得记]\d+(?:\.\d+)?分/;

function scoresBusiness(a: Analysis, cs: number, ce: number): boolean {
  return a.sentencesIn(cs, ce).some((si) => a.mentions(si, 'business') && (PERFORMANCE_RE.test(a.text(si)) || scoredBy(a, si) || pointsForBusiness(a, si)));
}

/**
 * Whether sentence `si` computes a score from the business: a business word from the {@link SCORE_BY_RE}
 * phrase on (以雷达可用率等业务指标计分; 按…评分，其中执法巡护指标占30分), not before it (校图书馆党总支对各支部…
 * 按运行机制20分…计分: the business word is the assessing unit's name).
 */
function scoredBy(a: Analysis, si: number): boolean {
  const text = a.text(si);
  const cs = a.doc.sentences[si].cs;
  const m = SCORE_BY_RE.exec(text);
  if (m && a.hitsIn(si, 'business').some((h) => h.start >= cs + m.index && !partyItem(a.doc.clean, h.start, h.end))) return true;
  // (…or the business named in the clause that asks whether it improved: 农资供应等主营业务是否…得到改善.)
  const b = text.includes('是否') ? BUSINESS_IMPROVED_RE.exec(text) : null;
  if (!b) return false;
  let from = b.index;
  while (from > 0 && !CLAUSE_END.has(text[from - 1])) from--;
  return a.hitsIn(si, 'business').some((h) => h.start >= cs + from && h.end <= cs + b.index + b[0].length);
}
/** Party work scored as such: 主题党日开展质量, “三会一课”质量, 党员学习积分, 志愿服务开展次数. */
const PARTY_WORK_RE = /党日|三会一课|党课|组织生活|党员|党建|支部|党小组|学习|志愿/;
/** Marks ending one item of a list: 、，。；和及, brackets. */
const ITEM_END = new Set([...'、，。；：,;:和及（）()|\t']);

/** Whether the list item holding clean[start, end) is party work (主题党日开展质量): its business word scores no business. */
function partyItem(clean: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 24 && !ITEM_END.has(clean[from - 1])) from--;
  let to = end;
  while (to < clean.length && to - end < 24 && !ITEM_END.has(clean[to])) to++;
  return PARTY_WORK_RE.test(clean.slice(from, to));
}

/** Marks ending the clause before a business word: ，。；, a tab or a table's cell bar. */
const CLAUSE_END = new Set([...'，。；,;|\t']);

/** Whether sentence `si` gives points for business work in the same clause (带头完成重点船舶装卸保障加5分, 区队实现安全生产无事故加3分). */
function pointsForBusiness(a: Analysis, si: number): boolean {
  const text = a.text(si);
  if (!POINTS_RE.test(text)) return false;
  const s = a.doc.sentences[si];
  const clean = a.doc.clean;
  return a.hitsIn(si, 'business').some((h) => {
    let e = h.end;
    while (e < s.ce && !'，；。,;'.includes(clean[e])) e++;
    return POINTS_RE.test(clean.slice(h.start, e));
  });
}

/** Joining the score to something else: 挂钩, 计入, 捆绑使用, 同步考核, 折算. */
const LINK_RE = /挂钩|捆绑|同步|关联|计入|纳入|折算|兑现|联动|结合|促进|助推|推动|带动|一并/;
/** What the business is measured or paid by. */
const BUSINESS_MEASURE_RE = /考核|考评|绩效|指标|业绩|分红|收入|奖金|薪酬|效益|质效|提升|提高|完成情况/;

/**
 * Whether a sentence of [cs, ce) joins the score to how the business is measured or paid
 * (积分与管制运行安全考核结果捆绑使用, 得分折算计入通关效率考核, 积分与年终分红挂钩).
 * A link to party evaluations alone (与支部书记述职评议挂钩) names no business.
 */
function linksBusiness(a: Analysis, cs: number, ce: number): boolean {
  return a.sentencesIn(cs, ce).some((si) => {
    const t = a.text(si);
    if (!a.mentions(si, 'business')) return false;
    if (LINK_RE.test(t) && BUSINESS_MEASURE_RE.test(t)) return true;
    // …or scores what the brand did for the business (品牌创建对线路设备质量、行车安全的促进作用).
    const e = EFFECT_ON_RE.exec(t);
    const from = a.doc.sentences[si].cs + (e?.index ?? 0);
    return !!e && a.hitsIn(si, 'business').some((h) => h.start >= from && h.end <= from + e[0].length);
  });
}

/** What the work did for something: 对线路设备质量、行车安全的促进作用, 对生产经营的带动作用. */
const EFFECT_ON_RE = /对[^。；，|\t]{2,40}?的(?:促进|推动|带动|助推|支撑|保障|提升)(?:作用|成效|效果)/;

/** A results dimension and what closes its clause: 成效, 实效, 实绩 (…村集体增收成效30分). */
const RESULTS_RE = /成效|实效|实绩/g;
/** Marks that end a dimension's item: 、，。；：, brackets, a tab or a table's cell bar (运行机制、措施落实、创建成效 are three). */
const DIMENSION_END = new Set([...'、，。；：,;:（）()|\t']);

/**
 * Whether sentence `si` names its results dimension by the business it is scored on (产业发展和村集体增收成效30分;
 * 在教书育人和学科建设中取得的实际成效; 服务流程优化等创建成效占30分): a business word before 成效 in its item (not the
 * assessing unit's name in a list of dimensions: 由灌区党委按照运行机制、措施落实、创建成效…).
 */
function resultsOfBusiness(a: Analysis, si: number): boolean {
  if (!a.mentions(si, 'business')) return false;
  const clean = a.doc.clean;
  const s = a.doc.sentences[si];
  const text = clean.slice(s.cs, s.ce);
  for (const m of text.matchAll(RESULTS_RE)) {
    const end = s.cs + m.index!;
    let from = end;
    while (from > s.cs && !DIMENSION_END.has(clean[from - 1])) from--;
    if (a.hitsIn(si, 'business').some((h) => h.start >= from && h.end <= end && !partyItem(clean, h.start, h.end))) return true;
  }
  return false;
}

/** {@link RESULTS_RE}, its first match only. */
const RESULT_WORD_RE = new RegExp(RESULTS_RE.source);
/** An indicator measuring the business: a rate, a growth, a time, a pass, a score (妥投率, 收入增幅, 抢修平均时长, 监测成绩). */
const INDICATOR_RE = /率|增幅|幅度|增长|收入|成绩|时长|时限|合格|达标|金额|产量|效率|次数/;
/** A rate of work done or a growth: 计划完成率, 合格率, 达标率, 增幅. */
const WORK_RATE_RE = /完成率|合格率|达标率|增幅|增长率/;
/** The results dimension's label inside an item, its score in brackets: 创建成效（30分）：, 工作实效：. */
const RESULT_LABEL_RE = /(?:成效|实效|实绩)(?:[（(][^）)]{0,8}[）)])?[：:]/;
/** Any rate held to a figure: 风机可利用率不低于98%, 一次修复率达到95%. */
const RATE_FIGURE_RE = /[\u4e00-\u9fff]率[^，。；、]{0,6}?\d/;
/** Whether `text` scores a rate of work done, or any rate held to a figure, that is no party work. */
function scoresRate(text: string): boolean {
  return (WORK_RATE_RE.test(text) || RATE_FIGURE_RE.test(text)) && !PARTY_WORK_RE.test(text);
}
/** Longest reach, in UTF-16 units, from a business word to its indicator (寄递业务收入增幅, 供水管网抢修平均时长). */
const INDICATOR_REACH = 10;

/**
 * Whether sentence `si` scores its results dimension by indicators of the business (创建成效 | 邮件妥投率、寄递业务收入增幅 | 40;
 * 创建成效（40分）：所在年级学业质量监测成绩…): a business word after 成效, in the same sentence or row, with an
 * indicator right after it.
 */
function resultsByIndicators(a: Analysis, si: number): boolean {
  const clean = a.doc.clean;
  const s = a.doc.sentences[si];
  // (Under the dimension's own run-in label, （三）创建成效：当季供热管网巡检计划完成率低于98%的扣5分, a rate of work done,
  // or any rate held to a figure (风机可利用率不低于98%), that is no party work scores the business, whatever trade names it.)
  const hd = s.section >= 0 ? a.doc.headings[s.section] : undefined;
  // (…or under its run-in title in the paragraph: 3.培育成效（30分）。学院在学科评估、…毕业生就业率等方面的进展。)
  const p0 = a.doc.sentences[a.doc.paragraphs[s.paragraph].s0];
  const underLabel = (!!hd && hd.kind !== 'line' && RESULT_WORD_RE.test(hd.text)) || (p0 !== s && p0.kind === SentenceKind.RunIn && RESULT_WORD_RE.test(a.doc.clean.slice(p0.cs, p0.ce)));
  const text = a.text(si);
  if (underLabel && scoresRate(text)) return true;
  // (…and so after the dimension's label inside its item: 3．创建成效（30分）：风机可利用率不低于98%….)
  const label = RESULT_LABEL_RE.exec(text);
  if (label && scoresRate(text.slice(label.index + label[0].length))) return true;
  if (!a.mentions(si, 'business')) return false;
  // The business words that count stand after 成效 (anywhere under its label).
  let after = s.cs;
  if (!underLabel) {
    const m = RESULT_WORD_RE.exec(text);
    if (!m) return false;
    after = s.cs + m.index + m[0].length;
  }
  return a.hitsIn(si, 'business').some((h) => {
    if (h.start < after || partyItem(clean, h.start, h.end)) return false;
    let e = h.end;
    while (e < s.ce && e - h.end < INDICATOR_REACH && !DIMENSION_END.has(clean[e])) e++;
    return INDICATOR_RE.test(clean.slice(h.end, e));
  });
}

export const meta: RuleMeta = {
  id: 'assessment/decoupled-from-business',
  family: 'assessment',
  description: '考核与业务脱节：党建考核没有与经营业绩、绩效考核或中心工作挂钩',
  rationale: '党建考核与业务考核各搞各的，会把党建和业务分成“两张皮”；与业绩挂钩，党建才有指挥棒。',
  sources: [
    { seed: '004', section: '三（二）', point: '将党建工作与经营业绩考核有机结合' },
    { seed: '000', section: '§2.3 二', point: '将年度重点任务清单纳入支部考核，党员对管理提升的贡献纳入个人考核' },
  ],
  severity: { summary: 'info', publicity: 'off', submission: 'warning' },
  examples: {
    bad: '每季度对各党支部品牌创建情况进行打分，得分前两名的支部年底评为先进。',
    good: '品牌考核与车间经营业绩考核同步开展，结果与支部书记绩效挂钩。',
  },
  url: ruleUrl('assessment/decoupled-from-business'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  for (const scope of assessmentScopes(a, settings.profile)) {
    if (a.hitsInRange('business-link', scope.cs, scope.ce).length || scoresBusiness(a, scope.cs, scope.ce) || linksBusiness(a, scope.cs, scope.ce) || scope.sentences.some((si) => resultsOfBusiness(a, si) || resultsByIndicators(a, si))) continue;
    report(file, meta, a, scope.anchorCs, scope.anchorCe, {
      reason: '考核与业务脱节：没有与经营业绩、绩效考核或中心工作挂钩',
      expected: [],
      note: '写明党建考核如何与业务考核结合（同步考核、结果计入绩效、把重点任务完成情况纳入考核）。依据：004（党建工作与经营业绩考核有机结合）。',
      document: true,
    });
  }
};

export default { meta, plugin } satisfies Rule;

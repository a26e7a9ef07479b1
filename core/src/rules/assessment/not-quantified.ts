/**
 * assessment/not-quantified — an assessment with no indicator, score, weight
 * or percentage. Source: 002 §3.3 量化的评估指标体系; 004 考核指标.
 */
import { AnchorKind, type Analysis } from '../../analysis/analysis.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { clauseAround } from '../../text/chars.js';
import { assessmentScopes } from '../shared/scopes.js';

export const meta: RuleMeta = {
  id: 'assessment/not-quantified',
  family: 'assessment',
  description: '考核未量化：没有分值、权重、指标或百分比',
  rationale: '没有分值和指标，考核只能凭印象打分，结果既不客观也无法排序。',
  sources: [
    { seed: '002', section: '§3.3', point: '建立全面、客观、量化的评估指标体系' },
    { seed: '004', section: '三（二）', point: '设置科学合理的考核指标，加大融合成效的考核权重' },
  ],
  severity: { summary: 'warning', publicity: 'off', submission: 'error' },
  examples: {
    bad: '将品牌创建情况纳入年度党建考核，重点考核措施落实情况。',
    good: '满分100分，其中运行机制20分、措施落实30分、创建成效30分。',
  },
  url: ruleUrl('assessment/not-quantified'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  for (const scope of assessmentScopes(a, settings.profile)) {
    const quantified = scope.sentences.some((si) => scores(a, si)) || tableScores(a, scope.sentences);
    if (quantified) {
      // A scored table's row left without its points (| 公认度 | 职工群众对车间党支部的评价 | | 待定 |) is one item unquantified.
      for (const [cs, ce] of unscoredRows(a, scope.sentences)) {
        report(file, meta, a, cs, ce, {
          reason: `考核未量化：「${a.doc.clean.slice(cs, ce).split('\t').filter((c) => c.trim()).slice(0, 2).join(' ')}」一行没有分值`,
          expected: [],
          note: '为每个考核项目给出分值，并写明评分标准。依据：002 §3.3（量化的评估指标体系）。',
        });
      }
      for (const [cs, ce] of discretionaryPoints(a, scope.sentences)) {
        report(file, meta, a, cs, ce, {
          reason: `考核未量化：「${a.doc.clean.slice(cs, ce)}」没有写明分值，由评分人自行掌握`,
          expected: [],
          note: '写明加减分的分值或区间（如每起扣2分、最高加5分）。依据：002 §3.3（量化的评估指标体系）。',
        });
      }
      continue;
    }
    report(file, meta, a, scope.anchorCs, scope.anchorCe, {
      reason: '考核未量化：没有分值、权重、指标或百分比',
      expected: [],
      note: '为每个考核维度给出分值或权重（如满分100分，运行机制20分），并写明评分标准。依据：002 §3.3（量化的评估指标体系）、004（设置考核指标与权重）。',
      document: true,
    });
  }
};

/**
 * A quantity that is a score, weight, percentage or a number of indicators (20分, 30%, 12项指标). Grades
 * alone (好、较好、一般、差四个等次) are no score: rules.md asks for indicators, scores, weights or percentages.
 */
const SCORE_END = /[分%％‰]$/;
/** A points scale (百分制, 千分制). */
const POINT_SCALE = /[百千十]分制/;
/** Weights given as a ratio: 按2:2:3:2:1设置权重. */
const WEIGHT_RATIO_RE = /\d+(?:[:：∶]\d+){2,}/;
/** A points system that ranks: 积分考核, 量化积分, 积分排名. */
const POINTS_SYSTEM_RE = /积分(?:考核|制|排名|排序)|量化(?:积分|打分|评分)/;
/** A rate of the work named as an indicator: 合格率, 差错率, 办结率 (not 效率, 率先). */
const RATE_INDICATOR_RE = /(?:合格|完成|差错|及时|满意|达标|到位|覆盖|正点|准点|妥投|办结|化解|整改|出勤|知晓|好评|投诉|事故|故障|漏损|可靠|利用|结案|响应|解决)率/;

/** What follows a count of dimensions or grades (五个方面, 四个等次). */
const NOT_A_SCORE_AFTER = /^(?:方面|维度|等次|档次|等级)/;
const COUNTS_SCALE = /^[^，。；：]{0,4}(?:指标|分值|权重)/;
/** Words that make any quantity of the sentence a score, weight or rank (权重, 满分, 得分前两名). */
const WEIGHT_RE = /权重|占比|比重|分值|满分|计分|扣分|加分|打分|评分|得分|排名/;

/**
 * Whether sentence `si` quantifies the assessment. A count of times (考评一次)
 * or of dimensions (五个维度) does not: it neither scores nor ranks.
 */
function scores(a: Analysis, si: number): boolean {
  const clean = a.doc.clean;
  const text = a.text(si);
  // A points scale is a score: 百分制打分.
  if (POINT_SCALE.test(text)) return true;
  // …and so is a points system with a ranking (积分考核…积分排名第一), a rate of the work named as its indicator (差错率, 合格率),
  // or weights in a ratio (2:2:3:2:1).
  if (POINTS_SYSTEM_RE.test(text) || RATE_INDICATOR_RE.test(text) || WEIGHT_RATIO_RE.test(text)) return true;
  // Counts of times (考评一次) and of dimensions or grades (五个方面评分, 四个等次) score nothing, whatever the verb.
  const xs = a.anchorsIn(si, AnchorKind.Quantity).filter((x) => !(x.kind & AnchorKind.Time) && clean[x.end - 1] !== '次' && !NOT_A_SCORE_AFTER.test(clean.slice(x.end, x.end + 2)));
  if (!xs.length) return false;
  if (WEIGHT_RE.test(text)) return true;
  return xs.some((x) => (SCORE_END.test(clean.slice(x.start, x.end)) && clean[x.end] !== '钟') || COUNTS_SCALE.test(clean.slice(x.end, x.end + 8)));
}

/** A table header naming a score column (维度\t分值\t指标). */
const SCORE_COLUMN = /分值|分数|权重|得分|满分/;

/**
 * Whether the scope holds a score table: a header row (cells separated by
 * tabs, as Markdown, HTML and tab-separated tables are read) with a score
 * column, and a later row with a figure (运行机制\t20\t…).
 */
function tableScores(a: Analysis, sentences: readonly number[]): boolean {
  let header = false;
  for (const si of sentences) {
    const text = a.text(si);
    if (!text.includes('\t')) continue;
    if (header && a.anchorKinds(si, -1, Infinity, AnchorKind.Figure | AnchorKind.Quantity, AnchorKind.Time)) return true;
    if (SCORE_COLUMN.test(text)) header = true;
  }
  return false;
}

/** A points cell left open: empty, a dash, 待定, 暂定, 另定; or left to the scorer's judgement: 视情况评定, 酌情给分. */
const OPEN_CELL_RE = /^\s*(?:[—\-–/／]*|待定|暂定|另定|待明确|(?:视情况?|视情节|酌情|适当)[\u4e00-\u9fff]{0,4})\s*$/;
/**
 * Points left to the scorer's judgement in a scored text: 视情节扣分, 适当加分, 酌情给分, 视情况评定 (a number in the same
 * clause, 视情节扣1至3分, sizes them).
 */
const DISCRETIONARY_RE = /(?:视情况|视情节|视情|酌情|适当)(?:给予|予以)?(?:加分|扣分|给分|评分|打分|评定|加减分|扣减)/g;

/** A header cell naming the points each item is worth (分值, 权重); not 得分, the column a score sheet leaves blank to fill in. */
const POINTS_HEADER_RE = /^\s*(?:分值|分数|权重|标准分|满分)\s*$/;

/**
 * The rows of a table under a header naming its points column ({@link POINTS_HEADER_RE}) whose cell in that column is left
 * open, as clean ranges of their text.
 */
function unscoredRows(a: Analysis, sentences: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let column = -1;
  for (const si of sentences) {
    const s = a.doc.sentences[si];
    const text = a.doc.clean.slice(s.bodyCs, s.ce);
    if (!text.includes('\t')) {
      column = -1;
      continue;
    }
    const cells = text.split('\t');
    const k = cells.findIndex((c) => POINTS_HEADER_RE.test(c));
    if (k >= 0) {
      column = k;
      continue;
    }
    if (column >= 0 && column < cells.length && OPEN_CELL_RE.test(cells[column]) && cells.some((c) => /[\u4e00-\u9fff]{2}/.test(c))) out.push([s.bodyCs, s.ce]);
  }
  return out;
}

/**
 * Points left to the scorer in the prose of a scored text ({@link DISCRETIONARY_RE}) with no number in their clause:
 * clean ranges of the phrases. Table rows are {@link unscoredRows}' to judge.
 */
function discretionaryPoints(a: Analysis, sentences: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const clean = a.doc.clean;
  for (const si of sentences) {
    const s = a.doc.sentences[si];
    const text = clean.slice(s.bodyCs, s.ce);
    if (text.includes('\t')) continue;
    for (const m of text.matchAll(DISCRETIONARY_RE)) {
      const [from, to] = clauseAround(clean, s.bodyCs + m.index, s.bodyCs + m.index + m[0].length, isClauseEnd, s.bodyCs, s.ce);
      if (!/[0-9０-９一二三四五六七八九十]分|[0-9０-９]/.test(clean.slice(from, to))) out.push([s.bodyCs + m.index, s.bodyCs + m.index + m[0].length]);
    }
  }
  return out;
}

/** Marks that end a clause of a scoring rule: ，；。 and their half-width forms. */
const isClauseEnd = (c: number) => c === 0xff0c || c === 0xff1b || c === 0x3002 || c === 44 || c === 59;

export default { meta, plugin } satisfies Rule;

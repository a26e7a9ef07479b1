/**
 * formalism/unsupported-claim — claimed results (显著增强, 明显成效,
 * 效果良好 …) with no figure, case or comparison.
 * Source: 002 §2.3 实效评估; 000 §1.4 总结复盘.
 */
import { SentenceKind } from '../../parse/document.js';
import { clauseAround, codeSet, quotedAsWord } from '../../text/chars.js';
import { enclosingPart, isCritique } from '../../analysis/outline.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { hasEvidence, spans } from '../shared/concrete.js';

/** What is due after 应: 应有的贡献, 应有作用 (an adjective, no modal). */
const DUE_RE = /^有的?(?:贡献|作用|努力|担当|力量)/;
/** A possibility, a purpose or a need, not a result: 才能, 可以, 有助于, 需 (not 所需: 紧扣群众所需 is what people need), 如果. */
const HYPOTHETICAL = /才能|能够|可以|可(?:有效|望|使|能)|(?<!所)需(?!求)|有待|有助于|有利于|旨在|以期|为了|便于|将会|也会|就会|会随之|必将|势必|如何|是否|若|如果/;
/** A sentence opened by its purpose (为进一步总结经验，…推动工作取得新成效，制定本方案) states a goal. */
const PURPOSE = /^为(?:了|进一步|深入|全面|切实|推动|推进|加强|落实|贯彻|深化|扎实|持续|更好|确保|提升|提高|加快|做好|营造|激发|充分)/;
/**
 * 将 as the preposition of 把 (将党建工作融入教学全过程): what follows it, up to the clause's end, puts something into
 * something else; no modal of what is to come. (将把… is the modal before a 把.)
 */
const BA_JIANG_RE = /^(?!把)[^，。；：,;]{1,20}?(?:融入|纳入|列入|作为|转化为|贯穿|落实到|延伸到|覆盖到|融合到|结合起来)/;

/** After a predicative claim (水平明显提高，): punctuation, a closing 了, or the end (更加坚定了…的决心 is a verb with an object). */
const PREDICATE_END = /^(?:[，。；！、,;!…”」）)]|了(?:[，。；！、,;!…”」）)]|$)|$)/;
/**
 * After a claim's verb, a 了 and a strength of the unit as its object (全面提升了支部的凝聚力和战斗力, 显著增强了党员的责任意识):
 * a result claimed, not a goal.
 */
const STRENGTH_RAISED = /^了[^，。；！？]{0,12}?(?:凝聚力|战斗力|向心力|创造力|号召力|组织力|执行力|影响力|责任意识|服务意识|宗旨意识|责任感|使命感|荣誉感|归属感|获得感|幸福感|安全感|体验|满意度)(?=[，。；！、和与及]|$)/;

/** What rises only for the worse: a rise of these (投诉量持续上升, 案件明显增多) is a problem reported. */
const WORSE_RE = /案件|投诉|事故|发病|纠纷|矛盾|隐患|风险|成本|负担|压力|难度|违法|违规|违纪|诈骗|欠款|逾期|流失|差错|故障|不良|亏损|超标|缺口|空置|积压/;

/** A claim of a fall (明显减少, 显著下降): said of what is worse (投诉, 事故), it claims a betterment. */
const FALL_RE = /减少|下降|降低|减轻|缩短|遏制/;

/** The head of a clause's subject: what follows its last 的 (化解矛盾纠纷的能力 → 能力), or the whole clause. */
const subjectHead = (clause: string) => clause.slice(clause.lastIndexOf('的') + 1);

/** What ends a clause: ，。；：！？ (full and half width). */
const CLAUSE_SEP = codeSet('，。；：！？,;');
const isClauseSep = (c: number) => CLAUSE_SEP.has(c);

/** Verbs telling a change: 提高, 下降, 缩短, 达到 …. */
const CHANGE_VERBS = '提高|提升|增长|增加|增收|下降|降低|减少|缩短|压缩|达到';
/** A change told with a figure: 提高, 下降, 增长, 缩短, 达到, 同比 …. */
const CHANGE_RE = new RegExp(`${CHANGE_VERBS}|同比|较上年|由[^，。；]{1,12}(?:升|降|增|减|提|缩)|从[^，。；]{1,12}(?:降|升|增|减|提|缩)(?:到|至)`);
/** A rate or a share: 满意率为96.8%, 及格率, 三成. */
const RATE_RE = /率|%|％|百分点|成(?=[，。；]|$)/;

/** A change told with its figure: 提高到95%, 增收1.8万元, 由42分钟降到19分钟 (not a claim's 显著提升). */
const FIGURE_CHANGE_RE = new RegExp(`(?:${CHANGE_VERBS}|降到|降至|升至)[^，。；\\d]{0,8}\\d|[由从][^，。；]{0,12}\\d[^，。；]{0,12}(?:升|降|增|减|提|缩)`);

/** Whether sentence text `t` measures an outcome: a change told with its figure or a rate, not a count of activities. */
function measuresOutcome(t: string): boolean {
  return FIGURE_CHANGE_RE.test(t) || RATE_RE.test(t);
}

/** Longest sentence, in UTF-16 units, read as a paragraph's topic sentence (党员带富能力明显增强。). */
const TOPIC_MAX = 20;
/** Most sentences after a topic sentence read as its support. */
const TOPIC_SUPPORT = 3;
/** How a sentence giving evidence for the claim before it opens: 全年…, 其中…, 如…, 截至…, 累计…, 在…满意度调查中…. */
const EVIDENCE_LEAD = /^(?:在[^，。；]{0,30}?(?:调查|测评|评估|考核|评比|检查|评选|比赛|竞赛|评价)中|如|例如|比如|譬如|其中|全年|一年来|今年|去年|本年度|本年|当年|截至|截止|目前|共|累计|先后|仅|通过|据|经|以|同比|较上年|与上年|\d{4}年|\d{1,2}月)/;

export const meta: RuleMeta = {
  id: 'formalism/unsupported-claim',
  family: 'formalism',
  description: '成效无据：宣称“显著增强”“明显成效”，却没有数字、案例或对比',
  rationale: '没有数据、案例和前后对比的成效只是自我评价，评审者无法核实，也无法与其他单位比较。',
  sources: [
    { seed: '002', section: '§2.3', point: '没有建立实效评估体系，无法科学、客观地衡量品牌建设的实际效果' },
    { seed: '000', section: '§1.4', point: '缺乏对品牌创建的总结、复盘和提炼' },
  ],
  severity: { summary: 'warning', publicity: 'warning', submission: 'error' },
  examples: {
    bad: '通过品牌创建，支部凝聚力战斗力显著增强，各项工作取得明显成效。',
    good: '通过品牌创建，产品一次合格率由96.2%提升至98.5%，2名党员获评公司劳动模范。',
  },
  url: ruleUrl('formalism/unsupported-claim'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const { sentences, paragraphs } = a.doc;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.kind === SentenceKind.Heading || !a.mentions(si, 'claim') || isCritique(a, si)) continue;
    // A goal (要/将/争取…) or a possibility (才能, 有助于…) is not a claim.
    // (应有的贡献 is the contribution due, no modal: 为公司完成年度任务作出了应有贡献.)
    if (a.someHit(si, 'directive', 'modal', s.bodyCs, s.ce, (_start, end, e) => (e.text !== '应' || !DUE_RE.test(a.doc.clean.slice(end, end + 5))) && (e.text !== '将' || !BA_JIANG_RE.test(a.doc.clean.slice(end, end + 24)))) || HYPOTHETICAL.test(a.text(si)) || PURPOSE.test(a.doc.clean.slice(s.bodyCs, s.bodyCs + 4))) continue;
    // Under 目标/措施/下一步 headings a "显著提升" is a target, not a claim.
    if (enclosingPart(a, si, ['target', 'measure', 'next', 'schedule']) >= 0) continue;
    const p = paragraphs[s.paragraph];
    // Evidence in the claim's sentence or the one right after it (成效显著：…) supports it.
    // (The next sentence only when it opens as evidence would: 全年…, 其中…, 如…; or after a colon.)
    const clean = a.doc.clean;
    // (…or that tells a change: 职工满意度同比提高12个百分点。 Not a count that defines the brand: 品牌聚焦3类窗口业务。)
    const next = si + 1 < p.s1 && (clean.charCodeAt(s.ce - 1) === 0xff1a || EVIDENCE_LEAD.test(clean.slice(sentences[si + 1].bodyCs, sentences[si + 1].bodyCs + 40)) || CHANGE_RE.test(a.text(si + 1)));
    const near = next ? [si, si + 1] : [si];
    // A claim titling its paragraph (（三）课后服务广受好评。…满意率为96.8%; 党员带富能力明显增强。…户均年增收1.8万元) is
    // borne out by the sentences after it. (A claim summing up the figures before it is not: those figures measure
    // something else as often as not, 司乘投诉由23件降至9件。…司乘满意度明显提高。)
    // (A measured change or rate bears it out; a count of activities, 发展党员2名，组织党员过政治生日17人次, does not.)
    if (s.kind === SentenceKind.RunIn || (si === p.s0 && s.ce - s.bodyCs <= TOPIC_MAX)) {
      for (let sj = si + 1; sj < Math.min(p.s1, si + 1 + TOPIC_SUPPORT); sj++) if (measuresOutcome(a.text(sj))) near.push(sj);
    }
    if (near.some((x) => hasEvidence(a, x))) continue;
    // (…and a paragraph that ends by introducing what follows, …不断取得丰硕成果。主要做了以下工作：, has its support there.)
    const pEnd = clean.charCodeAt(p.ce - 1);
    if (pEnd === 0xff1a || pEnd === 58) continue;
    // 不断提高工作水平 (a verb with an object) is a goal; 水平不断提高。 is a claim.
    // 案件持续上升 reports a worsening, not a result claimed.
    const claims = a
      .hitsIn(si, 'claim', undefined, s.bodyCs, s.ce)
      // (A claim quoted on its own, as a word, is mentioned, not made: 通篇‘成效显著’，却拿不出一个数据.)
      .filter((h) => !quotedAsWord(a.doc.clean, h.start, h.end))
      // (…while 投诉明显减少 reports a betterment claimed: only a rise of what is worse reports a worsening.)
      .filter((h) => h.entry.tag !== 'verb' || ((PREDICATE_END.test(a.doc.clean.slice(h.end, h.end + 2)) || STRENGTH_RAISED.test(a.doc.clean.slice(h.end, h.end + 24))) && (FALL_RE.test(h.entry.text) || !WORSE_RE.test(subjectHead(a.doc.clean.slice(clauseAround(a.doc.clean, h.start, h.start, isClauseSep, s.bodyCs)[0], h.start))))));
    const found = spans(claims);
    if (!found.length) continue;
    const items = found.map(([x, y]) => a.doc.clean.slice(x, y));
    report(file, meta, a, found[0][0], found[found.length - 1][1], {
      reason: `成效无据：${items.map((x) => `「${x}」`).join('')}没有数据、案例或前后对比支撑`,
      note: '用数字（同比、前后对比）、具体事例或获得的表彰来说明成效。依据：002 §2.3（缺少科学客观的实效评估）、000 §1.4（缺乏总结复盘）。',
    });
  }
};

export default { meta, plugin } satisfies Rule;

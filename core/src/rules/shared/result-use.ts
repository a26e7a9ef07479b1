/**
 * Uses of assessment results (考核结果运用): what counts as using results for something (评优评先, 奖惩,
 * 问责, 倾斜, 挂钩, 计入绩效) and what only announces, grades or feeds them back. Read by
 * assessment/no-result-use and by structure/missing-section's 结果运用 part. Source: 000 §2.2 三;
 * 004 表彰奖励/问责.
 */
import type { Analysis, Hit } from '../../analysis/analysis.js';

/** The results counted into pay or another assessment: 考核结果纳入派出所绩效考评, 考评得分计入各部门年度绩效. */
const RESULT_INTO_RE = /(?:结果|得分|分数|积分)[^。；，]{0,4}(?:纳入|计入|折算计入)[^。；]{0,16}(?:绩效|考核|考评|薪酬|奖金)/;

/** A grade given (评为优秀等次, 评为合格): the result itself, not a use of it (评为优秀党支部 is an honour). */
const GRADE_AFTER_RE = /^(?:优秀|良好|较好|合格|基本合格|不合格|一般|较差|好|差)(?:等次|档次|等级|[，。；、,;]|$)|^[一二三四ABCD]?(?:等次|档次|等级)/;
/** A grade given as a reward in another assessment (年度考核优先评为优秀, 直接评为优秀). */
const PRIORITY_BEFORE_RE = /(?:优先|直接|可以|方可|推荐|定为|可)$/;
/** What precedes 依据 when it is the basis of a score: 以…为(主要). */
const BASIS_RE = /以[^，。；]{1,40}为(?:主要|重要|基本)?的?$/;
/** What a use of results is about: 考核结果, 得分, 积分, 等次, 排名. */
const RESULT_SUBJECT_RE = /结果|得分|积分|分数|等次|等级|排名|名次|星级|评定|考核|考评|评价|测评|评优|评先/;
/** A grade that rectification answers (不合格的限期整改, 排名末位的责令整改): a sanction. */
const FAILING_RE = /不合格|不达标|未达标|未通过|较差|末位|靠后|排名后|后[一二两三四五]位|倒数|最后[一二两三]|一般等次|低于|限期|责令|扣分/;

/**
 * Whether a result-use hit uses results: 整改 and 通报 only as a sanction of a failing grade (不合格的限期整改,
 * 对末位支部予以通报; not 针对上述问题…整改, which answers problems found, nor 考评结果在群内通报, which only
 * announces them), 评为 not before a grade unless as a reward (评为优秀等次 is the grade; 优先评为优秀 rewards).
 */
function uses(clean: string, h: Hit): boolean {
  const text = h.entry.text;
  // A use denied (考核结果不与评先评优、绩效奖金挂钩) is none.
  if (NOT_USED_BEFORE_RE.test(clean.slice(Math.max(sentenceStart(clean, h.start), h.start - 16), h.start))) return false;
  if (text === '整改' || text === '通报' || text === '谈话') return FAILING_RE.test(clean.slice(sentenceStart(clean, h.start), h.start));
  // 以…为主要依据 is the basis of a score, not a use of the result (作为评先的重要依据 is).
  // …nor is a figure made the basis of a score (通关时效等完成情况作为创建成效的主要依据): only results are used.
  if (text.endsWith('依据')) {
    const before = clean.slice(sentenceStart(clean, h.start), h.start);
    if (BASIS_RE.test(before) || !RESULT_SUBJECT_RE.test(before)) return false;
  }
  // 兑现 keeps a reward or pay (奖惩兑现, 绩效兑现), not a promise (承诺事项是否逐项兑现).
  if (text === '兑现') return /奖|绩效|薪酬|结果|得分|积分/.test(clean.slice(sentenceStart(clean, h.start), h.start));
  if (text === '评为') return PRIORITY_BEFORE_RE.test(clean.slice(Math.max(0, h.start - 2), h.start)) || !GRADE_AFTER_RE.test(clean.slice(h.end, h.end + 6));
  // An honour the branch received, scored as an item (支部获上级表彰情况, 受到表彰的次数), is what is assessed, not a use of results.
  // (…and so is one given points: 支部获评院级及以上先进基层党组织得15分.)
  if (RECEIVED_BEFORE_RE.test(clean.slice(Math.max(0, h.start - 8), h.start)) && (SCORED_AFTER_RE.test(clean.slice(h.end, h.end + 4)) || POINTS_AFTER_RE.test(clean.slice(h.end, h.end + 20)))) return false;
  return true;
}

/** A denial before a use of results in its clause: 不与…, 不作为…, 不纳入…, 不计入…. */
const NOT_USED_BEFORE_RE = /(?:不与|不和|不同|不作为|不纳入|不计入|不列入)[^，。；]{0,14}$/;
/** What precedes an honour received: 获, 获得, 获评, 受到, 荣获 (获上级表彰, 受到市级表彰, 获评院级及以上先进…). */
const RECEIVED_BEFORE_RE = /(?:获|获得|获评|受到|荣获|被评为)[^，。；、]{0,6}$/;
/** Points given for it in the same clause: …得15分, …加5分, …计10分. */
const POINTS_AFTER_RE = /^[^，。；\t]{0,16}?(?:得|加|计|记)\d+分/;
/** What follows an honour scored as an item: 情况, 次数, 数量, 的次数. */
const SCORED_AFTER_RE = /^的?(?:情况|次数|数量|个数)/;

/** Start of the sentence holding offset `i` (after the last 。！？； or line break before it). */
function sentenceStart(clean: string, i: number): number {
  let k = i;
  while (k > 0 && !'。！？；\n'.includes(clean[k - 1])) k--;
  return k;
}

/**
 * Whether clean[from, to) uses assessment results: a result-use word that {@link uses} them, or results
 * counted into pay or another assessment ({@link RESULT_INTO_RE}). Offsets are clean-text UTF-16 offsets.
 */
export function usesResults(a: Analysis, from: number, to: number): boolean {
  const clean = a.doc.clean;
  return a.hitsInRange('result-use', from, to).some((h) => uses(clean, h)) || RESULT_INTO_RE.test(clean.slice(from, to));
}

/**
 * assessment/no-result-use — assessment results used for nothing (评优评先,
 * 奖惩, 问责, 倾斜, 挂钩). Source: 000 §2.2 三; 004 表彰奖励/问责.
 */
import type { Hit } from '../../analysis/analysis.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { assessmentScopes } from '../shared/scopes.js';

/** The results counted into pay or another assessment: 考核结果纳入派出所绩效考评, 考评得分计入各部门年度绩效. */
const RESULT_INTO_RE = /(?:结果|得分|分数|积分)[^。；，]{0,4}(?:纳入|计入|折算计入)[^。；]{0,16}(?:绩效|考核|考评|薪酬|奖金)/;

/** A grade given (评为优秀等次, 评为合格): the result itself, not a use of it (评为优秀党支部 is an honour). */
const GRADE_AFTER_RE = /^(?:优秀|良好|较好|合格|基本合格|不合格|一般|较差|好|差)(?:等次|档次|等级|[，。；、,;]|$)|^[一二三四ABCD]?(?:等次|档次|等级)/;
/** A grade given as a reward in another assessment (年度考核优先评为优秀, 直接评为优秀). */
const PRIORITY_BEFORE_RE = /(?:优先|直接|可以|方可|推荐|定为|可)$/;
/** A grade that rectification answers (不合格的限期整改, 排名末位的责令整改): a sanction. */
const FAILING_RE = /不合格|不达标|未达标|未通过|较差|末位|靠后|排名后|后[一二两三四五]位|倒数|最后[一二两三]|一般等次|低于|限期|责令|扣分/;

/**
 * Whether a result-use hit uses results: 整改 and 通报 only as a sanction of a failing grade (不合格的限期整改,
 * 对末位支部予以通报; not 针对上述问题…整改, which answers problems found, nor 考评结果在群内通报, which only
 * announces them), 评为 not before a grade unless as a reward (评为优秀等次 is the grade; 优先评为优秀 rewards).
 */
function uses(clean: string, h: Hit): boolean {
  const text = h.entry.text;
  if (text === '整改' || text === '通报') return FAILING_RE.test(clean.slice(sentenceStart(clean, h.start), h.start));
  if (text === '评为') return PRIORITY_BEFORE_RE.test(clean.slice(Math.max(0, h.start - 2), h.start)) || !GRADE_AFTER_RE.test(clean.slice(h.end, h.end + 6));
  return true;
}

/** Start of the sentence holding offset `i` (after the last 。！？； or line break before it). */
function sentenceStart(clean: string, i: number): number {
  let k = i;
  while (k > 0 && !'。！？；\n'.includes(clean[k - 1])) k--;
  return k;
}

export const meta: RuleMeta = {
  id: 'assessment/no-result-use',
  family: 'assessment',
  description: '考核结果无运用：没有写明结果用于评优评先、奖惩或问责',
  rationale: '考核结果不与评优评先、奖惩挂钩，考好考坏一个样，考核就失去了指挥棒作用。',
  sources: [
    { seed: '000', section: '§2.2 三', point: '作为评优评先的重要依据，对运行效果好的支部给予倾斜' },
    { seed: '004', section: '三（二）', point: '对表现突出的表彰奖励，对工作不力的问责' },
  ],
  severity: { summary: 'warning', publicity: 'off', submission: 'warning' },
  examples: {
    bad: '每季度对各党支部品牌创建情况进行打分。',
    good: '考核结果与支部书记绩效挂钩，作为评优评先的重要依据。',
  },
  url: ruleUrl('assessment/no-result-use'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  for (const scope of assessmentScopes(a, settings.profile)) {
    if (a.hitsInRange('result-use', scope.cs, scope.ce).some((h) => uses(a.doc.clean, h)) || RESULT_INTO_RE.test(a.doc.clean.slice(scope.cs, scope.ce))) continue;
    report(file, meta, a, scope.anchorCs, scope.anchorCe, {
      reason: '考核结果无运用：没有写明考核结果用于评优评先、奖惩或问责',
      expected: [],
      note: '写明结果运用：与评优评先、绩效、资源倾斜挂钩，对落后的约谈或问责。依据：000 §2.2 三（评优评先的重要依据、适当倾斜）、004（表彰奖励与问责）。',
      document: true,
    });
  }
};

export default { meta, plugin } satisfies Rule;

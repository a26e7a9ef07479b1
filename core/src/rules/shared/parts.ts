/**
 * The parts a document of each profile should have (rules.md
 * structure/missing-section), and whether this document has them. Shared by
 * structure/missing-section and the report's sections found/missing.
 */
import { usesResults } from './result-use.js';
import { AnchorKind, type Analysis } from '../../analysis/analysis.js';
import { headingTags, type SectionTag } from '../../analysis/outline.js';
import type { ResolvedProfile } from '../../types.js';
import { isCountOfOne } from './concrete.js';

/** A required part: found through a heading with one of `tags`, or through `content`. */
export interface Part {
  id: string;
  /** Chinese name. */
  name: string;
  tags?: SectionTag[];
  /** Tags a heading counts by only when it comes after a heading of `after` (改进措施 after 问题与原因 is the next steps). */
  tagsAfter?: { tags: SectionTag[]; after: SectionTag };
  /** Content check for parts that are not headings (publicity, assessment documents). */
  content?: (a: Analysis) => { found: boolean; cs?: number; ce?: number };
  /** Chinese hint of what to add. */
  hint: string;
}

/** Posts and roles a story names its people after (党员张志刚, 联络员贺晓东, 部长罗成). */
const PERSON_TITLES = '党员|同志|书记|老兵|老党员|老干部|值班长|班组长|机长|船长|列车长|委员|主任|老师|教授|校友|学长|学姐|同学|班长|支书|队长|经理|师傅|标兵|模范|代表|医生|护士|民警|值班员|乘务员|驾驶员|技术员|检修工|网格员|村民|居民|馆员|工程师|研究员|律师|法官|检察官|社工|机手|讲解员|辅导员|班主任|联络员|教师|骨干|柜员|收费员|营业员|调度员|巡检员|安全员|质检员|操作员|服务员|技师|医师|药师|部长|科长|处长|站长|所长|局长|院长|馆长|行长|厂长|场长|组长|指导员|教导员|政委|专家|研究生|骑手|快递员|外卖员|司机|志愿者|保洁员|保安|警长|警官|干警|护士长|教练|船员|渔民|干部|职工|员工|妈妈|大姐|大妈|大嫂|大爷|大叔|阿姨|奶奶|爷爷|老人|户主|店主|老板|工长|段长|村长|镇长|乡长|董事长|总经理|商户|摊主|牧民|工人|农户|记者|编辑|主播|专员';
const PERSON_RE = new RegExp(String.raw`(?:${PERSON_TITLES}|[\u4e00-\u9fff]{2}员|(?:运行|维修|巡线|电焊|装卸|环卫|护林|养护|管道|线路|机修|保洁|焊|钳|车|铣|电|瓦|木)工|[茶果菜棉花蔗瓜药]农)([\u4e00-\u9fff]{2,3})(?=[，。、：；“”\s0-9]|在|和|与|结合|围绕|利用|针对|通过|命名|也|又|正|曾|都|总|就|还|仍|已|便|常|面前|身边|手中|手里|家中|担任|写下|任(?:组长|队长|班长|站长|所长|主任|书记|指挥)|坚持|当即|提前|第一时间|冒雨|冒着|是|原本|原来|曾经|此前|多年|自|从|说|表示|介绍|分享|谈|讲|带领|带头|带队|带着|上门|挨家挨户|组织|率先|主动|坚守|来到|走进|牵头|联系|帮助|指导|负责|承担|发现|提出|深入|多次|一直|始终|为|给|向|把|先后|连续|经常|常说|每天|每趟|每次|每周|每月|出席|主持|参加|讲话|指出|强调|要求|拿着|拿起|握着|佩戴|接过|荣获|获评|被评为|开着|驾驶|进入|看着|守着|守在|站在|坐在|蹲在|笑着|记得|回忆|想起|今年|已经|有个|接到|赶到|赶往|赶赴|立即|迅速|连夜|随即|[\u4e00-\u9fff](?:起|着)|$)|([\u4e00-\u9fff]{2,3})(?:同志|老师|书记)(?=[，。、：；\s]|说|表示|介绍)|(?:生|士|师|长|书记)([\u4e00-\u9fff]{2,3})(?=说|表示|介绍|告诉)`, 'g');
/** Words before 同志/老师 that are not names (与会同志, 广大党员). */
const NOT_NAME = /^(?:冲锋|带头|主动|率先|挺身|坚守|深入|积极|一线|与会|广大|全体|各位|有关|相关|其他|青年|党员|这些|那些|部分|一线|支部|学校|学院|我们|他们|大家|各级|领导|所有|干部|突击|先锋|骨干|群众|职工|代表|志愿|教师|民警|这样|如此|纷纷|们|队伍|团队|集体|群体|人数|家长|身份|作用|岗位)/;

/** A post and a name masked for publication (网格党员郑××, 书记王××): a person. */
const MASKED_PERSON_RE = new RegExp(String.raw`(?:${PERSON_TITLES})[\u4e00-\u9fff][×Ｘ＊*]{1,2}`);

function namesPerson(text: string): boolean {
  if (text.includes('×') || text.includes('＊') || text.includes('*') || text.includes('Ｘ')) {
    if (MASKED_PERSON_RE.test(text)) return true;
  }
  for (const m of text.matchAll(PERSON_RE)) {
    const name = m[1] ?? m[2] ?? m[3] ?? '';
    if (!NOT_NAME.test(name)) return true;
  }
  return false;
}
/** A quotation of ten characters or more, introduced by a colon (他说：“…”) or followed by its speaker (“…”刘芳说, “…”茶农罗永福说). */
const QUOTE_SPEECH_RE = /[：:]\s*“[^”]{10,}”|“[^”]{10,}”\s*(?!有|一位|一名|某)[\u4e00-\u9fff]{2,6}(?<!这样|那样|如是)(?:说|表示|介绍|感慨|告诉|笑着说)/;

/** Sentence `si` with the first characters of the next one of its paragraph (a quotation ending 。” has its speaker there). */
function withNextStart(a: Analysis, si: number): string {
  const s = a.doc.sentences[si];
  const next = a.doc.sentences[si + 1];
  return next && next.paragraph === s.paragraph ? a.doc.clean.slice(s.cs, Math.min(next.ce, next.cs + 8)) : a.text(si);
}

function contentMatch(a: Analysis, test: (si: number) => boolean): { found: boolean; cs?: number; ce?: number } {
  for (let si = 0; si < a.doc.sentences.length; si++) {
    if (test(si)) return { found: true, cs: a.doc.sentences[si].cs, ce: a.doc.sentences[si].ce };
  }
  return { found: false };
}

/** A table header naming a column of scores: …\t分值\t…, 分数, 权重. */
const SCORE_COLUMN_RE = /(?:^|\t)\s*(?:分值|分数|权重|标准分)\s*(?:\t|$)/;

/** Required parts by profile. */
export const PARTS: Record<Exclude<ResolvedProfile, 'general'>, Part[]> = {
  plan: [
    { id: 'meaning', name: '品牌内涵/定位', tags: ['meaning'], hint: '说明品牌名称的来历、内涵和定位' },
    { id: 'target', name: '创建目标', tags: ['target'], hint: '写明到何时达到什么可量化的目标' },
    { id: 'measure', name: '主要措施', tags: ['measure'], hint: '逐条写明措施，每条有责任人、时间节点和目标' },
    { id: 'schedule', name: '进度安排', tags: ['schedule'], hint: '按阶段写明时间和任务' },
    { id: 'assessment', name: '考核评价', tags: ['assessment'], hint: '写明考核维度、分值、周期和结果运用' },
    { id: 'guarantee', name: '保障措施', tags: ['guarantee'], hint: '写明组织领导、经费和制度保障' },
    { id: 'promotion', name: '宣传推广', tags: ['promotion'], hint: '写明宣传渠道、频次和责任人' },
  ],
  summary: [
    { id: 'practice', name: '主要做法', tags: ['practice', 'measure'], hint: '写明做了哪些工作' },
    { id: 'results', name: '取得成效', tags: ['results'], hint: '用数据和事例写明成效' },
    { id: 'problems', name: '存在问题', tags: ['problems'], hint: '实事求是地查摆问题和不足' },
    { id: 'next', name: '下一步打算', tags: ['next'], tagsAfter: { tags: ['measure', 'schedule'], after: 'problems' }, hint: '针对问题写明下一步措施' },
  ],
  publicity: [
    {
      id: 'case',
      name: '具体人物或事例',
      hint: '写一个具体的人或事：姓名、岗位、做了什么',
      content: (a) => contentMatch(a, (si) => namesPerson(a.text(si)) || QUOTE_SPEECH_RE.test(withNextStart(a, si)) || a.has(si, 'evidence', 'case')),
    },
    {
      id: 'figures',
      name: '数据',
      hint: '写明人数、次数、成效数据',
      // “一支队伍”“一名党员” name no figure: a count of one is how a story introduces someone.
      content: (a) => contentMatch(a, (si) => a.anchorsIn(si, AnchorKind.Quantity).some((x) => !(x.kind & AnchorKind.Time) && !isCountOfOne(a.doc.clean.slice(x.start, x.end)))),
    },
  ],
  assessment: [
    { id: 'dimensions', name: '考核维度', hint: '列出考核维度（运行机制、措施落实、创建成效、公认度、影响力）', content: (a) => contentMatch(a, (si) => a.mentions(si, 'dimension')) },
    {
      id: 'scores',
      name: '分值与标准',
      hint: '为每项给出分值和评分标准',
      // (…or a table whose header names a column of scores, 验收维度 | 分值 | 评分依据: its rows give them.)
      content: (a) => contentMatch(a, (si) => a.anchorsIn(si, AnchorKind.Quantity).some((x) => a.doc.clean.slice(x.start, x.end).includes('分') || /[%％]/.test(a.doc.clean.slice(x.start, x.end))) || SCORE_COLUMN_RE.test(a.text(si))),
    },
    { id: 'cycle', name: '考核周期', hint: '写明多久考核一次、何时考核', content: (a) => contentMatch(a, (si) => a.has(si, 'time', 'cycle')) },
    { id: 'result-use', name: '结果运用', hint: '写明结果用于评优评先、奖惩或问责', content: (a) => contentMatch(a, (si) => usesResults(a, a.doc.sentences[si].cs, a.doc.sentences[si].ce)) },
  ],
};

/** Status of each required part of `profile` in the document. */
export function partStatus(a: Analysis, profile: ResolvedProfile): Array<{ part: Part; found: boolean; cs?: number; ce?: number; heading?: string }> {
  if (profile === 'general') return [];
  return a.shared(`parts.${profile}`, () =>
    PARTS[profile].map((part) => {
      if (part.content) return { part, ...part.content(a) };
      const { doc } = a;
      let seenAfter = false;
      for (let hi = 0; hi < doc.headings.length; hi++) {
        if (hi === doc.title) continue;
        const tags = headingTags(a, hi);
        // (…or the problems' own heading when it holds their measures too: 三、存在问题及改进措施.)
        const late = !!part.tagsAfter && (seenAfter || tags.has(part.tagsAfter.after)) && part.tagsAfter.tags.some((t) => tags.has(t));
        if (part.tags!.some((t) => tags.has(t)) || late) return { part, found: true, cs: doc.headings[hi].cs, ce: doc.headings[hi].ce, heading: doc.headings[hi].text };
        if (part.tagsAfter && tags.has(part.tagsAfter.after)) seenAfter = true;
      }
      return { part, found: false };
    }),
  );
}

/**
 * brand/two-skins — party work that never connects to the unit's business
 * (生产, 经营, 项目, 安全, 质量, 服务 …): "两张皮".
 * Source: 001 一.2; 000 §1.2; 004.
 */
import type { Analysis } from '../../analysis/analysis.js';
import { clauseAround, codeSet } from '../../text/chars.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { documentAnchor, documentHan } from '../shared/place.js';

export const meta: RuleMeta = {
  id: 'brand/two-skins',
  family: 'brand',
  description: '“两张皮”：全文只写党建活动，与本单位的生产经营和业务工作没有任何联系',
  rationale: '党建工作脱离中心工作，就成了“无根的浮萍”。品牌的价值在于推动业务，文稿里应看到党建对业务的作用。',
  sources: [
    { seed: '001', section: '一.2', point: '党建品牌是解决党建与业务“两张皮”的有效途径' },
    { seed: '000', section: '§1.2', point: '党建与业务工作仍存在“两张皮”现象' },
    { seed: '004', section: '二（一）', point: '党建工作与经营发展割裂，各自为政' },
  ],
  severity: { summary: 'error', publicity: 'warning', submission: 'error' },
  profiles: ['plan', 'summary', 'publicity'],
  document: true,
  examples: {
    bad: '支部坚持每月开展主题党日活动，全年组织集中学习12次。（全文无业务内容）',
    good: '支部组建党员突击队承担3号高炉大修任务，比计划提前5天完工。',
  },
  url: ruleUrl('brand/two-skins'),
};

/** The sources every message of this rule cites. */
const SOURCES = '依据：001（解决“两张皮”）、000 §1.2、004（党建与经营发展融合）。';

/** Why the document reads as two skins, and what to write instead (its `reason` and the `note`'s advice). */
const VERDICTS = {
  /** Party work and business kept apart on purpose. */
  split: {
    reason: '“两张皮”：党建与业务分头部署、分开考核，全文没有一处写党建工作如何服务业务',
    advice: '写明党员、党组织在哪项业务里发挥作用（承担什么任务、解决什么难题、带来哪些业务指标的变化），考核时把业务成效计入党建评价。',
  },
  /** The business told in a part of its own, with no party work beside it. */
  apart: {
    reason: '“两张皮”：党建和业务各写各的，写业务的段落里没有党组织和党员，看不出党建如何服务业务',
    advice: '在写业务成绩的地方写明党组织和党员做了什么（承担哪项任务、解决哪个难题、带动了哪些指标），而不是把党建活动和业务数据分成两段并列。',
  },
  /** No business at all. */
  none: {
    reason: '“两张皮”：全文只写党建活动，没有写与本单位生产经营或业务工作的联系',
    advice: '写明党建工作服务了哪项业务：承担了什么任务、解决了什么难题、带来了哪些业务指标的变化。',
  },
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  if (documentHan(a) < 40) return;
  const verdict = (v: keyof typeof VERDICTS) => {
    const [cs, ce] = documentAnchor(a);
    report(file, meta, a, cs, ce, { reason: VERDICTS[v].reason, expected: [], note: VERDICTS[v].advice + SOURCES, document: true });
  };
  // The title names the unit (市烟草专卖局机关第二党支部2024年工作总结): its business word connects no work.
  const title = a.doc.title >= 0 ? a.doc.headings[a.doc.title].sentence : -1;
  if (splitApart(a, title)) return verdict('split');
  // A business word, or a business indicator in any sector's own words (差错率低于万分之一, 处置及时率100%), connects
  // the work; but not when all of it stands in a part of its own on the business (二、经营情况, ## 公司概况) with no party
  // work beside it, in its paragraph or its heading.
  let apart = false;
  for (let si = 0; si < a.doc.sentences.length; si++) {
    if (si === title || !((a.mentions(si, 'business') && namesBusiness(a, si)) || statesIndicator(a, si))) continue;
    if (besideParty(a, si) || !underBusinessPart(a, si)) return;
    apart = true;
  }
  verdict(apart ? 'apart' : 'none');
};

/**
 * What party life is counted by: a clause holding one measures party work (党员学习笔记抽查合格率100%, 线上学习课程32学时),
 * or makes party work itself more effective (推动组织生活提质增效), or is paid from the party budget (从党建工作经费中列支图书采购费用),
 * or names the split itself (个别党员存在“重业务、轻党建”的思想), or is a visit to a red site (参观…展厅，观看了200余件革命文物; 赴烈士陵园祭扫),
 * or stocks a reading room (书屋图书采购, 传统文化类图书860册), or is members and staff borrowing its books (党员和职工借阅图书930人次),
 * or serves the members themselves (为党员服务), or is the quality of party life or political security (组织生活质量, 政治安全).
 * A party activity joined to the business (主题党日结合机收作业开展) or a member doing it (党员驾驶员担任线路长) is the connection itself.
 */
const PARTY_LIFE_RE = /学习(?:笔记|课程|档案|强国|时长)|学时|党费|党建(?:工作)?经费|重业务|轻业务|参学率|到会率|参会率|党史|(?:理论|知识|应知应会)(?:测试|考试|测验|竞赛)|(?:组织生活|党内生活|党建工作|支部建设|党员教育)[^，。；]{0,4}提质增效|(?:参观|观看|瞻仰)[^，。；]{0,16}(?:革命|红色)(?:文物|旧址|遗址)|烈士(?:陵园|纪念)[^，。；]{0,4}祭扫|(?:书屋|读书角|活动室)[^，。；]{0,4}图书|(?:党员|职工)[^，。；]{0,4}借阅|学习心得|心得体会|为党员服务|服务党员|政治安全|意识形态安全|(?:组织生活|党建工作|支部建设|党员教育|三会一课|党员管理)[^，。；]{0,6}质量|(?:理论|党建|红色|党史|文化|政治|文学)类?(?:图书|书籍)/;

/**
 * Whether a business word of sentence `si` stands in a clause that is not about party life, and not inside the brand's
 * quoted name (“乌金课堂”学习品牌) or a 党建+ label (“党建+安全生产”): a name connects no work.
 */
function namesBusiness(a: Analysis, si: number): boolean {
  const clean = a.doc.clean;
  return a.hitsIn(si, 'business').some((h) => {
    // (…nor inside a 党建+ label, 围绕“党建+安全生产”主题: the label names the business, no work done in it.)
    if (inBrandName(clean, h.start, h.end) || PLUS_LABEL_BEFORE_RE.test(clean.slice(Math.max(0, h.start - 8), h.start))) return false;
    const [from, to] = clauseAround(clean, h.start, h.end, isClauseSep, Math.max(0, h.start - CLAUSE_MAX), Math.min(clean.length, h.end + CLAUSE_MAX));
    return !PARTY_LIFE_RE.test(clean.slice(from, to));
  });
}

/** The start of a 党建+ label right before a business word: 党建+, 党建引领+, 党建＋安全 (of 党建＋安全生产). */
const PLUS_LABEL_BEFORE_RE = /党建(?:引领)?\s*[+＋]\s*[\u4e00-\u9fff]{0,4}$/;

/** Who does party work in a sentence: 党员, 党组织, 支部, 党小组, 党建. */
const PARTY_WORD_RE = /党员|党组织|支部|党小组|党建|党总支|党委/;
/** What marks party work beside a business word: {@link PARTY_WORD_RE}, or the brand, its carriers and its secretary. */
const PARTY_SIDE_RE = new RegExp(`${PARTY_WORD_RE.source}|党工委|品牌|先锋|示范岗|责任区|突击队|服务队|党群|书记`);

/** Whether party work stands beside sentence `si`: in the sentence, its paragraph, or the heading it lies under. */
function besideParty(a: Analysis, si: number): boolean {
  const { doc } = a;
  const s = doc.sentences[si];
  const p = doc.paragraphs[s.paragraph];
  if (PARTY_SIDE_RE.test(doc.clean.slice(p.cs, p.ce))) return true;
  const h = s.section >= 0 ? doc.headings[s.section] : undefined;
  return !!h && h.sentence !== doc.headings[doc.title]?.sentence && PARTY_SIDE_RE.test(h.text);
}

/** A heading of a part on the business alone: 二、生产经营情况, 二、业务工作, 二、项目建设情况, ## 公司概况. */
const BUSINESS_PART_RE = /(?:生产|经营|业务|运营|项目建设|工程建设|医疗|教学|科研|发电|营销|生产经营|主业)(?:工作|情况|概况|完成情况|指标完成情况)?$|^(?:公司|企业|单位|医院|学校|项目)(?:概况|简介|基本情况)$/;

/** A heading naming a kind of work or its state: 三、审判工作, 二、税收征管情况. */
const WORK_PART_RE = /^[\u4e00-\u9fff]{2,8}(?:工作|情况|概况)$/;

/**
 * Whether sentence `si` lies under a heading of a part on the business alone: {@link BUSINESS_PART_RE}, or a kind of work
 * named by a business word with no party work in it (三、审判工作).
 */
function underBusinessPart(a: Analysis, si: number): boolean {
  const h = a.doc.sentences[si].section;
  if (h < 0 || h === a.doc.title) return false;
  const hd = a.doc.headings[h];
  // (A heading's text is its title, without its marker.)
  const text = hd.text.trim();
  return BUSINESS_PART_RE.test(text) || (WORK_PART_RE.test(text) && !PARTY_SIDE_RE.test(text) && a.mentions(hd.sentence, 'business'));
}

/** Longest quoted name, in UTF-16 units. */
const QUOTED_NAME_MAX = 12;
/** What follows a brand's quoted name: 品牌, 学习品牌, 党建品牌, 服务品牌. */
const BRAND_AFTER_RE = /^[\u4e00-\u9fff]{0,4}品牌/;

/** Whether clean[start, end) lies inside a short quoted name that a brand word follows (“乌金课堂”学习品牌, 「安全先锋」党建品牌). */
function inBrandName(clean: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= Math.max(0, start - QUOTED_NAME_MAX); k--) {
    const c = clean.charCodeAt(k);
    if (c === 0x201c || c === 0x300c) {
      open = k;
      break;
    }
    if (c === 0x201d || c === 0x300d || isClauseSep(c)) return false;
  }
  if (open < 0) return false;
  for (let k = end; k < Math.min(clean.length, open + QUOTED_NAME_MAX + 2); k++) {
    const c = clean.charCodeAt(k);
    if (c === 0x201d || c === 0x300d) return BRAND_AFTER_RE.test(clean.slice(k + 1, k + 7));
    if (c === 0x201c || c === 0x300c || isClauseSep(c)) return false;
  }
  return false;
}

/** Party work and business kept apart on purpose: 两项考核分别组织, 两者分开计分, 支部书记负责党建工作，厂长负责生产工作，各负其责. */
const SPLIT_RE = /分开(?:计分|考核|评分|组织)|分别(?:组织|考核|通报|运用|计分|评分)|各自(?:开展|考核|组织|计分)|各负其责|各司其职|负责党建工作[，,；;][^。；]{0,12}负责[\u4e00-\u9fff]{2}工作/;
/** Any of {@link SPLIT_RE}'s words, to rule the rest out at once. */
const SPLIT_ANY_RE = /分开|分别|各自|各负其责|各司其职|负责党建工作/;
/** The other track beside party work in such a paragraph: 业务工作, 生产任务, 经营指标, 两项考核, 两者. */
const OTHER_TRACK_RE = /(?:业务|生产|经营|监管|教学|科研|医疗|执法|服务|监督)(?:工作|任务|指标)|两项|两者/;

/**
 * Whether the document keeps party work and business apart (a paragraph that says so, naming both tracks: 党建工作由…评分；生产任务由…考核，
 * 两者分开计分) and no other sentence has a party body or member doing the business (党员突击队承担2号滤池改造): 两张皮 by design,
 * whatever business the document names.
 */
function splitApart(a: Analysis, title: number): boolean {
  const { doc } = a;
  // (Most documents say nothing of the kind: one scan of the whole text first.)
  if (!SPLIT_ANY_RE.test(doc.clean)) return false;
  const split = new Set<number>();
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const p = doc.paragraphs[s.paragraph];
    if (split.has(s.paragraph) || !SPLIT_RE.test(doc.clean.slice(s.bodyCs, s.ce))) continue;
    const text = doc.clean.slice(p.cs, p.ce);
    if (text.includes('党建') && OTHER_TRACK_RE.test(text)) split.add(s.paragraph);
  }
  if (!split.size) return false;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (si === title || split.has(s.paragraph) || !a.mentions(si, 'business') || !PARTY_WORD_RE.test(doc.clean.slice(s.cs, s.ce))) continue;
    if (namesBusiness(a, si)) return false;
  }
  return true;
}

/** A rate with a figure after it (货损率由0.8%降到0.5%, 启动成功率达到99.8%): the stem before 率 is group 1. */
const RATE_RE = /([\u4e00-\u9fff]{1,4})率[^，。；]{0,8}?\d/g;
/** Rates of party life and of the masses' voice, which other rules read: 参学率, 满意率, 覆盖率, 合格率 (a lexicon word). */
const PARTY_RATE_RE = /(?:学习完成|参学|到会|参会|出席|出勤|到课|听课|参与|参加|参训|覆盖|知晓|满意|好评|认可|入党|转化|收缴|交纳|学习|合格|发展|参评|投票)$/;
/** A clause about party life itself, whatever its rate (党员参加组织生活的出勤率, 活动记录完整率). */
const PARTY_CLAUSE_RE = /组织生活|集中学习|党课|主题党日|三会一课|党员大会|支委会|理论学习|活动记录|学习记录|会议记录|签到/;

/** Whether sentence `si` states a business indicator: a rate with a figure that is no rate of party life or of the masses' voice. */
function statesIndicator(a: Analysis, si: number): boolean {
  const clean = a.doc.clean;
  const s = a.doc.sentences[si];
  const text = clean.slice(s.bodyCs, s.ce);
  if (!text.includes('率')) return false;
  for (const m of text.matchAll(RATE_RE)) {
    if (PARTY_RATE_RE.test(m[1])) continue;
    const at = s.bodyCs + m.index!;
    const [from, to] = clauseAround(clean, at, at + m[0].length, isClauseSep, Math.max(0, at - CLAUSE_MAX), Math.min(clean.length, at + m[0].length + CLAUSE_MAX));
    const clause = clean.slice(from, to);
    if (!PARTY_LIFE_RE.test(clause) && !PARTY_CLAUSE_RE.test(clause) && !/党/.test(m[1])) return true;
  }
  return false;
}

/** Longest reach, in UTF-16 units, from a word to its clause's ends. */
const CLAUSE_MAX = 60;
/** What ends a clause: ，、；。！？：, a line break. */
const CLAUSE_SEP = codeSet('，、；。！？：,;!?:\n');
const isClauseSep = (c: number) => CLAUSE_SEP.has(c);

export default { meta, plugin } satisfies Rule;

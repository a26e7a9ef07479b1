/**
 * formalism/party-plus-splicing — "党建+X" labels with no stated mechanism of
 * how party work serves X. Source: 002 §2.1 简单拼接.
 */
import { SentenceKind } from '../../parse/document.js';
import { isCritique } from '../../analysis/outline.js';
import type { Analysis } from '../../analysis/analysis.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { clauseAround, codeSet } from '../../text/chars.js';
import { hasConcreteAnchor } from '../shared/concrete.js';

/** 党建+X and 党建引领+X (the splicing 002 §2.1 criticises), and the bare “党建+” label of a programme (“党建+”工程; not “党建+”标签, the word discussed); X+党建 such as 互联网+党建 names a tool, not a splice. */
const LABEL_RE = /党建(?:引领)?\s*[+＋]\s*(?:[\u4e00-\u9fffA-Za-z0-9]{1,8}|(?=[”"」』](?:工程|模式|行动|品牌|工作法|体系|路径|举措|系列|矩阵)))/g;

/** A count right after the labels, naming them as a set: ”三条路径, ”两种模式, 等4个板块, ”2项融合模式. */
const LABEL_COUNT_RE = /^[”"」』]?(?:等|这|共)?[一二三四五六七八九十两\d]{1,2}[个条项种大类张套批]?(?:融合|工作|服务|特色|品牌)?(?:路径|模式|做法|方面|板块|工程|举措|品牌|载体|平台|行动|机制|名片|抓手|工作法|特色|亮点|主线|方向)/;

export const meta: RuleMeta = {
  id: 'formalism/party-plus-splicing',
  family: 'formalism',
  description: '“党建+”简单拼接：只贴“党建+X”标签，没有说明党建工作如何作用于X',
  rationale: '“党建+X”若只是名称上的拼接，党建工作就成了业务的附属品，既促进不了业务，也淡化了党建本身。',
  sources: [{ seed: '002', section: '§2.1', point: '盲目跟风“党建+”模式，只在形式上将党建与业务简单拼接' }],
  severity: { summary: 'warning', publicity: 'info', submission: 'warning' },
  examples: {
    bad: '支部推行“党建+安全”“党建+质量”模式，推动党建与业务深度融合。',
    good: '支部推行“党建+安全”模式：每名党员包保1个作业区域，每周开展1次隐患排查。',
  },
  url: ruleUrl('formalism/party-plus-splicing'),
};

/** A verb that only rolls a label out, right before it: 推行“…, 实施…, 推广…. */
const ROLL_OUT_RE = /(?:推行|实施|推广|打造|探索|构建|创新)[“"「]?$/;
/** A paragraph opened by saying it explains what was just named: 具体做法是：, 具体来说，, 即：. */
const EXPLAINS_RE = /^(?:具体(?:做法|来说|而言|是)|(?:主要|其)?做法是|即[：:])/;
/** A sentence opened by pointing back at what was just told: 这是…, 这就是…, 这正是…, 以上就是…. */
const POINTS_BACK_RE = /^(?:这是|这就是|这正是|这便是|以上就是|以上是)/;

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const { clean, sentences, paragraphs } = a.doc;
  if (!/[+＋]/.test(clean)) return;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.kind === SentenceKind.Heading || isCritique(a, si)) continue;
    const text = clean.slice(s.cs, s.ce);
    if (!text.includes('+') && !text.includes('＋')) continue;
    const labels = [...text.matchAll(LABEL_RE)];
    if (!labels.length) continue;
    // The mechanism may follow in the same sentence or the next one of the paragraph; a next sentence
    // that only reports business figures (公司完成投资1.6亿元) says nothing of what party work did.
    // (…or the next paragraph, when it opens by saying it explains: 具体做法是：…)
    const next = si + 1 < paragraphs[s.paragraph].s1 || (si + 1 < sentences.length && sentences[si + 1].kind === SentenceKind.Body && EXPLAINS_RE.test(clean.slice(sentences[si + 1].cs, sentences[si + 1].cs + 8))) ? si + 1 : -1;
    const first = s.cs + labels[0].index!;
    const lastM = labels[labels.length - 1];
    const last = s.cs + lastM.index! + lastM[0].length;
    // The count of the labels themselves (“党建+审判”“党建+执行”三条路径) states no mechanism.
    const count = LABEL_COUNT_RE.exec(clean.slice(last, Math.min(s.ce, last + 12)))?.[0].length ?? 0;
    // The branch that runs the labels (锻压分厂党支部推行…) says who, and a date (今年以来) when, not how:
    // neither is a mechanism.
    const how = { branches: false, dates: false };
    // Before the labels, only their own clause can say how (…管好辖区42条背街小巷，同步推行“党建+市容”… describes the
    // brand, not the labels' mechanism).
    const [lead] = clauseAround(clean, first, first, (c) => CLAUSE_END.has(c), s.cs, first);
    // (Where a label is rolled out — 在20家乡镇药店推行“党建+便民”模式 — is not how it works.)
    const rollOut = ROLL_OUT_RE.test(clean.slice(Math.max(lead, first - 4), first));
    const concrete = (!rollOut && hasConcreteAnchor(a, si, lead, first, how)) || statesMechanism(a, si, last + count, s.ce, how);
    // A sentence pointing back at what was just told (这是项目党支部推行“党建+安全”模式的具体做法。) takes its mechanism from it.
    const prev = si > paragraphs[s.paragraph].s0 || (si > 0 && sentences[si - 1].kind === SentenceKind.Body) ? si - 1 : -1;
    const pointsBack = prev >= 0 && POINTS_BACK_RE.test(clean.slice(s.bodyCs, s.bodyCs + 4));
    if (concrete || (next >= 0 && hasConcreteAnchor(a, next) && namesPartyWork(a, next) && !statesSize(a.text(next)) && !routineOnly(a.text(next))) || (pointsBack && hasConcreteAnchor(a, prev) && namesPartyWork(a, prev))) continue;
    report(file, meta, a, first, last, {
      reason: `“党建+”简单拼接：${labels.map((m) => `「${m[0]}」`).join('')}只有标签，没有说明党建如何作用于业务（载体、责任、数量或时间）`,
      note: '写出结合的具体机制：用什么载体（责任区、先锋岗）、谁负责、做多少、如何计入考核。依据：002 §2.1（简单拼接，缺乏内在逻辑关联）。',
    });
  }
};

/** A clause reporting where the business got to (产值达到1200万元, 客流同比增长12%). */
const RESULT_RE = /达到|实现|增长|增加|突破|同比|上升|下降|减少|降至|降低|(?:提高|提升|增至|升)(?:到|至)|超过/;
/** Clause ends within a sentence, by UTF-16 code: ，；：, ; : */
const CLAUSE_END = codeSet('，；：,;:');
/** Clause ends within a sentence. */
const CLAUSE_END_RE = /[，；：,;:]/g;

/**
 * Whether clean[from, to) of sentence `si` (what follows the labels) states a mechanism: a clause
 * with a concrete anchor (载体、责任人、数量、时间). A clause that only reports a business result
 * (全村茶叶产值达到1200万元) says what the business achieved, not how party work served it.
 */
function statesMechanism(a: Analysis, si: number, from: number, to: number, how: { branches: boolean; dates: boolean }): boolean {
  const clean = a.doc.clean;
  const ends = [...clean.slice(from, to).matchAll(CLAUSE_END_RE)].map((m) => from + m.index!);
  ends.push(to);
  let x = from;
  for (const y of ends) {
    if (hasConcreteAnchor(a, si, x, y, how) && !reportsBusinessResult(a, si, x, y) && !FORMULA_CLAUSE_RE.test(clean.slice(x, y))) return true;
    x = y + 1;
  }
  return false;
}

/** Whether clean[from, to) of sentence `si` reports a result (of the business, of satisfaction) without naming party work. */
function reportsBusinessResult(a: Analysis, si: number, from: number, to: number): boolean {
  const text = a.doc.clean.slice(from, to);
  return RESULT_RE.test(text) && !text.includes('党') && !a.has(si, 'carrier', undefined, from, to) && !a.has(si, 'actor', 'specific', from, to);
}

/** A clause naming the labels' system by a formula (形成了“1+4”党建工作体系): a name, no mechanism. */
const FORMULA_CLAUSE_RE = /\d+\s*[+＋]\s*\d+[”"」』]?[^，；。]{0,6}(?:体系|模式|机制|格局|品牌)/;
/** A clause counting routine party meetings and study (召开支委会12次, 上党课4次, 全年开展主题党日12次, 发展党员2名). */
const ROUTINE_COUNT_RE = /^(?:全年|今年|一年来|支部|全年支部)?[^，、；。]{0,6}?(?:支委会|党员大会|党课|主题党日|集中学习|组织生活会|民主生活会|发展党员|警示教育)[^，、；。]{0,6}?(?:\d+|[一二三四五六七八九十两]+)(?:次|名|场|期|个)$/;

/** Whether sentence text `t` only counts routine party meetings and study (全年召开支委会12次、党员大会4次，上党课4次): no mechanism. */
function routineOnly(t: string): boolean {
  const clauses = t.split(/[，、；。,;]/).map((c) => c.trim()).filter((c) => c);
  return clauses.length > 0 && clauses.every((c) => ROUTINE_COUNT_RE.test(c));
}

/** A clause stating the organisation's size: 下设5个党支部, 共有党员214名, 现有在职党员36人. */
const SIZE_RE = /^(?:[\u4e00-\u9fff]{0,8}?(?:下设|设有|现有|共有|拥有))[^，。；]{0,12}?(?:党支部|党小组|党总支|支部|党员)/;

/** Whether sentence text `t` only states the organisation's size (飞行部下设5个党支部，共有党员214名。): no mechanism. */
function statesSize(t: string): boolean {
  const clauses = t.split(/[，；。,;]/).filter((c) => c.trim());
  return clauses.length > 0 && clauses.every((c) => SIZE_RE.test(c));
}

/** Whether sentence `si` speaks of party work: 党 (党员, 党支部), a carrier (先锋岗) or a named owner (组织委员). */
function namesPartyWork(a: Analysis, si: number): boolean {
  return a.text(si).includes('党') || a.mentions(si, 'carrier') || a.has(si, 'actor', 'specific');
}

export default { meta, plugin } satisfies Rule;

/**
 * Assessment scopes: the parts of a document that set out how work is
 * assessed (考核/评价/评估/验收/考评/评分/积分). In an assessment document
 * the whole text is one scope; elsewhere a scope is a section whose heading
 * names assessment, or a paragraph that designs one (纳入考核, 进行评分…).
 * Source: rules.md assessment/*; 000 §2.2 三.
 */
import type { Analysis } from '../../analysis/analysis.js';
import { headingTags, isCritique } from '../../analysis/outline.js';
import { SentenceKind } from '../../parse/document.js';
import { matchMarker } from '../../parse/markers.js';
import type { ResolvedProfile } from '../../types.js';

/** An assessment scope in clean text, with where document-level findings go. */
export interface Scope {
  cs: number;
  ce: number;
  /** Range to place findings on: the heading title, or the first sentence. */
  anchorCs: number;
  anchorCe: number;
  /** Sentence indexes inside the scope. */
  sentences: number[];
}

/**
 * How a sentence sets up an assessment: 纳入…考核, 计入…考核, 进行…评分, 组织评价, 作为…评优的依据, 考核办法, 按…打分,
 * 对各支部品牌创建情况打分, 对…党支部品牌建设的评价, 实行积分制, 百分制.
 */
const DESIGN_RE = /((?:纳入|计入)[^，。；]{0,12}(?:考核|考评|评价)|(?:进行|开展|实行|作出|组织)[^，。；]{0,12}(?:考核|考评|评价|评估|评分|打分|验收|测评|评议|评比|评定)|作为[^，。；]{0,16}(?:考核|评优|评先|表彰)|考核(?:办法|细则|标准|结果|内容|指标|方式)|评价(?:办法|标准|体系|指标)|按[^。；]{0,40}?(?:打分|评分|计分)|对[^，。；]{0,16}?(?:党支部|支部|党组织|品牌)[^，。；]{0,12}?(?:打分|评分|考核|考评|验收|测评|的评价)|积分制|百分制|量化考核)/;

/** Scopes of the document (memoised on the analysis). */
export function assessmentScopes(a: Analysis, profile: ResolvedProfile): Scope[] {
  return a.shared('assessment.scopes', () => findScopes(a, profile));
}

/** Branches assessed on their brand or party work: 对各支部品牌创建情况进行检查验收, 对所属党支部进行考核, 对各中心支公司党支部…进行一次考核, 对各监管企业党建品牌进行验收. */
const BRANCHES_ASSESSED_RE = /对(?:各|所属|下属|全部|各基层)?[\u4e00-\u9fff]{0,8}?(?:党支部|支部|党总支|党组织|基层党组织|党建品牌)[^，。；]{0,16}(?:考核|验收|评分|打分|考评|测评|评估|评价)/;

/** A task's run-in title naming a contest it holds (开展示范评选, 组织岗位练兵比武): an activity, no assessment of the branches. */
const CONTEST_TITLE_RE = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:开展|组织|举办|举行|推行)[^，。；：:]{0,10}(?:评选|评比|比武|竞赛|评优|争创)[^，。；：:考核]{0,6}[。.]?$/;

function findScopes(a: Analysis, profile: ResolvedProfile): Scope[] {
  const { doc } = a;
  const out: Scope[] = [];
  const all = (cs: number, ce: number, anchorCs: number, anchorCe: number) => {
    out.push({ cs, ce, anchorCs, anchorCe, sentences: a.sentencesIn(cs, ce) });
  };
  if (profile === 'assessment') {
    const t = doc.title >= 0 ? doc.headings[doc.title] : null;
    const first = doc.sentences[0];
    if (first) all(0, doc.clean.length, t ? t.cs : first.cs, t ? t.ce : first.ce);
    return out;
  }
  let coveredTo = -1;
  /** The heading of the last heading scope, to merge its next sibling into it. */
  let lastHeading = -1;
  for (let hi = 0; hi < doc.headings.length; hi++) {
    const h = doc.headings[hi];
    if (hi === doc.title || h.cs < coveredTo) continue;
    // (A label reporting problems an assessment found is none: 评估组指出了三方面不足：….)
    if (!a.has(h.sentence, 'assessment', undefined, h.cs, h.ce) || isCritique(a, h.sentence)) continue;
    // (Nor a task's title naming a contest it holds: （六）开展示范评选。适时开展“党员示范岗”评选活动….)
    if (h.kind === 'runin' && CONTEST_TITLE_RE.test(h.text)) continue;
    const start = h.kind === 'line' ? doc.paragraphs[h.paragraph].cs : h.cs;
    // Sibling sections about assessment one after the other (第五条 考评内容与计分…, 第六条 考评结果运用…) are one
    // assessment: what one lacks the other may give.
    const prev = out[out.length - 1];
    const gap = prev ? doc.clean.slice(prev.ce, start).trim() : '';
    if (prev && lastHeading >= 0 && doc.headings[lastHeading].rank === h.rank && doc.headings[lastHeading].parent === h.parent && (!gap || matchMarker(gap)?.length === gap.length)) {
      prev.ce = h.bodyCe;
      prev.sentences = a.sentencesIn(prev.cs, prev.ce);
      coveredTo = h.bodyCe;
      continue;
    }
    lastHeading = hi;
    // Reported on the heading and the first sentence under it (四、考核评价\n每年12月对支部进行考核…): what the
    // section says first is where a reader looks for what it lacks.
    // (A label's first sentence is its own: 考核评价：每年年底…；)
    const own = doc.sentences[h.sentence];
    const body = own && own.ce > h.ce + 1 && h.kind === 'label' ? own : doc.sentences[h.sentence + 1];
    const anchorCe = body && body.kind !== SentenceKind.Heading && body.cs < h.bodyCe ? Math.min(body.ce, h.bodyCe) : h.ce;
    all(start, h.bodyCe, h.cs, anchorCe);
    coveredTo = h.bodyCe;
  }
  // Paragraphs about assessment outside any such section: the first sentence names it, at least two
  // sentences (or a one-sentence paragraph twice) mention it, and one designs it (纳入考核, 进行评分…).
  const headingScopes = out.length;
  let sp = 0;
  /** The paragraph scope the paragraphs after it may carry on (articles of rules, 第十条…第十一条…第十二条…), or null. */
  let open: Scope | null = null;
  for (let pi = 0; pi < doc.paragraphs.length; pi++) {
    const p = doc.paragraphs[pi];
    // Heading scopes are in document order: advance a pointer instead of searching them all.
    while (sp < headingScopes && out[sp].ce <= p.cs) sp++;
    // (A paragraph that overlaps a heading scope — one opening with a run-in title about assessment — is in it.)
    if (p.heading >= 0 || (sp < headingScopes && p.ce > out[sp].cs)) {
      if (open) open.sentences = a.sentencesIn(open.cs, open.ce);
      open = null;
      continue;
    }
    // The next paragraphs still about the assessment (its articles on weights, on results: 考核结果不与评先评优挂钩，…存档)
    // carry on the scope: what one lacks another may give.
    if (open && (a.sentencesIn(p.cs, p.ce).some((si) => a.mentions(si, 'assessment') || a.mentions(si, 'result-use')))) {
      // (Its sentences are listed once it closes: a scope running over many paragraphs stays linear.)
      open.ce = p.ce;
      continue;
    }
    if (open) open.sentences = a.sentencesIn(open.cs, open.ce);
    open = null;
    const first = p.s0;
    // (Nor a paragraph that reports problems an assessment found: 评估组指出了三方面不足：….)
    if (first >= p.s1 || doc.sentences[first].kind === SentenceKind.Heading || !a.mentions(first, 'assessment') || isCritique(a, first)) continue;
    // (Nor a row of a schedule's table, | 验收 | 适时 | 组织创建成果验收 |: a stage of the plan, no assessment of it; nor
    // a stage in prose, 2026年1月，…开展中期评估，形成评估报告1份, where the document has an assessment part of its own.)
    if (doc.sentences[first].section >= 0 && headingTags(a, doc.sentences[first].section).has('schedule') && (headingScopes > 0 || doc.clean.slice(p.cs, p.ce).includes('\t'))) continue;
    let sentencesWith = 0;
    let hits = 0;
    let design = false;
    for (let si = p.s0; si < p.s1; si++) {
      const n = a.hitsIn(si, 'assessment').length;
      hits += n;
      if (n) sentencesWith++;
      design ||= DESIGN_RE.test(a.text(si));
    }
    const body = p.s1 - p.s0;
    // (A single sentence that assesses the branches on their brand work — 年底对各支部品牌创建情况进行检查验收 — is one too.)
    const branches = body === 1 && hits === 1 && BRANCHES_ASSESSED_RE.test(a.text(p.s0));
    if (design && (body === 1 ? hits >= 2 || branches : sentencesWith >= 2 && sentencesWith * 2 >= body)) {
      // (…and so do the paragraphs just before it about the assessment: 第十二条 …每学期期末组织一次…考评。 before the
      // article on scores.)
      let from = pi;
      const prevEnd = out.length > headingScopes ? out[out.length - 1].ce : sp > 0 ? out[sp - 1].ce : 0;
      while (from > 0 && doc.paragraphs[from - 1].heading < 0 && doc.paragraphs[from - 1].cs >= prevEnd && a.sentencesIn(doc.paragraphs[from - 1].cs, doc.paragraphs[from - 1].ce).some((si) => a.mentions(si, 'assessment'))) from--;
      const s0 = doc.sentences[doc.paragraphs[from].s0];
      all(doc.paragraphs[from].cs, p.ce, s0.cs, s0.ce);
      open = out[out.length - 1];
    }
  }
  if (open) open.sentences = a.sentencesIn(open.cs, open.ce);
  return out.sort((x, y) => x.cs - y.cs);
}

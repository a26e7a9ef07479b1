/**
 * Outline facts: what each heading is about (section tags from the
 * `section` lexicon), the section context of a sentence, and the guessed
 * document profile.
 */
import type { ResolvedProfile } from '../types.js';
import type { Analysis } from './analysis.js';
import { SentenceKind } from '../parse/document.js';
import { DATE_LINE_RE } from '../parse/markers.js';

/** Section tags of the `section` lexicon. */
export type SectionTag =
  | 'meaning'
  | 'target'
  | 'measure'
  | 'schedule'
  | 'assessment'
  | 'guarantee'
  | 'promotion'
  | 'practice'
  | 'results'
  | 'problems'
  | 'next';

/**
 * Tags of heading `hi`, from hits of the `section` lexicon inside its title; a hit inside a longer one naming problems
 * counts not (整改 of 尚未完成的整改事项 names no measures). Memoised per analysis.
 */
export function headingTags(a: Analysis, hi: number): ReadonlySet<SectionTag> {
  const all = a.shared('outline.tags', () => a.doc.headings.map(() => null as Set<SectionTag> | null));
  let tags = all[hi];
  if (!tags) {
    const h = a.doc.headings[hi];
    const hits = a.hitsIn(h.sentence, 'section', undefined, h.cs, h.ce);
    tags = new Set(hits.filter((x) => !hits.some((y) => y !== x && y.entry.tag === 'problems' && y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start)).map((x) => x.entry.tag as SectionTag));
    all[hi] = tags;
  }
  return tags;
}

/** The closest enclosing heading (starting at the sentence's own section) that has any of `tags`, or -1. */
export function enclosing(a: Analysis, si: number, tags: readonly SectionTag[]): number {
  for (let h = a.doc.sentences[si].section; h >= 0; h = a.doc.headings[h].parent) {
    const t = headingTags(a, h);
    for (const tag of tags) if (t.has(tag)) return h;
  }
  return -1;
}

/**
 * As {@link enclosing}, but a form's field label with section tags of its own (工作成效：, 品牌内涵：) ends the search: the
 * parser puts such a field under the line heading above it (主要举措：), whose part it does not belong to.
 */
export function enclosingPart(a: Analysis, si: number, tags: readonly SectionTag[]): number {
  for (let h = a.doc.sentences[si].section; h >= 0; h = a.doc.headings[h].parent) {
    const t = headingTags(a, h);
    for (const tag of tags) if (t.has(tag)) return h;
    if (t.size && a.doc.headings[h].kind === 'label') return -1;
  }
  return -1;
}

/** The innermost enclosing heading that has any section tag at all, with its tags; -1 when none. */
export function sectionContext(a: Analysis, si: number): { heading: number; tags: ReadonlySet<SectionTag> } {
  const section = a.doc.sentences[si].section;
  const memo = a.shared('outline.context', () => new Map<number, { heading: number; tags: ReadonlySet<SectionTag> }>());
  let ctx = memo.get(section);
  if (!ctx) {
    ctx = { heading: -1, tags: NO_TAGS };
    for (let h = section; h >= 0; h = a.doc.headings[h].parent) {
      const t = headingTags(a, h);
      if (t.size) {
        ctx = { heading: h, tags: t };
        break;
      }
    }
    memo.set(section, ctx);
  }
  return ctx;
}

const NO_TAGS: ReadonlySet<SectionTag> = new Set();

const ASSESSMENT_TITLE = /(考核|考评|评分|评选|评比|测评|细则|评价(?:办法|标准|指标|体系|细则|表|内容|要点)|评估(?:办法|标准|细则|指标|体系)|评议|评定(?:办法|细则|标准|方案|计分表|评分表|表)|星级评定|计分表|积分(?:办法|管理办法|制度|细则|标准)|验收(?:标准|办法|细则|工作)|(?:评估|考核|检查)验收)/;
/** A plan rectifying what an assessment found (…满意度测评反馈问题的整改方案): a plan, not assessment rules. */
const RECTIFICATION_TITLE = /整改(?:方案|清单|计划|台账|措施)|(?:反馈|发现|查摆)问题(?:的|之)?(?:整改|处理)/;
const PLAN_TITLE = /(方案|规划|计划|申报|实施意见|工作要点|创建.{0,6}品牌$)/;
/** An activity's own plan (活动方案, 活动安排), or a year's work points (工作要点): no brand's creation plan. */
const ACTIVITY_TITLE = /活动(?:方案|安排|计划)|工作要点/;
/** A title about a brand or its creation. */
const BRAND_TITLE = /品牌|创建/;
const SUMMARY_TITLE = /(总结|小结|汇报|述职|综述|工作报告|报告$|经验交流|交流材料|经验材料|典型材料|交流发言)/;
/** A subtitle naming experience material: ——××党支部经验交流材料. */
const SUMMARY_SUBTITLE = /^[—－-]{1,2}[^。！？\n]{0,40}(?:经验交流|交流材料|经验材料|典型材料|交流发言)/;
/**
 * A news headline: a feature's words (纪实, 风采), a brand's introduction for a showcase (…党建品牌简介, 品牌展示材料: it tells
 * what the brand did, as a story does), a column's name in square brackets before it (【乡村振兴一线】茶山上的…),
 * or a unit's name before a colon and the story (××边境派出所：党建品牌擦亮戍边“金名片”).
 */
const PUBLICITY_TITLE = /(｜|\||专栏|品牌(?:工作)?(?:简介|介绍)$|品牌展示材料|^【[\u4e00-\u9fff]{2,10}】(?=[^【】]{4,})|推文|报道|纪实|侧记|风采|掠影|快讯|简讯|巡礼|故事|——记|—记|^(?:宣传稿|新闻稿|通讯)[：:]|(?:宣传稿|新闻稿)(?:[：:]|$)|^[【\[](?:宣传稿|新闻稿|新闻|通讯|报道|新闻报道|推文|公众号推文|快讯|简讯)[】\]])|^[^：:，。]{2,16}(?:所|局|站|院|厂|公司|中心|支部|党委|社区|街道|镇|村|队|学校|医院|大学|学院|集团|车间|支行|分行|海关)[：:][^：:]{4,}$/;
/** The markup of a page exported from the WeChat editor (rich_media, js_content, rich_pages images, <span leaf="">, images on mmbiz.qpic.cn) or 135editor (_135editor, label="edit by 135editor"). */
const EDITOR_EXPORT = /class="[^"]*(?:rich_media|rich_pages|wxw-img|_135editor)|id="js_content"|data-tools="135|edit by 135editor|<span leaf=""|mmbiz\.qpic\.cn/;
/** The marks of a news report or a post: 本报讯 (本站讯, 本台讯), a byline （通讯员 ×××）, a line 通讯员 ××× or one opening the report (通讯员 吴海燕 报道：…), a source line 来源：××公众号 / 融媒体中心 (or a line of its own naming the unit: 来源：县供销社机关党支部), a contributor line 供稿：××, a credit line (文字 ××, 图片 ××, 摄影：××, 责编：××), a WeChat post's 原创 line naming its account (原创 省农科院发布, 石坪农行　原创), an editor's credit （编辑：××）, a byline of the unit's own news office on a line of its own （院宣传科报道, 段党委宣传部供稿）, a bulletin's issue line (审计工作动态（第6期）). */
const NEWS_MARK = /本(?:报|站|台|网|刊)讯|[（(](?:通讯员|记者)|(?:^|\n)(?:通讯员|记者)[\s　：:][^\n]{1,20}(?=\n|$)|(?:^|\n)(?:通讯员|记者)[\s　]*[\u4e00-\u9fff]{2,4}[\s　]*报道[：:]|来源[：:][^\n]{0,24}(?:公众号|网|报|电视台|客户端|媒体)|(?:^|\n)来源[：:][^\n：:。，]{2,30}(?=\n|$)|(?:^|\n)[（(]?供稿[：:]|(?:^|\n)(?:文字|文／图|文\/图|图片|摄影|责编|责任编辑)[：:\s　]|(?:^|\n)原创[\s　][^\n]{2,24}(?=\n|$)|(?:^|\n)[^\n。，]{2,24}[\s　]原创(?=\n|$)|[（(]编辑[：:]|(?:^|\n)[（(][^）)\n]{2,20}(?:报道|供稿)[）)](?=\n|$)|(?:^|\n)[^\n]{0,12}(?:工作动态|简报|快讯)[（(]第[0-9一二三四五六七八九十]{1,4}期[）)](?=\n|$)/;
/** The subtitle of a feature story: ——记…, ——××党建品牌创建侧记, ——××品牌建设综述. */
const FEATURE_SUBTITLE = /^[—－-]{1,2}(?:\s*记|[^\n]{0,30}(?:侧记|纪实|故事|掠影|综述)$)/;
/** A headline's verb on a brand or its work: 打造…品牌, 擦亮…名片, 谱写…新篇. */
const HEADLINE_RE = /(?:打造|擦亮|绘就|谱写|书写|点亮|激活|跑出|筑牢|铸就|彰显|绽放|奏响|唱响|织密|架起|托起|点燃|叫响|亮出|打响)[^，。：:]{0,12}(?:品牌|名片|新篇|答卷|底色|样板|招牌|旗帜|高地|画卷|篇章)/;
/** The kind of document a title names: 方案, 总结, 办法, 通知 … (no headline). */
const DOC_KIND_RE = /方案|总结|小结|办法|细则|通知|意见|规定|制度|计划|要点|报告|汇报|述职|申报|清单|标准/;
/** A title closed by the kind of a notice or a working document: …的工作提示, …的通知, …工作安排（节选）. */
const NOTICE_KIND_END_RE = /(?:通知|提示|要点|安排|意见|办法|细则|清单)(?:[（(][^）)]*[）)])?$/;
/** Kinds of text that speak rather than report, with a headline-like title: 讲话, 党课, 倡议书, 心得体会. */
const SPEECH_KIND_RE = /讲话|发言|致辞|讲稿|党课|倡议|体会|心得|感悟|读后感|观后感|演讲/;
/** Who said it, closing or opening a quote: 李春燕说，…, …”上河村的志愿者罗小军说。 */
const SAID_RE = /(?:^|[。！？”\n，,])[^。！？“”\n，,]{0,12}?[\u4e00-\u9fff](?:说|笑着说|告诉记者|回忆说|介绍说|感慨地说|感慨道|回忆道)[，,：:。]/;
/** A third person of a story: 她, 他 (not 其他, 他们 of a report's 他们认为, 他人). */
const THIRD_PERSON_RE = /(?<![其吉利])[他她](?![们人乡山日者])/g;
/** A scene or a moment opening a story's sentence: 每当警铃响起, 初秋时节, 清晨, 如今, 这是他…. */
const SCENE_RE = /(?:^|[。！？\n])(?:每当|每逢|清晨|凌晨|傍晚|深夜|夜幕|初秋|初春|初夏|入冬|盛夏|寒冬|深秋|一大早|眼下|这是(?:他|她))/;
/** A person introduced: 有位党员医生叫刘静, 名叫, 48岁的聋人周红梅. */
const PERSON_RE = /有位|名叫|[\d一二三四五六七八九十]{2,3}岁的/;
/** A reporter's praise of those the story is about: 用实际行动诠释了…, 赢得了群众的信赖, 成为…一道亮丽的风景线. */
const PRAISE_RE = /用实际行动|用行动(?:诠释|践行|书写|证明|彰显)|(?:赢得|受到|得到)了?[^。！？]{0,16}(?:好评|赞誉|信赖|认可|称赞|充分肯定|高度评价)|一道亮丽的风景/;
/**
 * A headline of two phrases with a space or a comma between (党建赋能 点亮万家, 志愿服务暖人心，邻里守望显真情), or of a
 * name and what it did (城关实验中学：立德树人结硕果，党建引领谱新篇; 守国门，促发展：南岭海关…).
 */
const TWO_PHRASE_HEADLINE_RE = /^[\u4e00-\u9fff“”"]{2,12}[ 　，]+[\u4e00-\u9fff“”"]{2,12}$|^[\u4e00-\u9fff“”"，]{2,14}：[\u4e00-\u9fff“”"，]{4,24}$/;

/** How many signs of a story `body` (the text after the title) and its `title` show: a speaker, she or he, a scene, a person introduced, a headline's form, a reporter's praise (0–6). */
function narrativeSigns(body: string, title: string): number {
  let n = 0;
  if (SAID_RE.test(body)) n++;
  let third = 0;
  THIRD_PERSON_RE.lastIndex = 0;
  while (third < 3 && THIRD_PERSON_RE.exec(body)) third++;
  if (third >= 3) n++;
  if (SCENE_RE.test(body)) n++;
  if (PERSON_RE.test(body)) n++;
  if (TWO_PHRASE_HEADLINE_RE.test(title.trim())) n++;
  if (PRAISE_RE.test(body)) n++;
  return n;
}

/** A title of minutes: …会议纪要, …会议记录, 纪要. */
const MINUTES_TITLE = /(?:纪要|会议记录)$/;
/** The opening of a news report: 近日，… 日前，… 3月5日上午，… */
const NEWS_LEAD = /^(?:近日|日前|连日来|\d{1,2}月\d{1,2}日)/;
/** The time a report opens on: 今年以来，, 近年来，, 麦收时节，, 汛期期间，. */
const REPORT_LEAD_RE = /^(?:今年以来|近年来|近期|近来|去年以来|一年来|\d{4}年以来|[\u4e00-\u9fff]{1,6}(?:时节|期间|之际|当天))[，,]/;
const PUBLICITY_TEXT = /(近日|日上午|日下午|日晚|记者|通讯员|本报讯|据介绍|据悉|活动现场|表示|说道|感慨|分享道|写道|讲述|导语|导读|副标题|”[^“”。]{1,24}说。)/g;

/**
 * Guesses the document profile from the title, the headings and a few
 * news-style cues; `general` when nothing is clear.
 */
export function guessProfile(a: Analysis): ResolvedProfile {
  const { doc } = a;
  if (isAcademic(a)) return 'general';
  const title = documentTitle(a);
  if (title) {
    if (ASSESSMENT_TITLE.test(title) && !/总结|报告/.test(title) && !RECTIFICATION_TITLE.test(title)) return 'assessment';
    if (SUMMARY_TITLE.test(title)) return 'summary';
    // An activity plan or a rectification plan that is not about a brand (主题党日活动方案, 巡察反馈问题整改方案) is no brand
    // creation plan: it owes none of a plan's parts, and its measures are read as in any document.
    if (PLAN_TITLE.test(title)) return (ACTIVITY_TITLE.test(title) || RECTIFICATION_TITLE.test(title)) && !BRAND_TITLE.test(title) ? 'general' : 'plan';
    // (…and so is a rectification list or ledger, 整改清单, 整改台账, whoever writes it: 日报社 is no news story.)
    if (RECTIFICATION_TITLE.test(title)) return 'general';
    // (A notice about publicity work, …关于做好主题宣传报道的工作提示, is a notice: its kind closes the title.)
    if (PUBLICITY_TITLE.test(title) && !NOTICE_KIND_END_RE.test(title)) return 'publicity';
    // Minutes (…专题会议纪要) open with the meeting's date as news does (11月3日上午，…召开…), but record decisions.
    if (MINUTES_TITLE.test(title)) return 'general';
  }
  const count: Record<string, number> = {};
  for (let hi = 0; hi < doc.headings.length; hi++) {
    if (hi === doc.title || doc.headings[hi].kind === 'label') continue;
    for (const t of headingTags(a, hi)) count[t] = (count[t] ?? 0) + 1;
  }
  const summary = ['practice', 'results', 'problems', 'next'].filter((t) => count[t]).length;
  const plan = ['meaning', 'target', 'schedule', 'guarantee'].filter((t) => count[t]).length + (count.measure ? 1 : 0);
  if (summary >= 2 && summary >= plan) return 'summary';
  if (plan >= 2) return 'plan';
  // A dispatch (本报讯, 通讯员 or 记者 in the byline) or a post's source line (来源：××微信公众号) is news.
  if (NEWS_MARK.test(doc.clean.slice(0, 600)) || NEWS_MARK.test(doc.clean.slice(-300))) return 'publicity';
  // So is a page exported from the WeChat editor or 135editor: what is written there is published as a post.
  if (doc.format === 'html' && EDITOR_EXPORT.test(doc.source.slice(0, 4000))) return 'publicity';
  const second = doc.paragraphs[1];
  // A subtitle naming experience material (——××党支部经验交流材料) makes a report of practice: a summary.
  if (second && SUMMARY_SUBTITLE.test(doc.clean.slice(second.cs, Math.min(second.ce, second.cs + 60)))) return 'summary';
  // A feature's subtitle (——记化学院能源材料实验室党支部) makes it a publicity article.
  if (second && FEATURE_SUBTITLE.test(doc.clean.slice(second.cs, Math.min(second.ce, second.cs + 40)))) return 'publicity';
  // A news lead (近日，… / 3月5日，…) opening the body counts once more.
  const body = doc.sentences.find((x) => x.kind !== SentenceKind.Heading);
  const lead = body && NEWS_LEAD.test(doc.clean.slice(body.bodyCs, body.bodyCs + 12)) ? 1 : 0;
  const news = (doc.clean.slice(0, 20000).match(PUBLICITY_TEXT)?.length ?? 0) + lead;
  const marked = doc.headings.filter((h) => h.marker !== 'plain' && h.marker !== 'label' && h.marker !== 'markup').length;
  if (news >= 2 && marked <= 1) return 'publicity';
  // A story told with no mark of its kind (山路尽头的那盏灯: a teacher named, what she did, what a parent said), under a
  // headline that names no kind of document, over prose with no numbered parts.
  if (title && marked === 0 && !DOC_KIND_RE.test(title) && !SPEECH_KIND_RE.test(title) && news + narrativeSigns(doc.clean.slice(doc.paragraphs[1]?.cs ?? 0, 20000), title) >= 2) return 'publicity';
  // A headline saying what a unit does for its brand (水利局机关党委全力打造“红色先锋”党建品牌), over prose with no
  // numbered parts, is a news story.
  if (title && marked === 0 && HEADLINE_RE.test(title) && !DOC_KIND_RE.test(title)) return 'publicity';
  // So is a headline naming who acted (临港海关党员干部靠前服务保障生鲜通关, 党员志愿者走进田间地头) over prose with no
  // numbered parts that opens on the time of what it reports (今年以来，…; 麦收时节，…).
  if (title && marked === 0 && !DOC_KIND_RE.test(title) && !SPEECH_KIND_RE.test(title) && doc.title >= 0 && a.mentions(doc.headings[doc.title].sentence, 'actor') && body && REPORT_LEAD_RE.test(doc.clean.slice(body.bodyCs, body.bodyCs + 10))) return 'publicity';
  return 'general';
}

/** The signature of the issuing body: 中共××中学初中部教师支部委员会, ××村党总支. */
const SIGNATURE_RE = /^(?:中共|中国共产党)?[^，。；：:\s]{2,40}(?:委员会|党委|党总支|党支部|总支部|支部|党组|党工委)$/;

/**
 * Whether sentence `si` is the document's signature: the name of the issuing body alone on a line, the last line or the
 * one above the date. It names the writer's unit, no measure (中共…初中部教师支部委员会 answers no problem of 教师).
 */
export function signsOff(a: Analysis, si: number): boolean {
  const { doc } = a;
  const s = doc.sentences[si];
  const p = doc.paragraphs[s.paragraph];
  if (p.s1 - p.s0 !== 1 || !SIGNATURE_RE.test(doc.clean.slice(p.cs, p.ce).trim())) return false;
  const next = doc.paragraphs[s.paragraph + 1];
  return !next || DATE_LINE_RE.test(doc.clean.slice(next.cs, next.ce).trim());
}

/** The document's title: its title heading's text, or a short unpunctuated first line; '' when it has none. */
export function documentTitle(a: Analysis): string {
  return a.doc.title >= 0 ? a.doc.headings[a.doc.title].text : firstLine(a);
}

function firstLine(a: Analysis): string {
  const p = a.doc.paragraphs[0];
  // A title is a short unpunctuated first line with more text after it.
  if (!p || a.doc.paragraphs.length < 2 || (p.heading >= 0 && a.doc.headings[p.heading].marker !== 'plain')) return '';
  const t = a.doc.clean.slice(p.cs, p.ce);
  return t.length <= 60 && !/[。！？；]/.test(t) ? t : '';
}

/** A paper's abstract label (摘要：, [摘要], 【摘  要】) or keywords; not 摘要 in a title (讲话（摘要）), which marks an excerpt. */
const PAPER_MARK = /(?:^|[\n\s［\[【])摘\s*要\s*(?:[：:]|[］\]】])|关\s*键\s*词|参考文献|Abstract|DOI\b/;
const PAPER_HEADINGS = /^(?:引言|前言|结语|结束语|结论|参考文献)$/;

/**
 * Whether the document is an academic paper (abstract, keywords, references,
 * or an introduction and a conclusion), like the seed papers. A paper argues
 * rather than commits, so measure rules do not read its 要/应 sentences as
 * measures.
 */
export function isAcademic(a: Analysis): boolean {
  return a.shared('outline.academic', () => {
    if (PAPER_MARK.test(a.doc.clean.slice(0, 3000)) || /参考文献/.test(a.doc.clean.slice(-6000))) return true;
    return a.doc.headings.filter((h) => PAPER_HEADINGS.test(h.text.replace(/\s/g, ''))).length >= 2;
  });
}

/** A sentence criticising formalism or stating a fault (造成 as the end of 改造成/打造成 makes something, and blames nothing). */
const CRITIQUE_RE = /面子工程|形式主义|重形式|流于形式|走过场|一阵风|简单拼接|存在.{0,24}(?:问题|现象|倾向)|导致|(?<![改打建塑营制])造成|忽视|忽略|缺乏|缺少|堆砌|套话|空话|(?:之|这)类(?:的)?(?:词|话|字眼|提法)|(?:靠|凭)的(?:不是|并非)|不是(?:靠)?(?:标语|口号|喊)|喊口号/;

/**
 * Whether sentence `si` describes a problem rather than doing the thing: it
 * stands in a 问题/不足 section, or criticises (面子工程, 存在…问题, 导致…, 靠的不是标语).
 * Formalism rules do not flag a sentence that names formalism to criticise it.
 */
export function isCritique(a: Analysis, si: number): boolean {
  // Several formalism rules ask about the same sentences: memoised per sentence (0 unknown, 1 yes, 2 no).
  const memo = a.shared('outline.critique', () => new Int8Array(a.doc.sentences.length));
  if (!memo[si]) memo[si] = critique(a, si) ? 1 : 2;
  return memo[si] === 1;
}

function critique(a: Analysis, si: number): boolean {
  if (CRITIQUE_RE.test(a.text(si))) return true;
  const h = enclosing(a, si, ['problems']);
  // (A section of both what was done and what is lacking, 创建基础与问题, criticises only in its critical sentences.)
  return h >= 0 && !/措施|对策|整改|打算|下一步|基础|成效|成绩|做法|现状/.test(a.doc.headings[h].text);
}

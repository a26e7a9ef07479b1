/**
 * Measure sentences (措施句) and their elements — who (owner), by when
 * (deadline) and how much (target) — computed once per document and shared
 * by the four measure rules.
 *
 * A measure sentence commits to doing something: it has a directive word
 * (要/将/拟/应/须/确保…), assigns a task (由…负责/牵头), or stands under a
 * measure heading (措施/举措/对策/下一步/重点任务…) without reporting past
 * work (已/…了/累计). Sources: 000 §2.2–2.3, 002 §3.3.
 */
import { AnchorKind, NO_HITS, type Analysis, type Hit } from '../../analysis/analysis.js';
import { headingTags, isAcademic, isCritique, sectionContext, type SectionTag } from '../../analysis/outline.js';
import { SentenceKind } from '../../parse/document.js';
import { FIELD_LABEL, markerAt, TASK_NAMES, TASK_NUMBER } from '../../parse/markers.js';
import { codeSet, isSpace, trimSentenceEnd } from '../../text/chars.js';
import type { ResolvedProfile } from '../../types.js';
import { hanIn, hasConcreteAnchor, looksBack, namesBranch, UNSIZED_BATCH_RE } from './concrete.js';

/** One measure sentence and what it states. Offsets are clean-text offsets. */
export interface Measure {
  /** Sentence index. */
  si: number;
  /** Reported range: the sentence body (after a run-in label), or a form's fields from the first. */
  cs: number;
  ce: number;
  /** Owner: a specific actor, the writing unit itself, a vague actor only, or none. */
  owner: 'specific' | 'unit' | 'vague' | 'none';
  /** The vague actor hits (有关部门) when the owner is vague. */
  vagueOwners: Hit[];
  /** A time node or cycle is stated (here or earlier in the paragraph). */
  deadline: boolean;
  /** Vague time words (适时, 尽快) in the sentence. */
  vagueTimes: Hit[];
  /** A quantity, a 《document》 or a deliverable is stated. */
  target: boolean;
  /** Clean offset where an owner/deadline phrase can be inserted (after a leading discourse marker). */
  insertAt: number;
  /** Read only for its vague owner: an assessment's article handing a task to 相关部门 (no follow-up of the assessment). */
  ownerOnly?: boolean;
}

/**
 * 由X负责 / 负总责 / 牵头, or 由X于 + a date (由仓储科于2025年8月31日前补齐…), or a body named by its kind
 * before where, for whom or how often it acts (由站务党支部在12座车站…, 由工会每季度…); 由于 and 由此 are conjunctions
 * (由于兼任…负责工作 assigns nothing).
 */
const ASSIGN_RE = /由(?![于此])([^，。；：,;]{2,24}?)(?:(?<!首问|首接)负责(?!人)|负总责|总负责|抓总|牵头|带队|挂帅|领衔|组织|承办|主抓|具体落实|落实|实施|推进|完成|安排|拨付|列支|协调|处理|办理|专账管理|管理(?=[，。；]|$)|(?=于(?:[0-9一二三四五六七八九十〇]|本月|本季度|本年|今年|明年|次年|年内|年底|月底)|近期|尽快|适时|择机)|(?<=党支部|党总支|党委|党组|支委|科|处|室|中心|办公室|小组|委员会|局|队|站|所|公司|工会|团委|妇联)(?=在|对|向|为|按|每|通过|会同|联合|带领))/;
/** A charge given by 由: 由宣传委员负责, 由支部书记牵头 (not 由党员员工提供…服务, nor 由党员承担首问负责: a duty's name). */
const CHARGE_RE = /由(?![于此])[^，。；：,;]{2,16}?(?:(?<!首问|首接)负责(?!人)|负总责|总负责|抓总|牵头|主抓)/;
/** {@link ASSIGN_RE}, every match. */
const ASSIGN_ALL_RE = new RegExp(ASSIGN_RE.source, 'g');
/** Fields of a task laid out as a form (责任单位：…；完成时限：…；工作目标：…): under a task heading, a measure. */
const FIELD_RE = new RegExp(FIELD_LABEL);
/** First characters of a form field's label (责任人, 牵头, 牵头责任人, 第一责任人, 配合, 完成时限, 办结时限, 时间节点, 目标, 工作目标, 工作要求, 整改目标, 预期成果, 预期成效, 成果形式, 交付成果, 督办事项). */
const FIELD_FIRST = codeSet('责牵主配完时目工整预成交任事项【实具考验量建服第直办督');
/** The labels naming a task in a form: 工作事项：, 任务名称：, 任务三：, 【工作事项】, 【任务二】. */
const TASK_NAME = `(?:(?:${TASK_NAMES}|${TASK_NUMBER})[:：]|【(?:${TASK_NAMES}|${TASK_NUMBER})】)`;
const TASK_NAME_LABEL_RE = new RegExp(`^${TASK_NAME}$`);
/** A line opening the next task's record with its name: 工作事项：…. */
const TASK_NAME_START_RE = new RegExp(`^${TASK_NAME}`);
/** Form fields in brackets after a measure: （责任单位：…；完成时限：…）. */
const BRACKET_FIELD_RE = new RegExp(`^[（(]\\s*${FIELD_RE.source}`);
/** Whether UTF-16 code `c` opens a round bracket: （ or (. */
const isBracketOpen = (c: number) => c === 0xff08 || c === 40;
/** A sentence that is one field of such a form. */
const FIELD_START_RE = new RegExp(`^${FIELD_RE.source}`);
/** An owner field's value that names no one yet (待定, 暂无), up to the end of its field: a regular-expression source. */
const UNDECIDED = String.raw`(?:待定|暂定|未定|待明确|待确定|暂无|无|另定)(?:[，。；,;\s]|$)`;
/** An owner named as such: 基金监管科为第一责任科室, 责任人：组织委员李某, 牵头科室：知识产权科, 【责任部门】药学部 (not 责任人：待定). */
const RESPONSIBLE_RE = new RegExp(String.raw`[\u4e00-\u9fff]{2}(?:为|作为|是)(?:第一)?责任(?:单位|部门|科室|处室|人|主体)|(?:牵头|责任|主责)(?:单位|部门|科室|处室|领导|人)为[\u4e00-\u9fff]|(?:责任(?:人|单位|部门|科室|处室|领导)|负责(?:人|单位|部门)|牵头(?:单位|部门|科室|处室|领导|人)?|主责(?:单位|部门|科室|处室))(?:[:：]|(?<=【[\u4e00-\u9fff]{2,4})】)\s*(?!${UNDECIDED})[\u4e00-\u9fff]`);
const LEAD_RE = /^(?:下一步|今后|同时|此外|另外|其次|最后|首先|为此|因此|对此|在此基础上|建议|一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|会议(?:要求|强调|明确|决定|指出|认为))[，,：:]?/;
const WEAK_MODALS = new Set(['将', '确保', '力争', '争取']);
/** Reported speech: 他指出，我们要…, 老班长常说：“干检修要…”, 大家纷纷表示要…, 他在发言中谈到，…他认为党员要… and 负责人指出部门将… are not the writer's own commitment (也就是说，… is). */
const SPEECH_RE = /(?:指出|强调|表示|提出|希望|勉励|叮嘱|号召|倡议|寄语|嘱咐|告诫|坦言|谈到|(?<![是如比])说)[，,：:]|(?:表示|指出|介绍|坦言|表态|认为)[^，。；]{0,6}?(?:要|将|一定)/;
/** What follows a future 将 (将于3月, 将继续, 将组建); a 将 followed by a noun is the object marker (将A纳入B). */
const FUTURE_JIANG_NEXT = /^(?:于|在|从|自|以|把|对|与|和|同|由|带领|带动|会同|联合|协同|继续|进一步|持续|不断|全面|着力|重点|逐步|加快|加强|加大|深入|积极|切实|大力|围绕|聚焦|按照|组织|开展|建立|健全|组建|推动|推进|完善|举办|实施|启动|制定|开通|设立|成立|选派|召开|发布|打造|创建|培育|形成|完成|力争|争取|尽快|适时|择机|择时|近期|抓紧|陆续|定期|每|牵头|结合|负责|统筹|修订|编制|配备|配齐|落实|推出|上线|新增|增设|出台|编印|印发)/;
/** A sentence ending in 如下 or pointing to a table (…总结如下。, …报告如下：, 具体如下表。, 详见附表): it introduces what follows. */
const AS_FOLLOWS_RE = /(?:如下|如下表|见下表|见附表|见附件)[。：:]?\s*$/;
/** What precedes a future 将: an actor or a time word within the clause. */
const FUTURE_JIANG_PREV = /(?:支部|党委|党组|总支|我们|本人|我|学院|学校|单位|公司|车间|部门|委员|书记|政府|下一步|今后|明年|年内|届时|近期|拟|也|还|均|都|仍)(?:[（(][^）)]{1,8}[）)])?[^，。；]{0,3}$/;
/** A unit right before its speech verb (站党总支表示，下一步将…): the unit states its own commitment; so does a meeting in its minutes (会议强调，要…). */
const UNIT_SPEAKS_RE = /(?:党总支|党支部|党委|党组|支部|我们|会议)(?:也|还|均)?$/;

/** Whether `text` reports what someone other than the writing unit said ({@link SPEECH_RE}). */
function reportedSpeech(text: string): boolean {
  const m = SPEECH_RE.exec(text);
  // (…nor is a spokesman's word on what the unit will do: 支部书记陶立新表示，支部将尽快….)
  return !!m && !UNIT_SPEAKS_RE.test(text.slice(Math.max(0, m.index - 6), m.index)) && !UNIT_WILL_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
}
/** The writing unit as the subject of what its spokesman says (…表示，支部将…), as a regular-expression source. */
const SPOKEN_UNIT = '(?:党总支|党支部|党委|党组|支部|我们|中心|公司|分公司|学院|单位)(?:也|还)?';
/** The writing unit as the subject of what a spokesman says it will do: 支部将…, 我们还要…. */
// (…after a lead of its own, 下一步，支部将…, 针对…问题，支部将…; or with the spokesman's unit left understood: 近期将在村里再建….)
const UNIT_WILL_RE = new RegExp(`^(?:[^，。；“”]{0,24}[，,])?(?:[^，。；“”]{0,2}${SPOKEN_UNIT}(?:近期|下一步|今后|明年|年内)?|(?:近期|下一步|今后|明年|年内))(?:将|要)`);

const RHETORIC_RE = /(只有|才能|如果|假如|倘若|要想|一旦|不仅|之所以|是否|为什么|怎样|如何|却要)/;
/**
 * A modal asking for a frame of mind, not a task: 要深刻认识到…, 必须始终保持头脑清醒, 要始终牢记，…, 大家要记住，…, 必须清醒地看到，…, 应当倍加珍惜这些经验,
 * 理应有这样的自觉 (a speech's exhortation, with nothing to do by a date). Not a pledge with an object (要牢记初心使命，持续深化…):
 * its stock phrases are a measure's, and owe a date and a target.
 */
const MINDSET_RE = /(?:要|必须|应当|应该|理应|须)(?:(?:始终|深刻|清醒|充分|进一步|时刻|倍加|更加|都)地?)*(?:(?<=深刻地?|充分地?|清醒地?)认识|认识到|认识其|认识这|认清|看到|意识到|懂得|明白|保持(?:头脑)?清醒|有这样的|有一本明白账|(?:牢记|铭记|记住)[，,：:]|珍惜这)/;

/** Measures of the document (memoised on the analysis). */
export function measures(a: Analysis, profile?: ResolvedProfile): Measure[] {
  const mode = profile === 'publicity' || profile === 'assessment' || profile === 'summary' ? profile : 'all';
  return a.shared(`measures.${mode}`, () => (isAcademic(a) ? [] : findMeasures(a, mode)));
}

/**
 * Measures of the document. `mode`:
 * - `all`: every measure sentence;
 * - `summary`: as `all`, but the practice and results sections of a summary (主要做法, 工作成效) report
 *   arrangements already made (每个控制点由1名党员负责巡检): no assignment there is a measure;
 * - `publicity`: only the unit's own pledges of what comes next (a publicity article narrates and quotes);
 * - `assessment`: only the follow-up of an assessment (下一步…要…, 针对上述问题，…要…) and tasks handed to a
 *   vague actor (由相关部门负责组织): the rules' own articles (本细则由…负责解释, 每季度由…打分) set out a
 *   procedure, and commit to no task.
 */
function findMeasures(a: Analysis, mode: 'all' | 'summary' | 'publicity' | 'assessment'): Measure[] {
  const publicity = mode === 'publicity';
  const { doc } = a;
  const out: Measure[] = [];
  // Owner and deadline of whole sentence bodies, memoised: a paragraph's later measures look back at its earlier sentences.
  const owners: Array<ReturnType<typeof ownerOf> | undefined> = [];
  const deadlines = new Int8Array(doc.sentences.length); // 0 unknown, 1 yes, 2 no
  const ownerOfSentence = (si: number) => {
    const t = doc.sentences[si];
    // A label may name the owner of what follows it (由支部书记统筹推进：2025年3月底前完成…).
    return (owners[si] ??= labelOwner(ownerOf(a, si, t.bodyCs, t.ce), si, t));
  };
  // …or be a clause whose subject is the unit (支部按三个阶段推进：2025年1月至3月为启动阶段，完成…).
  const labelOwner = (o: ReturnType<typeof ownerOf>, si: number, t: (typeof doc.sentences)[number]) => {
    if (o.owner !== 'none' || t.bodyCs <= t.cs) return o;
    if (!hasAssign(doc.clean, t.cs, t.bodyCs) && !LABEL_SUBJECT_RE.test(doc.clean.slice(t.cs, t.bodyCs))) return o;
    return ownerOf(a, si, t.cs, t.ce);
  };
  /** Whether heading `h` or one above it names who leads the tasks under it; memoised by heading. */
  const headingOwners = new Int8Array(doc.headings.length);
  const headingOwner = (h: number): boolean => {
    if (h < 0) return false;
    if (!headingOwners[h]) {
      const hd = doc.headings[h];
      // (…or a sub-heading that is only a body's name under a heading of duties: 三、责任分工\n（一）党委办公室\n1.….)
      const body = BODY_HEADING_RE.test(hd.text) && hd.parent >= 0 && DUTIES_HEADING_RE.test(doc.headings[hd.parent].text);
      // (A notice's salutation, 各车间党支部：, addresses the readers: it leads no tasks.)
      const named = h !== doc.title && !isSalutation(hd.text) && (body || (OWNER_WORD_RE.test(hd.text) && ['specific', 'unit'].includes(ownerOf(a, hd.sentence, hd.cs, hd.ce).owner)));
      headingOwners[h] = named || headingOwner(hd.parent) ? 1 : 2;
    }
    return headingOwners[h] === 1;
  };
  /**
   * Whether heading `h`, a sub-heading grouping tasks by when they are due (（一）2025年上半年任务, （二）第三季度重点工作), states
   * that time; memoised by heading. A chapter heading (四、2025年打算, ## 三、下半年工作计划) names the part of the
   * document, not a time node of each task in it.
   */
  const headingDeadlines = new Int8Array(doc.headings.length);
  const headingDeadline = (h: number): boolean => {
    if (h < 0 || h === doc.title) return false;
    // (…and so does a chapter heading stating the deadline in brackets: 一、工作安排（完成时限：2025年6月30日）, 一、摸底阶段（6月15日前完成）.)
    if (!SUB_HEADING_MARKERS.has(doc.headings[h].marker) && !DEADLINE_FIELD_RE.test(doc.headings[h].text)) return false;
    if (!headingDeadlines[h]) {
      const hd = doc.headings[h];
      headingDeadlines[h] = deadlineIn(a, hd.sentence, hd.cs, hd.ce) ? 1 : 2;
    }
    return headingDeadlines[h] === 1;
  };
  /** The vague times of heading `h`, a sub-heading over tasks (（二）推进阶段（近期）); memoised by heading. */
  const headingVagues: Hit[][] = [];
  const headingVague = (h: number): Hit[] => {
    if (h < 0 || h === doc.title || !SUB_HEADING_MARKERS.has(doc.headings[h].marker)) return NO_HITS;
    const hd = doc.headings[h];
    return (headingVagues[h] ??= a.hitsIn(hd.sentence, 'time', 'vague', hd.cs, hd.ce));
  };
  /**
   * The task title line opening at sentence `si` with its fields in brackets (（一）党员教师学业导航计划（牵头：…；完成时限：…）),
   * when a paragraph without a marker of the same rank follows to arrange the task: its marker's rank, owner and deadline.
   */
  const titleWithFields = (si: number) => {
    const s = doc.sentences[si];
    const p = doc.paragraphs[s.paragraph];
    const marker = markerAt(doc.clean, p.cs);
    const next = doc.paragraphs[s.paragraph + 1];
    if (!marker || !next || next.heading >= 0 || (markerAt(doc.clean, next.cs)?.rank ?? 99) <= marker.rank) return undefined;
    const body = doc.clean.slice(p.cs + marker.length, p.ce).trim();
    if (!TITLE_FIELDS_RE.test(body)) return undefined;
    let owner: 'specific' | 'unit' | 'none' = 'none';
    let deadline = false;
    for (let sj = si; sj < p.s1; sj++) {
      const t = doc.sentences[sj];
      const o = ownerOf(a, sj, t.cs, t.ce).owner;
      if (o === 'specific' || (o === 'unit' && owner === 'none')) owner = o;
      deadline ||= deadlineOfSentence(sj);
    }
    return owner !== 'none' || deadline ? { paragraph: s.paragraph, rank: marker.rank, owner, deadline } : undefined;
  };
  /** Whether sentence `si` is a numbered item's title alone on its line with sub-items on the lines after it. */
  const listTitle = (si: number): boolean => {
    const s = doc.sentences[si];
    const p = doc.paragraphs[s.paragraph];
    const own = p.s1 - p.s0 === 1 ? markerAt(doc.clean, p.cs) : null;
    if (!own || hanIn(a, s.bodyCs, s.ce, LIST_TITLE_MAX + 1) > LIST_TITLE_MAX) return false;
    const next = doc.paragraphs[s.paragraph + 1];
    const sub = next && next.heading < 0 ? markerAt(doc.clean, next.cs) : null;
    return !!sub && sub.rank > own.rank;
  };
  const deadlineOfSentence = (si: number) => {
    if (!deadlines[si]) {
      const t = doc.sentences[si];
      deadlines[si] = deadlineIn(a, si, t.bodyCs, t.ce) ? 1 : 2;
    }
    return deadlines[si] === 1;
  };
  /** The measures whose owner a form's owner field (责任人：…) has given: the other fields (目标：每名党员…) name no owner. */
  const ownerByField = new Set<Measure>();
  /** Gives measure `m` what sentence `sj` (a field line, or a sentence naming the task) says of it: owner `o`, deadline, target, vague times. */
  const absorb = (m: Measure, sj: number, o: ReturnType<typeof ownerOf>) => {
    const t = doc.sentences[sj];
    const field = OWNER_FIELD_START_RE.test(doc.clean.slice(t.cs, t.cs + 8));
    if (ownerByField.has(m) && !field) {
      // (The owner field has spoken.)
    } else if ((field && o.owner !== 'none') || o.owner === 'specific' || o.owner === 'unit' || (o.owner === 'vague' && m.owner === 'none')) {
      m.owner = o.owner;
      m.vagueOwners = o.owner === 'vague' ? o.vague : NO_HITS;
    }
    if (field) ownerByField.add(m);
    if (deadlineOfSentence(sj)) m.deadline = true;
    if (!m.target && targetIn(a, sj, t.bodyCs, t.ce)) m.target = true;
    const vagueTimes = a.hitsIn(sj, 'time', 'vague', t.bodyCs, t.ce);
    if (vagueTimes.length) m.vagueTimes = [...m.vagueTimes, ...vagueTimes];
  };
  /**
   * A sentence giving the owner or the deadline of the items listed after it (以下任务的完成时限均为2025年6月30日：;
   * 由委机关党委牵头，以下三项工作均在2025年9月30日前完成。), while those items are read; else undefined.
   */
  let listLead: { owner: boolean; deadline: boolean; section: number; vague?: Hit[] } | undefined;
  /**
   * A task's title line with its fields in brackets (（一）党员教师学业导航计划（牵头：…；完成时限：…）) over the
   * paragraphs that arrange it: the owner and deadline they borrow, from the title's paragraph on; else undefined.
   */
  let titleFields: ReturnType<typeof titleWithFields>;
  /** Whether heading `h` is section `ancestor`'s sub-heading, at any depth (not the section's own heading). */
  const within = (h: number, ancestor: number): boolean => {
    if (h < 0 || ancestor < 0 || h === ancestor) return false;
    for (let k = doc.headings[h].parent; k >= 0; k = doc.headings[k].parent) if (k === ancestor) return true;
    return false;
  };
  /** Whether the sentence before `si` is a table row (a tab in it) on the line before. */
  const prevRow = (si: number): boolean => {
    const p = doc.sentences[si - 1];
    return !!p && hasTab(doc.clean, p.bodyCs, p.ce) && doc.clean.indexOf('\n', p.ce) === lineStart(doc.clean, doc.sentences[si].cs) - 1;
  };
  /**
   * Whether heading sentence `si` is a numbered group row between two rows of a table (a tab in each): 二、审判执行方面
   * spanning the table. (A plain line there, 技术攻关突击队, is a cell wrapped onto a line of its own.)
   */
  const groupRow = (si: number): boolean => {
    const p = doc.sentences[si - 1];
    const n = doc.sentences[si + 1];
    return !!p && !!n && hasTab(doc.clean, p.bodyCs, p.ce) && hasTab(doc.clean, n.bodyCs, n.ce) && !!markerAt(doc.clean, doc.sentences[si].cs);
  };
  /** Whether a form field's label (责任人：, 完成时限：) opens the text at clean offset `cs`. */
  const opensField = (cs: number): boolean => FIELD_FIRST.has(doc.clean.charCodeAt(cs)) && FIELD_START_RE.test(doc.clean.slice(cs, cs + 8));
  /**
   * The first field line after heading sentence `si` when the heading is a numbered task (2. 开展…宣讲), or a task on a
   * line of its own (an HTML list item's first line: <li>开展…帮扶<br>责任人：…), and the lines right after it are its
   * form's fields (责任人：…, 完成时限：…); else -1.
   */
  const taskWithFieldLines = (si: number): number => {
    const p = doc.paragraphs[doc.sentences[si].paragraph];
    const h = p.heading >= 0 ? doc.headings[p.heading] : undefined;
    if (!h || h.kind !== 'line' || p.heading === doc.title || h.marker === 'markup' || h.marker === 'label' || (h.marker === 'plain' && /[:：]/.test(h.text)) || !a.has(si, 'directive', 'verb', h.cs, h.ce)) return -1;
    const next = si + 1 < doc.sentences.length ? doc.sentences[si + 1] : undefined;
    return next && opensField(next.cs) ? si + 1 : -1;
  };
  /** Where the paragraphs that markup makes list items (<li>, - ) start, by clean offset. */
  const itemStarts = new Set(doc.paragraphs.filter((p) => p.item).map((p) => p.cs));
  /**
   * Whether a line starting at clean offset `cs` is an item of a list: numbered (1.), bulleted (- ), a markup list item or, when `rows`,
   * a table row (which keeps a lead's owner and date for the rows that are measures, but makes no row a measure).
   */
  const itemAt = (cs: number, rows = true): boolean => {
    if (markerAt(doc.clean, cs) || BULLET_RE.test(doc.clean.slice(cs, cs + 2)) || itemStarts.has(cs)) return true;
    if (!rows) return false;
    const eol = doc.clean.indexOf('\n', cs);
    return doc.clean.slice(cs, eol < 0 ? doc.clean.length : eol).includes('\t');
  };
  let last = -1;
  /** The sentence announcing the items after it (…开展以下工作。一是…), or -1. */
  let announced = -1;
  /** The measure the last sentence read went on with (该项工作…, 小分队于…), whose next sentence may go on with it too. */
  let continued: Measure | undefined;
  /** The paragraph of a list of problems being read, or -1. */
  let problemListParagraph = -1;
  /** The paragraph of a list of problems numbered in words (…以下不足：第一，…。第二，…。), or -1: its later items are problems. */
  let problemItemsParagraph = -1;
  let fieldTarget = false;
  let fieldStart = -1;
  /** The 责任人 column of the table being read (from its header row), or -1; reset by a line that is no row. */
  let ownerColumn = -1;
  /** The 措施 column of the table being read, or -1: each row with a measure in it is a measure (its problem cell aside). */
  let measureColumn = -1;
  // Whether the current table's header has a target column (目标, 成果): a schedule without one (时间 | 任务 |
  // 责任人) sets out when, and its rows restate tasks whose targets the measures above give.
  let targetColumn = true;
  /** Whether the document holds a tab at all (a table's rows): most hold none. */
  const tabs = doc.clean.includes('\t');
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    // A list's lead sentence (a heading line too), and the items after it: paragraphs opening with a marker.
    // (…or a line ending at a colon that names an owner or a date for the sub-items after it: 由支部书记陈立新负责：)
    const endsAtColon = s.kind === SentenceKind.Body && (doc.clean.charCodeAt(s.ce - 1) === 0xff1a || doc.clean.charCodeAt(s.ce - 1) === 58);
    // (A lead the parser took for the sentence's label, 支部将重点抓好以下三件事：一是…, is read from the label on.)
    const leadFrom = s.bodyCs > s.cs && LIST_LEAD_RE.test(doc.clean.slice(s.cs, s.bodyCs)) ? s.cs : s.bodyCs;
    // (A lead reporting work done, 2024年，社区党支部主要开展了以下工作。, introduces a report: it gives nothing to what follows.)
    const lead = (LIST_LEAD_RE.test(doc.clean.slice(leadFrom, s.ce)) || (endsAtColon && s.ce === doc.paragraphs[s.paragraph].ce)) && !a.has(si, 'past', undefined, leadFrom, s.ce);
    if (lead) {
      // (Only the lead itself, not a first item after its colon in the same sentence: …以下工作：一是…2025年4月底前….)
      const first = FIRST_ITEM_AFTER_COLON_RE.exec(doc.clean.slice(leadFrom, s.ce));
      const leadEnd = first ? leadFrom + first.index : s.ce;
      const lo = first ? ownerOf(a, si, leadFrom, leadEnd) : ownerOfSentence(si);
      const owner = lo.owner === 'specific' || lo.owner === 'unit';
      const deadline = first ? deadlineIn(a, si, leadFrom, leadEnd) : deadlineOfSentence(si);
      // (A lead handing the items to a vague owner, 以下工作由有关处室负责落实：, leaves them with that vague owner.)
      const vagueLead = lo.owner === 'vague' && !first ? lo.vague : undefined;
      // (A lead announcing arrangements, 现对有关工作作如下安排：, makes the items under it tasks, though it names no owner or date.)
      const arranges = !first && endsAtColon && ARRANGE_LEAD_RE.test(doc.clean.slice(s.bodyCs, s.ce));
      listLead = owner || deadline || vagueLead || arranges ? { owner, deadline, section: s.section, ...(vagueLead && { vague: vagueLead }) } : undefined;
      // A lead ending its paragraph before numbered items (各阶段工作由支部书记孟庆华负总责。1.调研摸底阶段：…) sets no task
      // of its own: it gives them its owner or date.
      // (…and so does one before its section's sub-headings: 本部分工作由…党总支牵头负责。\n1.划分责任区\n（1）….)
      const next = doc.paragraphs[s.paragraph + 1];
      if (listLead && !first && si === doc.paragraphs[s.paragraph].s1 - 1 && next && (next.heading < 0 ? itemAt(next.cs) : within(next.heading, s.section))) continue;
    } else if (listLead) {
      // The lead holds for the items after it, and for everything under its section's sub-headings
      // (以下工作由…牵头，2025年9月30日前全部完成：\n1.光纤入户攻坚\n完成12个行政村…).
      const under = s.section !== listLead.section && within(s.section, listLead.section);
      if (s.kind === SentenceKind.Heading ? !within(doc.paragraphs[s.paragraph].heading, listLead.section) : s.cs === doc.paragraphs[s.paragraph].cs && !itemAt(s.cs) && !under) listLead = undefined;
    }
    if (titleFields && s.paragraph !== titleFields.paragraph && (s.kind === SentenceKind.Heading || (s.cs === doc.paragraphs[s.paragraph].cs && (markerAt(doc.clean, s.cs)?.rank ?? 99) <= titleFields.rank))) titleFields = undefined;
    if (s.kind === SentenceKind.Body && si === doc.paragraphs[s.paragraph].s0 && !titleFields) {
      const title = titleWithFields(si);
      if (title) {
        titleFields = title;
        si = doc.paragraphs[s.paragraph].s1 - 1;
        continue;
      }
    }
    if (titleFields?.paragraph === s.paragraph) continue;
    // A task named on a numbered line of its own, its form's fields on the lines after it (2. 开展防空防灾知识进社区宣讲\n
    // 责任人：待定\n完成时限：…\n目标：…): one measure, the title its body, the fields its owner, deadline and target.
    const fieldsFrom = s.kind === SentenceKind.Heading ? taskWithFieldLines(si) : -1;
    if (fieldsFrom >= 0) {
      const h = doc.headings[doc.paragraphs[s.paragraph].heading];
      const m: Measure = { si, cs: h.cs, ce: h.ce, owner: 'none', vagueOwners: NO_HITS, deadline: false, vagueTimes: NO_HITS, target: false, insertAt: h.cs };
      let sj = fieldsFrom;
      for (; sj < doc.sentences.length && opensField(doc.sentences[sj].cs); sj++) {
        const t = doc.sentences[sj];
        absorb(m, sj, ownerOf(a, sj, t.cs, t.ce));
        m.ce = trimSentenceEnd(doc.clean, t.ce);
      }
      // (…and the prose after the fields, up to the next title, says what the task does: 对全镇17个台区进行增容改造，整改率达到100%.)
      for (; sj < doc.sentences.length && doc.sentences[sj].kind === SentenceKind.Body && !markerAt(doc.clean, doc.sentences[sj].cs); sj++) absorb(m, sj, ownerOfSentence(sj));
      out.push(m);
      last = sj - 1;
      si = sj - 1;
      continue;
    }
    if (s.kind !== SentenceKind.Body) {
      // (A group row spanning the table, <td colspan="4">二、审判执行方面</td>, is a heading between rows of one table:
      // the header's columns hold on below it.)
      if (!tabs || !groupRow(si)) {
        ownerColumn = measureColumn = -1;
        targetColumn = true;
      }
      // (A problem list's last item may be read as a run-in title, 三是党员学习笔记普遍简单。: its full stop ends the list.)
      if (problemListParagraph === s.paragraph && doc.clean.charCodeAt(s.ce - 1) === 0x3002) problemListParagraph = -1;
      continue;
    }
    const row = tabs && hasTab(doc.clean, s.bodyCs, s.ce);
    if (!row) {
      ownerColumn = measureColumn = -1;
      targetColumn = true;
    } else if (isHeaderRow(doc.clean, s.bodyCs, s.ce)) {
      const cells = doc.clean.slice(s.bodyCs, s.ce).split('\t');
      ownerColumn = cells.findIndex((c) => OWNER_COLUMN_RE.test(c));
      // (A column of what was done, 已采取的整改措施, reports; the measures are those still to come, 后续措施.)
      measureColumn = cells.findIndex((c) => MEASURE_COLUMN_RE.test(c) && !DONE_COLUMN_RE.test(c));
      // A table of measures (问题 | 整改措施 | 责任人 | 时限) owes its targets in the measure's cell.
      targetColumn = measureColumn >= 0 || cells.some((c) => TARGET_COLUMN_RE.test(c));
      // A table of tasks with an owner column (任务 | 牵头部门 | 时间节点 | 量化目标) holds a measure in each row.
      if (measureColumn < 0 && ownerColumn >= 0) measureColumn = cells.findIndex((c) => TASK_COLUMN_RE.test(c));
    }
    // A row whose first cell is empty carries on the row above (\t（劳动报酬…）执行案件\t张卫东: cells wrapped onto a line of
    // their own): what it adds is that row's, and it is no task of its own.
    if (row && carriesRowAbove(doc.clean, s.cs) && prevRow(si)) {
      if (last === si - 1 && out.length && (out[out.length - 1].si === last || continued === out[out.length - 1])) {
        absorb(out[out.length - 1], si, ownerOfSentence(si));
        continued = out[out.length - 1];
        last = si;
      }
      continue;
    }
    // Fields in brackets after a measure (…开发课件6讲。（责任单位：馆机关党支部；完成时限：2025年6月30日前）) belong
    // to it: they give its owner, deadline or target, and are no measures of their own.
    // So do fields on the lines right after it (整改措施：…\n责任人：…\n完成时限：…\n整改目标：…).
    const c0 = doc.clean.charCodeAt(s.bodyCs);
    const bracketed = isBracketOpen(c0) && BRACKET_FIELD_RE.test(doc.clean.slice(s.bodyCs, s.bodyCs + 10));
    // (…or in the sentences right after it in its paragraph: 任务1：编印口袋书。责任人：…；完成时限：…；交付成果：….)
    const fieldLines = !bracketed && last >= 0 && last === si - 1 && opensField(s.cs);
    if (last === si - 1 && out.length && out[out.length - 1].si === last && (bracketed ? doc.sentences[last].paragraph === s.paragraph : fieldLines)) {
      const m = out[out.length - 1];
      let sj = si;
      const until = bracketed ? doc.paragraphs[s.paragraph].s1 : doc.sentences.length;
      for (; sj < until; sj++) {
        const t = doc.sentences[sj];
        // Read from the field's label (责任人：…), which a line of its own keeps apart from its value.
        absorb(m, sj, ownerOf(a, sj, t.cs, t.ce));
        // (Fields in brackets close the task's span: 2. 设立党员服务点12个。（责任单位：…）.)
        if (bracketed) m.ce = trimSentenceEnd(doc.clean, t.ce);
        // (The next task's own record — 工作事项：… — ends this one.)
        const next = doc.clean.slice(doc.sentences[sj + 1]?.cs ?? 0, (doc.sentences[sj + 1]?.cs ?? 0) + 8);
        if (bracketed ? /[）)]/.test(doc.clean.slice(t.bodyCs, t.ce)) : !FIELD_START_RE.test(next) || TASK_NAME_START_RE.test(next)) break;
      }
      last = sj;
      si = sj;
      continue;
    }
    // The later items of a list a measure opens (将抓好三项重点：一是…；二是…；三是…) are measures too.
    // So is what follows a measure's semicolon (近一时期，乡党委将…；待条件成熟时，再把…推广到…).
    // A list of problems introduced in a paragraph (仍存在三个方面的短板：一是…；二是…) holds no measures, up to
    // the full stop that ends it (a pledge after it, 我们将正视问题…, is read as usual).
    const fullStop = doc.clean.charCodeAt(s.ce - 1) === 0x3002;
    // (Items numbered in words go on after the full stop, each a sentence of its own: …以下不足：第一，…。第二，…。第三，…。
    // The first sentence that opens no later item ends the list.)
    if (problemListParagraph !== s.paragraph) {
      if (problemItemsParagraph === s.paragraph && LATER_ITEM_RE.test(itemHead(doc.clean, s.bodyCs))) continue;
      problemItemsParagraph = -1;
    }
    const intro = problemListParagraph === s.paragraph ? -1 : problemIntroIn(a, s.bodyCs, s.ce);
    if (problemListParagraph === s.paragraph || intro >= 0) {
      const firstAt = intro >= 0 && intro < s.ce ? intro : s.ce === doc.paragraphs[s.paragraph].ce ? -1 : (doc.sentences[si + 1]?.bodyCs ?? -1);
      if (intro >= 0 && firstAt >= 0 && FIRST_ITEM_RE.test(itemHead(doc.clean, firstAt))) problemItemsParagraph = s.paragraph;
      problemListParagraph = fullStop ? -1 : s.paragraph;
      continue;
    }
    // A sentence naming the task just stated (该项工作由…负责。此项任务由…负责，…前建成) completes it: its owner,
    // deadline and target are that task's.
    const prevS = doc.sentences[si - 1];
    // (…and so does one opening with what the task just stated set up: 由…组建报道小分队。小分队于2025年3月10日前完成组建…;
    // 由…负责组建走访小组。走访工作于2025年3月启动….)
    const backRef = prevS && prevS.paragraph === s.paragraph && prevS.kind === SentenceKind.Body && (BACK_REF_RE.test(doc.clean.slice(s.bodyCs, s.bodyCs + 5)) || (last === si - 1 && repeatsSubject(doc.clean, prevS.bodyCs, prevS.ce, s.bodyCs)));
    if (backRef && last === si - 1 && out.length && (out[out.length - 1].si === last || continued === out[out.length - 1])) {
      absorb(out[out.length - 1], si, ownerOfSentence(si));
      continued = out[out.length - 1];
      last = si;
      continue;
    }
    // A sentence naming only who does the task its title names (（一）组建攻关组。此项工作由…负责。2025年5月底前…) sets no
    // task of its own: the sentences after it borrow its owner.
    if (OWNER_ONLY_RE.test(doc.clean.slice(s.bodyCs, s.ce))) continue;
    // A stage's title (第二阶段：组织实施（2025年4月—10月）。) names a period; the sentences after it state its tasks.
    if (s.bodyCs > s.cs && STAGE_LABEL_RE.test(doc.clean.slice(s.cs, s.bodyCs)) && hanIn(a, s.bodyCs, s.ce, STAGE_TITLE_MAX + 1) <= STAGE_TITLE_MAX && si + 1 < doc.paragraphs[s.paragraph].s1) continue;
    // A numbered item's title alone on its line, its sub-items on the lines after it (2.开办农民工党员“流动党校”。\n（1）…):
    // a heading of the sub-items, no measure.
    if (listTitle(si)) continue;
    // A sentence announcing the items after it in its paragraph (…将开展以下工作。一是…。二是…。) sets no task of its own;
    // its items are the tasks, read as a list it opens.
    const nextInPara = doc.sentences[si + 1];
    if (fullStop && nextInPara?.paragraph === s.paragraph && LIST_LEAD_RE.test(doc.clean.slice(s.bodyCs, s.ce)) && FIRST_ITEM_RE.test(itemHead(doc.clean, nextInPara.bodyCs)) && isMeasure(a, si, mode === 'summary')) {
      announced = si;
      last = si;
      continue;
    }
    const firstAnnounced = announced >= 0 && announced === si - 1 && FIRST_ITEM_RE.test(itemHead(doc.clean, s.bodyCs));
    // (…or a numbered item under a lead that gives the items their owner or date: 以下3项工作须在2025年9月30日前完成：\n1.建立…)
    // (An item of one sentence among items: 一是聚焦经济建设这一中心工作。 before a paragraph arguing it titles a part of a report.)
    const nextP = doc.paragraphs[s.paragraph + 1];
    const amongItems = !nextP || nextP.heading >= 0 || itemAt(nextP.cs);
    const underLead = !!listLead && listLead.section === s.section && s.cs === doc.paragraphs[s.paragraph].cs && doc.paragraphs[s.paragraph].s1 === si + 1 && amongItems && itemAt(s.cs, false) && !a.has(si, 'past', undefined, s.bodyCs, s.ce) && !isCritique(a, si) && (listLead.owner || listLead.deadline || !!listLead.vague || hanIn(a, s.bodyCs, s.ce, 6) >= 6);
    const listed = underLead || (last >= 0 && last === si - 1 && doc.sentences[last].paragraph === s.paragraph && (firstAnnounced || continuesList(a, si) || continuesAfterSemicolon(a, last, si)));
    const measureRow = row && measureColumn >= 0 && !isHeaderRow(doc.clean, s.bodyCs, s.ce) ? measureCell(a, si, measureColumn) : undefined;
    if (measureRow === false) continue;
    // (A field of the task whose fields are being read, in its paragraph, is read with it however short: 时限：；, 目标：结对8对）.)
    const inFieldGroup = fieldStart >= 0 && prevS?.paragraph === s.paragraph && opensField(s.cs);
    if (!listed && !measureRow && !inFieldGroup && !isMeasure(a, si, mode === 'summary')) continue;
    // A publicity article narrates and quotes; only the unit's own word on what comes next
    // (下一步，学院将…; 站党总支表示，未来将…) commits to anything.
    if (publicity && !listed && !pledges(a, si)) continue;
    const ownerOnly = (mode === 'assessment' || measureContext(a, si).tags.has('assessment')) && !listed && !followsUp(a, si);
    if (ownerOnly && ownerOfSentence(si).owner !== 'vague') continue;
    last = si;
    // A task laid out as form fields (…，责任人：…；完成时限：…；目标：…) is one measure: the sentences
    // before its last field are read with it.
    // (A field needs its colon or its closing 】: most sentences have neither, and skip the long pattern.)
    const field = hasFieldMark(doc.clean, s.bodyCs, s.ce) && FIELD_RE.test(doc.clean.slice(s.bodyCs, s.ce));
    // Fields in brackets after a task that is no measure sentence by itself (利用馆藏档案，开发党课课件6讲。（责任单位：…）):
    // the task is the measure's body and gives its target.
    const prev = doc.sentences[si - 1];
    // (So do field sentences after such a task in its paragraph: （一）建设“税务党员服务岗”，…覆盖率100%。牵头：…；时限：….)
    if (field && fieldStart < 0 && prev && prev.paragraph === s.paragraph && prev.kind !== SentenceKind.Heading && last !== si - 1 && (BRACKET_FIELD_RE.test(doc.clean.slice(s.bodyCs, s.bodyCs + 10)) || opensField(s.cs))) {
      fieldStart = prev.bodyCs;
      fieldTarget ||= targetIn(a, si - 1, prev.bodyCs, prev.ce);
    }
    if (field && si + 1 < doc.paragraphs[s.paragraph].s1 && FIELD_START_RE.test(doc.clean.slice(doc.sentences[si + 1].bodyCs, doc.sentences[si + 1].bodyCs + 6))) {
      fieldTarget ||= targetIn(a, si, s.bodyCs, s.ce);
      if (fieldStart < 0) fieldStart = s.bodyCs;
      continue;
    }
    let { owner, vague } = ownerOfSentence(si);
    // A task handed to an owner of its own (…；由站长负责，增加…) is no part of the task before it, which the paragraph
    // gave to another: it borrows that task's deadline no more than its owner.
    const assigned = owner === 'specific' && hasAssign(doc.clean, s.bodyCs, s.ce);
    // A stage of a schedule (2025年1月至3月为启动阶段，完成结对分组…) restates the plan's tasks in time: their owners
    // are the measures'. Only a stage naming a vague actor has an owner to find fault with.
    if (owner === 'none' && opensWithStage(doc.clean, s.bodyCs, s.ce) && measureContext(a, si).tags.has('schedule')) owner = 'unit';
    // A goal under the plan's 目标 heading (力争到2025年11月底，完成…改造40公里) is the whole unit's: its measures below
    // say who does what.
    if (owner === 'none' && goalSection(a, si)) owner = 'unit';
    // A heading naming who leads the tasks under it (二、党委宣传部牵头承担的任务; 一、生态管护党员先行（牵头：营林科党小组组长 雷刚）).
    if (owner === 'none' && headingOwner(s.section)) owner = 'specific';
    // A table row names its owner in the header's 责任人 column; an empty cell names no one, and the row borrows
    // no owner from the lines above it.
    let ownerCellEmpty = false;
    if (row && ownerColumn >= 0 && owner !== 'specific') {
      // (Cells are counted over the whole row: a measure cell of two sentences, …次日反馈。网上立案平均审核时长缩短到…,
      // puts the row's owner cell after its second sentence.)
      const ls = lineStart(doc.clean, s.cs);
      const le = doc.clean.indexOf('\n', s.cs);
      const [from, to] = cellOf(doc.clean, ls === s.cs ? s.bodyCs : ls, Math.max(s.ce, le < 0 ? doc.clean.length : le), ownerColumn);
      if (hanIn(a, from, to, 2) >= 2) {
        const inCell = a.hitsIn(si, 'actor', 'vague', from, to);
        owner = inCell.length ? 'vague' : 'specific';
        vague = inCell.length ? inCell : NO_HITS;
      } else ownerCellEmpty = owner === 'none';
    }
    let deadline = deadlineOfSentence(si);
    if (titleFields) {
      if (titleFields.deadline) deadline = true;
      if (owner === 'none' && titleFields.owner !== 'none') owner = titleFields.owner;
    }
    if (listLead && !lead) {
      if (listLead.deadline) deadline = true;
      if (listLead.owner && owner === 'none') owner = 'unit';
      if (listLead.vague && owner === 'none' && !vague.length) vague = listLead.vague;
    }
    // A date given right after the task, in a sentence that sets no task of its own (…开展“最美党员工匠”评选。评选结果于
    // 2025年6月25日前公布。), is the task's.
    const nextS = doc.sentences[si + 1];
    // (Not the next item of a list: 二是…；三是2025年12月底前… is a task of its own.)
    if (!deadline && nextS && nextS.paragraph === s.paragraph && nextS.kind === SentenceKind.Body && deadlineOfSentence(si + 1) && !a.has(si + 1, 'past', undefined, nextS.bodyCs, nextS.ce) && !LATER_ITEM_RE.test(itemHead(doc.clean, nextS.bodyCs)) && !isMeasure(a, si + 1, mode === 'summary')) deadline = true;
    // Owner and deadline carry over from earlier sentences of the paragraph, a run-in title
    // included (由宣传委员负责品牌宣传。每月发布1篇报道。).
    const p0 = doc.paragraphs[s.paragraph].s0;
    // A later item of a list (第二，…) borrows nothing from its sibling items (第一，…2025年6月底前…), only
    // from the sentence that introduced the list.
    const item = LATER_ITEM_RE.test(itemHead(doc.clean, s.bodyCs));
    // A further task (此外，我们将…; 另外，…) keeps its owner but takes no earlier task's deadline.
    const further = FURTHER_RE.test(doc.clean.slice(s.bodyCs, s.bodyCs + 3));
    // A vague owner of its own (第二，有关部门要…) is this sentence's owner: only a sentence with none borrows one.
    // What comes next (下一步，还要…) starts afresh: it borrows nothing from the report before it; nor does any task
    // borrow from a sentence reporting work done (2024年，12个党小组已完成挂牌。).
    const fresh = NEXT_LEAD_RE.test(doc.clean.slice(s.bodyCs, s.bodyCs + 4));
    // A field line of a record (目标：设立党员预警首席岗3个…) takes what the record's earlier field lines give
    // (责任人：…, 时间：…), each a paragraph of its own.
    if (s.bodyCs > s.cs && FIELD_START_RE.test(doc.clean.slice(s.cs, s.bodyCs)) && !TASK_NAME_START_RE.test(doc.clean.slice(s.cs, s.bodyCs))) {
      for (let sj = si - 1; sj >= 0 && (owner === 'none' || !deadline); sj--) {
        const t = doc.sentences[sj];
        if (t.kind !== SentenceKind.Body || !(t.bodyCs > t.cs && FIELD_START_RE.test(doc.clean.slice(t.cs, t.bodyCs)))) break;
        const o = ownerOf(a, sj, t.cs, t.ce).owner;
        if (owner === 'none' && (o === 'specific' || o === 'unit')) {
          owner = o;
          vague = NO_HITS;
        }
        if (!deadline && deadlineOfSentence(sj)) deadline = true;
        // (The record starts at its task's name: 工作事项：….)
        if (TASK_NAME_START_RE.test(doc.clean.slice(t.cs, t.bodyCs))) break;
      }
    }
    // Nor does a sentence within a later item (第二，服务群众要实起来。要深入开展…): back past its item's opener,
    // the sentences of the earlier items are skipped up to the first item, and the list's lead is read.
    let skipItems = item;
    for (let sj = si - 1; !fresh && sj >= p0 && ((owner === 'none' && !ownerCellEmpty) || !deadline); sj--) {
      const head = itemHead(doc.clean, doc.sentences[sj].bodyCs);
      if (skipItems) {
        if (FIRST_ITEM_RE.test(head)) {
          skipItems = false;
          continue;
        }
        // A sentence whose lead introduces the items in it (支部将抓好三项工作：一是…；): only the lead, up to its
        // colon, speaks for the later items.
        const t = doc.sentences[sj];
        const colon = FIRST_ITEM_AFTER_COLON_RE.exec(doc.clean.slice(t.bodyCs, t.ce));
        if (!colon) continue;
        skipItems = false;
        const to = t.bodyCs + colon.index;
        if (owner === 'none' && !ownerCellEmpty) {
          const o = ownerOf(a, sj, t.bodyCs, to).owner;
          if (o === 'specific' || o === 'unit') {
            owner = o;
            vague = NO_HITS;
          }
        }
        if (!deadline && !further && deadlineIn(a, sj, t.bodyCs, to)) deadline = true;
        continue;
      }
      if (LATER_ITEM_RE.test(head)) skipItems = true;
      const t = doc.sentences[sj];
      if (t.kind === SentenceKind.Body && a.has(sj, 'past', undefined, t.bodyCs, t.ce) && !isMeasure(a, sj, mode === 'summary')) continue;
      // …nor from one stating problems (…在年度工作中还存在一些薄弱环节：…): its dates are the problems'.
      if (t.kind === SentenceKind.Body && a.has(sj, 'problem', undefined, t.bodyCs, t.ce) && !isMeasure(a, sj, mode === 'summary')) continue;
      if (owner === 'none' && !ownerCellEmpty) {
        const o = ownerOfSentence(sj);
        if (o.owner === 'specific' || o.owner === 'unit') {
          owner = o.owner;
          vague = NO_HITS;
        } else if (o.owner === 'vague' && field && fieldStart >= 0 && t.bodyCs >= fieldStart && !vague.length) {
          // The task's own owner field names only a vague actor (责任单位：各单位；完成时限：…；工作目标：…).
          vague = o.vague;
        }
      }
      // (Past the task before it, whose owner is another, nothing is this task's.)
      if (assigned && !deadline && out.length && out[out.length - 1].si === sj && ownerOfSentence(sj).owner !== 'none') break;
      if (!deadline && !further && deadlineOfSentence(sj)) deadline = true;
    }
    if (owner === 'none' && vague.length) owner = 'vague';
    // A task under a heading that says when (（一）2025年上半年任务 → 1.由…负责，完成…) is due then.
    if (!deadline && headingDeadline(s.section)) deadline = true;
    const groupTarget = fieldTarget;
    const cs = field && fieldStart >= 0 ? fieldStart : s.bodyCs;
    fieldTarget = false;
    fieldStart = -1;
    out.push({
      si,
      cs,
      ce: s.ce,
      owner,
      vagueOwners: owner === 'vague' ? vague : NO_HITS,
      deadline,
      // (A task laid out as fields says when in its own field line: 完成时限：近期；工作目标：….)
      // (…or a sub-heading over it says when only vaguely: （二）推进阶段（近期）.)
      vagueTimes: cs < s.bodyCs ? a.hitsInRange('time', cs, s.ce, 'vague') : deadline ? a.hitsIn(si, 'time', 'vague', s.bodyCs, s.ce) : [...headingVague(s.section), ...a.hitsIn(si, 'time', 'vague', s.bodyCs, s.ce)],
      // (A stage of a schedule, 7—8月，支部开展专项活动, restates in time a task whose target the measures give.)
      target: (field && groupTarget) || (row && !targetColumn) || targetIn(a, si, s.bodyCs, s.ce) || (backRef && targetIn(a, si - 1, prevS.bodyCs, prevS.ce)) || scheduleStage(a, si),
      insertAt: s.bodyCs + (LEAD_RE.exec(doc.clean.slice(s.bodyCs, Math.min(s.ce, s.bodyCs + 12)))?.[0].length ?? 0),
      ...(ownerOnly && { ownerOnly }),
    });
    // A row whose cell says 同上 (ditto) takes from the row above what it does not state itself.
    const m = out[out.length - 1];
    const above = out[out.length - 2];
    if (row && above && above.si === si - 1 && DITTO_CELL_RE.test(doc.clean.slice(s.bodyCs, s.ce))) {
      if (m.owner === 'none' || (m.owner === 'vague' && above.owner !== 'none')) {
        m.owner = above.owner;
        m.vagueOwners = above.vagueOwners;
      }
      m.deadline ||= above.deadline;
      m.target ||= above.target;
    }
  }
  return out;
}

/** A table cell saying 同上 (ditto): the row above's value. */
const DITTO_CELL_RE = /(?:^|\t)\s*(?:同上|同前|〃)\s*(?:\t|$)/;

/**
 * A label that is a clause with the unit as its subject, right before how or when it acts: 支部按三个阶段推进,
 * 党委将分步实施, 我们计划. Not a label naming a topic (党支部工作要求, 支部学习安排).
 */
const LABEL_SUBJECT_RE = /^(?:[\u4e00-\u9fff]{0,10}?(?:党支部|党总支|党委|党组|支部|党小组|总支|委员会|支委会)|我们|本支部|我支部)(?:将|按|要|拟|计划|分|从|自|于|重点|着力|围绕)/;

/** 由 + an actor + where, when, how or with whom it acts: 由相关部门在…, 由综合科于…, 由工会每季度…, 由吴国华与…. */
const BY_ACTOR_RE = /由(?![于此])[\u4e00-\u9fff]{2,12}?(?:在|于|将|对|向|与|会同|联合|按|每|从|自)/;
/** A named body of the unit after 由, right before a task's verb (由普惠金融部组建党员服务队…, 由办公室编制…). */
const BY_BODY_RE = /由(?![于此各有相])[\u4e00-\u9fff]{1,12}?(?:部|科|室|处|中心|办|支部|党委|总支|委员会|小组|队|站|所|局|院|校|公司)(?=组建|建立|开展|设立|举办|组织|制定|编制|完成|推进|实施|召开|选派|配备|建成|落实|开设|编印|发放|印发)/;
/**
 * A counted group of people after 由, whatever the verb (由科室2名业务骨干党员分别带教…, 由退休党员中的2名原计算机系教师授课, 由3个示范岗岗长按月报送…):
 * so many named by their post own the task. (Bare members taking turns, 由1名党员轮流领学, name no one.)
 */
const COUNTED_BY_RE = /由(?![于此])[^，。；：,;]{0,12}?[0-9一二三四五六七八九十两]{1,3}(?:名[\u4e00-\u9fff]{1,10}?(?:党员|教师|老师|骨干|干部|医生|医师|护士|民警|委员|同志|职工|员工|专家|师傅|志愿者|书记|技师|工程师|律师|法官|检察官|辅导员|讲师)|[个名位][\u4e00-\u9fff]{0,6}?(?:岗长|组长|班长|队长|站长|楼栋长|网格长|区长|负责人))/;
/** A sentence opened by the task just stated: 该项工作, 此项任务, 上述工作, 这项工作. */
const BACK_REF = '(?:该|此|这|上述|以上)(?:项|一)?';
const BACK_REF_RE = new RegExp(`^${BACK_REF}(?:工作|任务|举措|措施|活动)`);

/** A sentence's subject before when or how it acts: 小分队于…, 走访工作于…, 专栏自…起, 走访中要…; group 1 the subject's stem. */
const SUBJECT_LEAD_RE = /^([\u4e00-\u9fff]{2,5}?)(?:工作|中|期间|过程中)?(?:于|自|从|将|要(?!求)|须|应(?!当)|在|每|按)/;
/**
 * Whether the sentence whose body starts at clean offset `at` opens with a subject the sentence clean[from, to) names
 * (组建报道小分队 → 小分队于…完成组建): it goes on with that sentence's task. Not a unit or person acting anew (支部将…).
 */
function repeatsSubject(clean: string, from: number, to: number, at: number): boolean {
  const m = SUBJECT_LEAD_RE.exec(clean.slice(at, at + 12));
  if (!m || ACTOR_STEM_RE.test(m[1])) return false;
  return clean.slice(from, to).includes(m[1]);
}
/** Subjects that are actors of their own (党支部, 支部, 党委, 我们, 中心…) or a meeting's voice (会议要求): a new task, not the last one's continuation. */
const ACTOR_STEM_RE = /支部|党委|党组|总支|我们|中心|公司|书记|委员|同志|党员|部门|单位|科室|会议|会上|小组$/;

/** What opens the next steps after a report: 下一步, 下阶段, 今后, 明年, 新的一年. */
const NEXT_LEAD_RE = /^(?:下一步|下一阶段|下阶段|今后|明年|新的一年|来年)/;

/** What opens a further task of a paragraph: 此外, 另外, 除此之外, 同时，. */
const FURTHER_RE = /^(?:此外|另外|除此|同时，)/;
/** The marker of a list's later item: 二是, 第三，, 其四、. */
const LATER_ITEM_RE = /^(?:[二三四五六七八九十]是|第[二三四五六七八九十]项?[，,、]|其[二三四五六七八九十][，,、])/;
/** A colon right before a list's first item inside a sentence: …抓好三项工作：一是…. */
const FIRST_ITEM_AFTER_COLON_RE = /[：:](?=一是|第一项?[，,、]|其一[，,、])/;
/** Markers of sub-headings, below a chapter's 一、: （一）, 1., 1.1, （1）, ①, and run-in labels (第一季度：由…). */
const SUB_HEADING_MARKERS = new Set<string>(['cn-paren', 'num', 'num-space', 'num-2', 'num-3', 'num-paren', 'circled', 'label']);
/** The marker of a list's first item: 一是, 第一，, 第一项，, 其一、. */
const FIRST_ITEM_RE = /^(?:一是|第一项?[，,、]|其一[，,、])/;
/** Longest marker of a list's item, in UTF-16 units: 第一项，. */
const ITEM_MARKER_MAX = 4;
/** The first characters of clean text at `at`, long enough to hold an item's marker ({@link ITEM_RE}). */
export function itemHead(clean: string, at: number): string {
  return clean.slice(at, at + ITEM_MARKER_MAX);
}
/** The marker of any item of a list: 一是, 第一，, 第一项，, 其一、. */
export const ITEM_RE = /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]项?[，,、]|其[一二三四五六七八九十][，,、])/;

/** Whether sentence `si` is a later item of a list (二是…) reporting no past work. */
function continuesList(a: Analysis, si: number): boolean {
  const s = a.doc.sentences[si];
  return LATER_ITEM_RE.test(itemHead(a.doc.clean, s.bodyCs)) && !a.has(si, 'past', undefined, s.bodyCs, s.ce);
}

/**
 * Whether sentence `si` follows sentence `prev` across a semicolon (；), reports no past work and
 * states an action (再把…推广到…); a rule of method (创建成效直接采用借阅量等指标) commits to nothing.
 */
function continuesAfterSemicolon(a: Analysis, prev: number, si: number): boolean {
  const p = a.doc.sentences[prev];
  const s = a.doc.sentences[si];
  const c = a.doc.clean.charCodeAt(p.ce - 1);
  return (c === 0xff1b || c === 59) /* ；; */ && !a.has(si, 'past', undefined, s.bodyCs, s.ce) && (a.mentions(si, 'directive') || ACTION_RE.test(a.text(si)));
}
/** Verbs of an action outside the directive lexicon, for a semicolon's continuation: 再把…推广到…, 逐步铺开. */
const ACTION_RE = /推广|铺开|推开|扩大|延伸|覆盖|开展|组织|举办|召开|建立|制定|完成|做到|提高|提升|增强|设计|开发|推出|探索/;

/** What opens the writer's word on what comes next: 下一步, 未来, 今后, 展望未来. */
const FORWARD_RE = /下一步|下阶段|接下来|未来|今后|展望|新的一年|明年/;
/** Whom a publicity article quotes as urging others: 勉励同学们要…, 希望…要…, 他要求…. */
const URGING_RE = /勉励|鼓励|希望|要求|寄语|叮嘱|嘱咐|认为|号召|倡议/;

/** Whether sentence `si` of a publicity article is the unit's own pledge of what comes next. */
function pledges(a: Analysis, si: number): boolean {
  const text = a.text(si);
  if (UNIT_PLEDGE_RE.test(text)) return true;
  // (…or says under the story's own 下一步 heading what comes next: ## 下一步\n团队将继续加强….)
  if (!URGING_RE.test(text) && !/^(?:我|他|她|“)/.test(text) && sectionContext(a, si).tags.has('next')) return true;
  return FORWARD_RE.test(text) && !URGING_RE.test(text) && !/^(?:我|他|她)/.test(text);
}

/** What opens a paragraph of an assessment's follow-up: 针对上述问题，…; 为此，…; 下一步，…. */
const FOLLOW_UP_RE = /^(?:针对|对此|为此|下一步|下阶段|接下来|今后)/;

/** Whether sentence `si` of an assessment document commits to what follows the assessment. */
function followsUp(a: Analysis, si: number): boolean {
  const s = a.doc.sentences[si];
  const p0 = a.doc.sentences[a.doc.paragraphs[s.paragraph].s0];
  return FORWARD_RE.test(a.text(si)) || FOLLOW_UP_RE.test(a.doc.clean.slice(p0.bodyCs, p0.bodyCs + 4)) || measureContext(a, si).tags.has('next');
}

/** The unit a story is about, named as 该行/本所, with a time it will act by (该行近期…): a regular-expression source. */
const THIS_UNIT = '(?:该|本)(?:行|所|局|院|站|中心|公司|校|馆|段|厂|队|社|场|部门)(?:近期|下一步|今后|明年|年内|下半年)?(?:也|还)?';
/**
 * A unit stating what it will do (中心党总支表示，将以品牌发布为契机…; 支部书记陶立新表示，支部将…; 据悉，分公司近期将…;
 * 会议还明确，图书馆将…), or a unit as the subject of a future
 * 将 (社区党委将继续发挥…), or planning (中心党支部还计划近期与…共建…): the article's own pledge.
 */
const UNIT_PLEDGE_RE = new RegExp(String.raw`(?:党总支|党支部|党委|党组|支部|学院|中心|我们)表示[，,：:]?[^。！？]{0,12}?将|(?:表示|说)[，,：:][^。！？“”]{0,30}?${SPOKEN_UNIT}将|表示[，,：:](?:近期|下一步|今后|明年|年内)(?:还|也)?将|^(?:据悉|据了解|据介绍)[，,][^。！？“”]{0,16}?将|^会议(?:还|同时)?(?:明确|决定|部署|提出)[，,：:]?[^。！？“”]{0,16}?将|^[^，。！？“”]{0,12}(?:党总支|党支部|党委|党组|支部|我们)(?:也|还)?将(?:继续|进一步|持续|以|在|把|围绕|聚焦|着力)|(?:党总支|党支部|党委|党组|支部|我们)(?:也|还)?(?:计划|拟|准备|打算)(?:于|在|近期|今年|年内|下半年|明年|\d)|^${THIS_UNIT}(?:将|计划|拟)(?:在|于|继续|进一步|把|对|向|围绕|推广|开展|建立|启动|组织)|^(?:(?:近期|下一步|今后|明年)[，,])?[\u4e00-\u9fff]{0,8}?(?:[一二三四五六七八九十]部|街道|大队|中队|中心|局|所|站|院|馆|社区|公司|车间)(?:近期|下一步|今后|明年|年内|下半年)?(?:也|还)?将(?:在|于|把|对|向|组织|开展|推广|建立|启动|继续|进一步|持续|扩大|复制)`);

/** Whether sentence `si` is a measure sentence; in a summary (`reported`), practice and results sections hold none. */
export function isMeasure(a: Analysis, si: number, reported = false): boolean {
  const s = a.doc.sentences[si];
  const ctx = measureContext(a, si);
  // A sentence opened by a measure label (整改措施：由综合科负责…) under a problem's run-in title is a measure;
  // one opened by a report label (整改情况：已对…) is not.
  const label = LABEL_FIRST.has(a.doc.clean.charCodeAt(s.cs)) ? LABEL_AT_RE.exec(a.doc.clean.slice(s.cs, s.cs + 8))?.[1] : undefined;
  if (label && REPORT_LABEL_RE.test(label)) return false;
  // …and so does a to-do item marked done (- [x] 已完成：6月28日组织…).
  if (a.doc.clean.charCodeAt(s.cs) === 0x5df2 /* 已 */ && DONE_LABEL_RE.test(a.doc.clean.slice(s.cs, s.cs + 5))) return false;
  // The preamble saying the document itself was drawn up (…结合局机关实际，制定本整改方案。) sets no task.
  if (OWN_MAKING_RE.test(a.doc.clean.slice(Math.max(s.bodyCs, s.ce - 16), s.ce)) || (a.doc.clean.charCodeAt(s.bodyCs) === 0x672c /* 本 */ && OWN_DOC_RE.test(a.doc.clean.slice(s.bodyCs, s.ce)))) return false;
  // …nor a brand's name defined (“十分钟急救圈”指由党员医护人员牵头，在…布设急救点，让呼救者…).
  if (BRAND_DEFINED_RE.test(a.doc.clean.slice(s.bodyCs, s.bodyCs + 20))) return false;
  // …nor a glossary entry's body under its quoted term (“双高计划”：\n是“…计划”的简称，由教育部…实施，旨在…).
  if (s.section >= 0 && GLOSSED_TERM_RE.test(a.doc.headings[s.section].text) && GLOSS_RE.test(a.doc.clean.slice(s.bodyCs, s.ce))) return false;
  // …nor a note on the document (备注：创建目标等内容待支行党委审定后补充。).
  if (NOTE_LABEL_RE.test(a.doc.clean.slice(s.cs, s.cs + 4))) return false;
  // …nor a meeting's roll (应到正式党员23名，实到21名): 应到 counts who should attend, no task; nor a count of the problems
  // found (对照…，支部查找问题3项。).
  if (ROLL_RE.test(a.doc.clean.slice(s.bodyCs, s.ce)) || PROBLEMS_FOUND_RE.test(a.doc.clean.slice(s.bodyCs, s.ce))) return false;
  // …nor one handing it down (现将2025年品牌重点工作安排印发给你们。).
  if (a.doc.clean.startsWith('现将', s.bodyCs) && HANDED_DOWN_RE.test(a.doc.clean.slice(s.bodyCs, s.ce))) return false;
  // …and so does one saying what the plan sets for each problem (经党委会议研究，…逐项明确整改措施、责任人和完成时限。),
  // unless it asks someone to (各支部要逐项明确…).
  if (FIELDS_SET_RE.test(a.doc.clean.slice(Math.max(s.bodyCs, s.ce - 24), s.ce)) && !ASKS_RE.test(a.doc.clean.slice(s.bodyCs, s.ce))) return false;
  // A story's past (那时候…每一个参数都要用计算尺算) asks nothing of anyone now.
  if (PAST_LEAD_RE.test(a.doc.clean.slice(s.bodyCs, s.bodyCs + 4))) return false;
  // A sentence under a heading analysing causes (二、原因分析) states a cause, whatever verb it holds (…未向群众发放联系卡).
  if (underCauses(a, si)) return false;
  // A sentence under a problem's own label (【问题1】…, 问题二：…) states that problem, whatever verb it holds; so do the
  // sentences after it in its paragraph (问题1：野外作业安全保障有漏洞。2024年有3个项目组未按规定配备卫星电话。), unless one
  // takes the problem up (对此，将由…) or a rectification label opens it.
  if (PROBLEM_FIELD_RE.test(a.doc.clean.slice(s.cs, s.cs + 10))) return false;
  const pcs = a.doc.paragraphs[s.paragraph].cs;
  if (pcs < s.cs && !label && PROBLEM_FIELD_RE.test(a.doc.clean.slice(pcs, pcs + 10)) && !FOLLOW_UP_RE.test(a.doc.clean.slice(s.bodyCs, s.bodyCs + 4))) return false;
  // A task named in a form (工作事项：建设“红色驿站”服务点，then 牵头单位：…；完成时限：…) is a measure.
  if (s.bodyCs > s.cs && TASK_NAME_LABEL_RE.test(a.doc.clean.slice(s.cs, s.bodyCs))) return hanIn(a, s.bodyCs, s.ce, 4) >= 4;
  // In a summary, a heading of what was done (二、具体做法) reports practice, though a plan's 具体做法 sets out measures.
  if (reported && !label && practiceHeading(a, si)) return false;
  const { tags, inMeasures } = label ? { tags: MEASURE_LABEL_TAGS, inMeasures: true } : ctx;
  // A task with its form's fields in brackets after it (开展党员“一对一”帮扶老年旅客（责任人：相关班组；…) is a measure wherever it
  // stands, but under a problems heading.
  if (!tags.has('problems') && hasFieldMark(a.doc.clean, s.bodyCs, s.ce) && INLINE_FIELDS_RE.test(a.doc.clean.slice(s.bodyCs, s.ce)) && !a.has(si, 'past', undefined, s.bodyCs, s.ce)) return true;
  // …and so are such fields after the task's full stop (…形成学习心得汇编1册。（牵头：…；时限：…）): read with the task before them.
  const before = a.doc.sentences[si - 1];
  if (!tags.has('problems') && before && before.paragraph === s.paragraph && isBracketOpen(a.doc.clean.charCodeAt(s.bodyCs)) && BRACKET_FIELD_RE.test(a.doc.clean.slice(s.bodyCs, s.bodyCs + 10)) && a.has(si - 1, 'directive', 'verb', before.bodyCs, before.ce) && !a.has(si - 1, 'past', undefined, before.bodyCs, before.ce)) return true;
  // Fast rejection: no directive word and no measure heading above.
  if (!inMeasures && !a.mentions(si, 'directive') && !hasAssign(a.doc.clean, s.bodyCs, s.ce)) return false;
  const clean = a.doc.clean;
  const last = clean.charCodeAt(s.ce - 1);
  if (last === 0xff1f || last === 63 /* ？? */) return false;
  if (isHeaderRow(clean, s.bodyCs, s.ce)) return false;
  if (hanIn(a, s.bodyCs, s.ce, 6) < 6) return false;
  const text = clean.slice(s.bodyCs, s.ce);
  if (tags.has('problems') && !tags.has('measure') && !tags.has('next')) return false;
  if ((tags.has('results') || tags.has('practice') || tags.has('meaning')) && !inMeasures) {
    // 成效/做法/内涵 sections report and explain; only an explicit assignment is a measure there, and in a
    // summary not even that: its 做法 are arrangements made.
    // (In a brand's 内涵, who serves whom — 由党员员工提供上门办理服务 — describes the brand: only a charge, 由…负责, is a task.)
    // (…nor the brand named and described, “四点半课堂”由党员教师牵头在放学后开设…: what the brand is, no task.)
    return !reported && (tags.has('meaning') ? CHARGE_RE.test(text) && !BRAND_DESCRIBED_RE.test(text) : ASSIGN_RE.test(text)) && !a.has(si, 'past', undefined, s.bodyCs, s.ce);
  }
  if (last === 0xff1a || last === 58 /* ：: */) return false; // an introduction to a list
  // …and so is a sentence ending in 如下 (…共梳理出4个方面问题，具体整改安排如下。).
  if (AS_FOLLOWS_RE.test(clean.slice(Math.max(s.bodyCs, s.ce - 6), s.ce))) return false;
  // (A total to reach, 累计培训不少于200人次, is a target, no report.)
  const past = a.someHit(si, 'past', undefined, s.bodyCs, s.ce, (_start, end, e) => !(TOTAL_WORDS.has(e.text) && TOTAL_TARGET_RE.test(clean.slice(end, end + 12))));
  // 确保了/争取了 report done work; in a sentence about the past, 将 is the object marker (将…建设成为); 应有的 is what is
  // due (新时代疾控人应有的精神状态), no modal.
  // (争取 with the sum secured, 争取衔接资金85万元建成…, reports funds obtained, as 争取到 does.)
  const modal = a.someHit(si, 'directive', 'modal', s.bodyCs, s.ce, (start, end, e) => clean.charCodeAt(end) !== 0x4e86 /* 了 */ && !(e.text === '应' && clean.startsWith('有的', end)) && !(past && WEAK_MODALS.has(e.text)) && (e.text !== '将' || futureJiang(a, si, start, end)) && !(e.text === '争取' && FUNDS_SECURED_RE.test(clean.slice(end, end + 20)) && !MODAL_BEFORE_RE.test(clean.slice(Math.max(s.bodyCs, start - 2), start))) && !quoted(clean, s.cs, start));
  if (modal && !RHETORIC_RE.test(text) && !reportedSpeech(text) && !MINDSET_RE.test(text)) return true;
  if (!past && text.includes('由') && ASSIGN_RE.test(text)) return true;
  // A sentence opening with a time only a plan can have (尽早建立…, 适时召开…) is a measure wherever it stands;
  // so is one where such a time stands right before a task's verb (相关科室择机组织…, 书记赵红梅负责尽快成立…, 年内适时召开…).
  // (…after an item's marker too: 3. 近期启动….)
  const marker = markerAt(clean, s.bodyCs)?.length ?? 0;
  if (!past && (PLAN_TIME_LEAD_RE.test(marker ? text.slice(marker).trimStart() : text) || planTimeBeforeVerb(a, si, s.bodyCs, s.ce)) && !RHETORIC_RE.test(text) && !reportedSpeech(text)) return true;
  // A request addressed to units or people (请有关单位于3月25日前…报送, 下一步，请各支部…) hands them a task;
  // so does a meeting's decision in its minutes (会议决定，相关人员于4月30日前完成…; 会议要求，有关部门近期…).
  // (A decision's count, 审查对象共计43人, is no report of work done; 已 or 了 is.)
  if ((!past && REQUEST_RE.test(text)) || (DECISION_RE.test(text) && !DONE_MARK_RE.test(text))) return true;
  // Under a measure heading an imperative (建立…, 开展…) is a measure; a sentence describing a shortcoming is not.
  // Stages of a schedule (2025年3月至6月为启动阶段，…为总结阶段) name periods, not tasks.
  // (The problem a measure names before its task, 针对非遗传承力量薄弱问题，尽快招收…, is no shortcoming stated.)
  // (…nor is the shortcoming a task sets out to find or remove, 查找数据审核把关方面的薄弱环节.)
  // (…but not what someone said there: 谭亚楠提出，本学期…参加组织生活的时间难以保证。)
  if (inMeasures && !past && a.has(si, 'directive', 'verb', s.cs, s.ce) && !RHETORIC_RE.test(text) && !statesShortcoming(a, si, s.bodyCs + addressedClause(text), s.ce) && !onlyStages(text) && !reportedSpeech(text)) return true;
  if (inMeasures && !past && hasFieldMark(clean, s.bodyCs, s.ce) && FIELD_RE.test(text)) return true;
  // …and so is a sentence setting a date to meet (2025年5月底前将示范岗挂牌数量增加到4个。): a deadline is a plan's.
  if (inMeasures && !past && DUE_BY_RE.test(text) && !a.has(si, 'problem', undefined, s.bodyCs, s.ce)) return true;
  // …and so is the arrangement after a task's run-in title (（二）深化送教上门。自2025年秋季学期起，每月…送教上门2次。):
  // a time or a cycle for the task just named.
  const prev = a.doc.sentences[si - 1];
  if (inMeasures && !past && prev && prev.paragraph === s.paragraph && prev.kind === SentenceKind.RunIn && a.has(si - 1, 'directive', 'verb', prev.bodyCs, prev.ce) && !a.has(si, 'problem', undefined, s.bodyCs, s.ce) && deadlineIn(a, si, s.bodyCs, s.ce)) return true;
  // …and so is a task handed to someone by 由 (由相关部门在2025年6月底前将等候时间压缩至15分钟以内).
  if (inMeasures && !past && text.includes('由') && BY_ACTOR_RE.test(text)) return true;
  return false;
}

/** What follows a 争取 that reports funds obtained: the funds and their sum (衔接资金85万元, 到专项资金120万元). */
const FUNDS_SECURED_RE = /^到?[^，。；]{0,8}?(?:资金|经费|补助|拨款|专项债)[^，。；]{0,2}?\d/;
/** A modal before 争取 that makes it a plan again: 将争取, 要争取, 力争. */
const MODAL_BEFORE_RE = /(?:将|要|拟|计划|力|须|应)$/;

/** A heading analysing causes: 原因分析, 问题产生的原因, 根源剖析, 症结所在, 问题的根子. */
export const CAUSE_HEADING_RE = /原因|根源|症结|根子/;
/** What makes a cause heading one of measures after all: 原因及整改措施, 对策, 打算, 下一步. */
const MEASURE_HEADING_WORD_RE = /措施|对策|打算|下一步|整改|举措/;

/** Whether sentence `si` lies under a heading analysing causes (memoised per section). */
function underCauses(a: Analysis, si: number): boolean {
  const section = a.doc.sentences[si].section;
  if (section < 0) return false;
  const memo = a.shared('measures.underCauses', () => new Map<number, boolean>());
  let v = memo.get(section);
  if (v === undefined) {
    v = false;
    for (let h = section; h >= 0; h = a.doc.headings[h].parent) {
      const t = a.doc.headings[h].text;
      if (a.doc.headings[h].kind !== 'runin' && CAUSE_HEADING_RE.test(t) && !MEASURE_HEADING_WORD_RE.test(t)) {
        v = true;
        break;
      }
    }
    memo.set(section, v);
  }
  return v;
}

/** Whether the innermost tagged heading over sentence `si` names practice (具体做法, 主要做法) and no next steps. */
function practiceHeading(a: Analysis, si: number): boolean {
  const { heading, tags } = sectionContext(a, si);
  return heading >= 0 && !tags.has('next') && a.doc.headings[heading].text.includes('做法');
}

/** The problem a measure answers, named in a clause before it (针对第一个问题，): what follows may name the owner. */
const ADDRESS_LEAD_RE = /^针对[^，。；：]{0,30}(?:问题|不足|短板|差距|情况)[，,]/;

/** That clause opening a measure, after an item's marker: （一）针对…问题， 1. 针对上述不足， */
const ADDRESSED_RE = new RegExp(`^(?:[（(]?[一二三四五六七八九十\\d]{1,2}[）)、.．]\\s*)?${ADDRESS_LEAD_RE.source.slice(1)}`);

/** A verb taking a shortcoming as its object, earlier in the clause: 查找…薄弱环节, 解决…不及时的问题, 补齐…短板. */
const REMEDY_BEFORE_RE = /(?:查找|排查|查摆|剖析|解决|整改|补齐|补强|补足|破解|弥补|改进|克服|扭转|消除|堵塞|针对)[^，。；：,;:]{0,16}$/;

/** Whether clean[from, to) of sentence `si` states a shortcoming: a problem word that is no remedy's object (查找…薄弱环节 is one). */
function statesShortcoming(a: Analysis, si: number, from: number, to: number): boolean {
  const clean = a.doc.clean;
  return a.someHit(si, 'problem', undefined, from, to, (start) => !REMEDY_BEFORE_RE.test(clean.slice(Math.max(from, start - 20), start)));
}

/** The length of the {@link ADDRESSED_RE} clause opening `text`, or 0. */
function addressedClause(text: string): number {
  return ADDRESSED_RE.exec(text)?.[0].length ?? 0;
}

/** Whether clean[from, to) holds a colon or a closing 】, without which no form field is written (a cheap test first). */
function hasFieldMark(clean: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = clean.charCodeAt(i);
    if (c === 0xff1a || c === 58 || c === 0x3011) return true;
  }
  return false;
}
/** Form fields in brackets right after a task's words: …帮扶老年旅客（责任人：相关班组；, …改革【责任人：】. */
const INLINE_FIELDS_RE = new RegExp(`[\\u4e00-\\u9fff”》][（(【]\\s*${FIELD_LABEL}`);
/** A plan saying it set each problem's measure, owner and deadline (…逐项明确整改措施、责任人和完成时限。). */
const FIELDS_SET_RE = /(?:明确|确定|落实)了?(?:整改|具体)?(?:措施|任务)[、和及](?:责任|牵头)(?:人|单位|部门)[、和及](?:完成)?(?:时限|时间)[。：:]?$/;
/** A modal asking someone to do what follows (要, 须, 应, 务必). */
const ASKS_RE = /要|须|应|务必/;

/** The end of a preamble naming the document it opens: 制定本整改方案。, 特制定如下实施方案。, 现制定本办法。 */
const OWN_MAKING_RE = /(?:制定|制订)(?:本|如下|此)[^，。；]{0,8}(?:方案|计划|办法|细则|措施|清单)[。：:]?$/;
/** A notice handing down the document it carries: 现将…工作安排印发给你们。, 现将有关事项通知如下。 */
/** A count of the problems found, closing its sentence: 查找问题3项, 梳理出问题五个方面, 反馈问题3条. */
const PROBLEMS_FOUND_RE = /(?:查找|梳理|查摆|发现|反馈|列出|共列)出?[^，。；]{0,10}?问题(?:\d+|[一二三四五六七八九十]+)(?:项|条|个|类)(?:方面)?[。；]?$/;
/** A sentence opened by a time gone by: 那时候, 当时, 当年, 过去, 以前. */
const PAST_LEAD_RE = /^(?:那时候?|当时|当年|过去|以前|从前|那些年|那年)/;
/** A quoted name opening its definition: “十分钟急救圈”指…, “红色驿站”是指…, “一站通”即…. */
const BRAND_DEFINED_RE = /^[“"「][^”"」]{2,12}[”"」](?:是指|指的是|指|即|意为|寓意)/;
/** A glossary's term on a line of its own: “双高计划”：, 2.“四好农村路”. */
const GLOSSED_TERM_RE = /^[“"「][^”"」]{2,16}[”"」][：:]?$/;
/** A gloss: 是…的简称, 是指…, 指…, 即…. */
const GLOSS_RE = /^(?:是指|指|即|是[^，。；]{2,40}的(?:简称|统称|合称|缩写))/;
/** A quoted name opening its description: “四点半课堂”由党员教师牵头…. */
const BRAND_DESCRIBED_RE = /^[“"「][^”"」]{2,12}[”"」](?:由|是|以|依托|面向)/;
/** The writer opening a clause as its subject: …，我对照…, 我带队…; not 我们, 我国, a unit named 我局, 我支部, nor a speaker announcing (我想强调三点, 我概括为). */
const FIRST_PERSON_CLAUSE_RE = /(?:^|[，：:；;]|^\s*\d{1,2}[.．、]\s*)我(?![们国省市县区院校局所站行厂司科处室队部村镇]|支部|单位|党委|想|概括|强调|讲|谈|说|提|认为|觉得|希望|感到|时常)/;
/** A note's label opening a sentence: 备注：, 注：, 说明：, （注：…）. */
const NOTE_LABEL_RE = /^[（(]?(?:备注|注|说明)[：:]/;
/** A meeting's roll: who should attend and who came (应到正式党员23名，实到21名; 应出席7人，实出席6人; 出席：…; 总支委员7人（应到7人）). */
const ROLL_RE = /应(?:到|出席|参会)[^，。；]{0,8}?\d+\s*[人名][^。；]{0,4}?实(?:到|出席|参会)|^(?:出席|列席|缺席|参会人员|出席人员)[：:]|[（(]应(?:到|出席)\d+\s*[人名][）)]/;
/** A sentence saying what the document itself rests on or holds (本清单依据…反馈意见制定，共5项。, 本方案根据…编制。). */
const OWN_DOC_RE = /^本(?:整改|实施|工作)?(?:方案|清单|计划|办法|细则|台账)[^。！？]{0,40}?(?:制定|制订|编制|形成)/;
const HANDED_DOWN_RE = /^现将[^。！？]{0,40}(?:印发|转发|下发|发|通知)给(?:你们|各)/;

/** A problem's label opening a sentence: 【问题1】, 问题二：, 存在问题： */
const PROBLEM_FIELD_RE = /^(?:【(?:主要|存在的?|突出|反馈)?问题[一二三四五六七八九十\d]{0,2}】|(?:主要|存在的?|突出|反馈)?问题[一二三四五六七八九十\d]{0,2}[：:])/;

/** The unit a story is about, named as 该行/本所 before what it will do (该行近期将在全县18个网点推广…). */
const THIS_UNIT_RE = new RegExp(`^${THIS_UNIT}(?:将|计划|拟|要)`);

/** A service answered within a span (2天内响应, 7日内办结): the span is the target. */
const RESPONSE_AFTER = /^(?:响应|办结|答复|回复|反馈|到达|到场|处理|处置|解决|联系|上门)/;

/**
 * Whether sentence `si` states a goal in figures (…完成改造40公里，报警器安装率达到70%) right under a numbered goals
 * heading (二、工作目标, （一）年度目标) that is no measures section. (Not under an unmarked 主要预期目标 line, which a
 * government report's tasks may follow with no heading of their own.)
 */
function goalSection(a: Analysis, si: number): boolean {
  const s = a.doc.sentences[si];
  const h = a.doc.headings[s.section];
  if (!h || h.marker === 'plain' || h.marker === 'label' || !GOAL_HEADING_RE.test(h.text)) return false;
  const ctx = measureContext(a, si);
  return ctx.tags.has('target') && !ctx.inMeasures && a.anchorsIn(si, AnchorKind.Quantity).length > 0;
}
/** A goals heading: 工作目标, 创建目标, 后续目标, 年度目标 (not 目标任务, which sets tasks). */
const GOAL_HEADING_RE = /目标$/;

/** A request addressed to units or people at the head of a sentence: 请有关单位…, 下一步，请各支部…, 请机关各科室…. */
const REQUEST_RE = /^(?:下一步|此外|同时|另外)?[，,]?请(?:各|有关|相关|全体|你|该|本|[^，。；：]{1,12}?(?:单位|部门|支部|党支部|同志|科室|处室|中心|学院|党员))/;
/** A negation before a vague time (未能尽快, 没有及时): a failure reported, not a time set. */
export const NEGATED_RE = /(?:未能|没能|不能|未|没有)$/;
/** Words of a total (累计, 共计): a report's, unless a target follows them. */
const TOTAL_WORDS = new Set(['累计', '共计']);
/** A target after a total: 累计培训不少于200人次, 共计达到30项. */
const TOTAL_TARGET_RE = /^[^，。；]{0,8}?(?:不少于|不低于|不超过|达到|力争)/;
/** A notice's salutation on a line of its own: 各车间党支部：, 各党支部、各部门：, 全体党员同志：. */
const SALUTATION_RE = /^(?:各|全体)[\u4e00-\u9fff、]{1,28}[：:]?$/;
/** Whether heading text `t` is a notice's salutation ({@link SALUTATION_RE}), not a lead naming an owner (各支部书记负责：). */
function isSalutation(t: string): boolean {
  return SALUTATION_RE.test(t) && !/负责|牵头|承担|落实/.test(t);
}

/** A meeting's decision opening a sentence of its minutes: 会议决定，, 会议要求，, 会议明确：, 会议责成…. */
const DECISION_RE = /^会议(?:决定|要求|明确|议定|责成|部署)[，,：:]?/;
/** What reports work done in a decision's sentence: 已, 了 (not 了解). */
const DONE_MARK_RE = /已|了(?!解)/;
/** Vague times only a plan can have (尽快, 适时, 择机): before a task's verb they set a task, if no date. */
const PLAN_TIMES = new Set(['尽早', '尽快', '适时', '择机', '择期', '择时', '早日']);

/** Whether clean[from, to) of sentence `si` holds a plan's vague time right before a task's verb (择机组织, 尽快成立), not negated (未能尽快). */
function planTimeBeforeVerb(a: Analysis, si: number, from: number, to: number): boolean {
  const clean = a.doc.clean;
  return a.someHit(si, 'time', 'vague', from, to, (start, end, e) => PLAN_TIMES.has(e.text) && !NEGATED_RE.test(clean.slice(Math.max(from, start - 2), start)) && a.someHit(si, 'directive', 'verb', end, Math.min(to, end + 4), (vs) => vs === end));
}

/**
 * A vague time only a plan can have, opening a sentence before its verb: 尽早建立…, 尽快完成…, 适时召开…; and 近期 right
 * before a task's verb (近期启动…申报工作), not done (近期开展了…) nor a news lead's 近期，.
 */
const PLAN_TIME_LEAD_RE = /^(?:(?:尽早|尽快|抓紧|适时|择机|择期|择时|早日)[\u4e00-\u9fff]|近期(?:启动|开展|召开|组织|完成|制定|建立|举办|推出|出台|印发)(?![了过]))/;

/** A date to be met: 5月底前, 2025年6月30日前, 年底前, 第三季度前. */
const DUE_BY_RE = /(?:[0-9一二三四五六七八九十]月(?:底|中旬|上旬|下旬)?|[0-9]日|年底|年内|季度末?)前/;

/** A bullet opening a list item in plain text: - , • , · , * . */
const BULLET_RE = /^[-•·*－]\s?/;

/** Whether clean[from, to) may hold an assignment: a 由 that is not 由于/由此 ({@link ASSIGN_RE}). */
function hasAssign(clean: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (clean.charCodeAt(i) !== 0x7531 /* 由 */) continue;
    const next = clean.charCodeAt(i + 1);
    if (next !== 0x4e8e /* 于 */ && next !== 0x6b64 /* 此 */) return ASSIGN_RE.test(clean.slice(from, to));
  }
  return false;
}

/** A clause naming a stage: …为启动阶段, 第二阶段. */
const STAGE_CLAUSE_RE = /(?:为|是)?[\u4e00-\u9fff]{0,6}阶段$/;
/** Whether sentence `si` is a dated stage of a schedule section (进度安排：6月，支部完成筹备；7—8月，支部开展专项活动；), free of stock phrases. */
function scheduleStage(a: Analysis, si: number): boolean {
  const s = a.doc.sentences[si];
  const text = a.doc.clean.slice(s.bodyCs, s.ce);
  // (Not a stage of stock phrases: 2025年5月—10月，持续推进品牌创建，努力实现各项工作全面提升 restates no task.)
  return (TIME_LEAD_RE.test(text) || opensWithStage(a.doc.clean, s.bodyCs, s.ce)) && !a.mentions(si, 'stock-phrase') && measureContext(a, si).tags.has('schedule');
}

/** Whether clean[from, to) opens with a clause naming a stage of a schedule (2025年1月至3月为启动阶段，…). */
function opensWithStage(clean: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && k - from <= 24 && !isClauseMark(clean.charCodeAt(k))) k++;
  return k < to && k - from <= 24 && STAGE_CLAUSE_RE.test(clean.slice(from, k));
}
/** ，,；;：: */
const isClauseMark = (c: number) => c === 0xff0c || c === 44 || c === 0xff1b || c === 59 || c === 0xff1a || c === 58;

/** Whether every clause of `text` names a stage of a schedule (2025年3月至6月为启动阶段，2025年7月至2026年6月为深化阶段。). */
function onlyStages(text: string): boolean {
  if (!text.includes('阶段')) return false;
  return text.split(/[，,；;。]/).filter((c) => c.trim()).every((c) => STAGE_CLAUSE_RE.test(c.trim()));
}

/** …and not one introducing measures (问题的整改措施如下：, 将重点做好以下工作：). */
export const MEASURE_INTRO_RE = /措施|举措|对策|打算|以下工作|如下工作|工作如下|整改如下|改进|(?:围绕|针对)(?:上述|以上|这些)/;
/**
 * A colon introducing a list of problems: 仍存在三个方面的短板：, 主要问题：, 查找不足，主要有三：, 仍有三个方面不够：
 * (not 问题的整改措施如下：).
 */
const PROBLEM_INTRO_RE = /(?:问题|不足|短板|差距|薄弱环节|方面(?:还|仍)?(?:不够|欠缺|薄弱|有待加强|有待提高|有待改进|需要改进))(?:[^，。；\n]{0,8}|，(?:主要)?(?:有|是|表现在|体现在)[^，。；\n]{0,6})[：:]/g;
/**
 * The characters before 问题 in a measure naming the problem it answers (对应问题1：, 针对问题二：, 对问题三： opening a line), or
 * before a shortcoming it sets out to fix (下一步补短板安排：, 弥补差距：).
 */
const BY_PLACE_BEFORE_RE = /(?:对应|针对|关于|解决|弥补|破解|克服|补齐|补)$|(?:^|[^\u4e00-\u9fff])对$/;

/**
 * The clean offset just past the first colon in [from, to) that introduces a list of problems
 * ({@link PROBLEM_INTRO_RE}), or -1. The colons are found once per document (memoised on the analysis).
 */
export function problemIntroIn(a: Analysis, from: number, to: number): number {
  const ends = a.shared('measures.problemIntros', () => {
    const out: number[] = [];
    PROBLEM_INTRO_RE.lastIndex = 0;
    // (Not a measure naming the problem it answers: （一）对应问题1：由台长负责…)
    // (Nor a label naming the problem it answers: 1. 关于…处置滞后的问题：由广告监管组负责…)
    for (let m; (m = PROBLEM_INTRO_RE.exec(a.doc.clean)); ) if (!MEASURE_INTRO_RE.test(m[0]) && !BY_PLACE_BEFORE_RE.test(a.doc.clean.slice(Math.max(0, m.index - 2), m.index)) && !ABOUT_LABEL_BEFORE_RE.test(a.doc.clean.slice(Math.max(0, m.index - 40), m.index))) out.push(m.index + m[0].length);
    return out;
  });
  // Binary search for the first end inside (from, to].
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < ends.length && ends[lo] <= to ? ends[lo] : -1;
}
/** Marks that open a clause: ，；、. */
const CLAUSE_OPEN = codeSet('，；,;');
/** A modal right after a clause's subject: 要, 将, 须, 应, 必须, 务必. */
const CLAUSE_MODAL_RE = /^(?:也|还|都)?(?:要|将|须|应|必须|务必)/;
/** A label opening a sentence: 整改措施：, 整改情况：, 措施：. */
const LABEL_AT_RE = /^((?:整改|落实|改进|下一步)?(?:措施|举措|对策|情况|结果|进展|计划|打算))[一二三四五六七八九十\d]{0,2}[：:]\s*/;
/** First characters of {@link LABEL_AT_RE}'s labels. */
const LABEL_FIRST = codeSet('整落改下措举对情结进计打');
/** Labels of what was done: 整改情况, 落实情况, 整改结果, 整改进展. */
const REPORT_LABEL_RE = /情况|结果|进展/;
/** A label marking an item done: 已完成：, 已办结：, 已落实：. */
const DONE_LABEL_RE = /^(?:已完成|已办结|已落实)[：:]/;
const MEASURE_LABEL_TAGS: ReadonlySet<SectionTag> = new Set<SectionTag>(['measure']);
const PROBLEM_TAGS: ReadonlySet<SectionTag> = new Set<SectionTag>(['problems']);

const MEASURE_TAGS = ['measure', 'next', 'schedule'] as const;
const NO_TAGS: ReadonlySet<SectionTag> = new Set();
/** A title that names a task by its verb (提升成果质量, 深化品牌内涵建设). */
const TASK_TITLE_RE = /^(?:提升|提高|强化|深化|加强|推动|推进|建立|健全|完善|打造|优化|拓展|丰富|创新|规范|夯实|筑牢|突出|聚焦|做实|抓好|做好|落实|实施|开展|培育|构建|搭建|坚持|注重|着力)/;

/**
 * The headings above sentence `si` as measures read them, memoised per section:
 * - `tags`: those of the innermost tagged heading, passing over task titles (a
 *   run-in title that opens with a verb, （四）提升成果质量。, names a task, and
 *   the 成果 in it does not make a results section);
 * - `inMeasures`: whether any heading above is a measure, next-steps or
 *   schedule heading, however deep (（二）深化品牌内涵建设 under 三、下一步工作安排
 *   stays in the plan). The document's title counts only when no heading below
 *   it is tagged (一、基本情况 under a title …工作安排 is no measure section).
 */
function measureContext(a: Analysis, si: number): { tags: ReadonlySet<SectionTag>; inMeasures: boolean } {
  const section = a.doc.sentences[si].section;
  // (By section + 1: sentences before the first heading have section -1.)
  const memo = a.shared('measures.context', () => new Array<{ tags: ReadonlySet<SectionTag>; inMeasures: boolean } | undefined>(a.doc.headings.length + 1));
  let ctx = memo[section + 1];
  if (!ctx) {
    let tags: ReadonlySet<SectionTag> | undefined;
    let inMeasures = false;
    let tagged = false;
    for (let h = section; h >= 0; h = a.doc.headings[h].parent) {
      const hd = a.doc.headings[h];
      // A run-in title stating a shortcoming (（三）文风会风改进不够。) under a problems heading names a problem:
      // it opens no measures, whatever verb it holds.
      // (…unless it names the shortcoming it fixes: （二）补齐防火宣传短板。)
      if (hd.kind === 'runin' && a.has(hd.sentence, 'problem', undefined, hd.cs, hd.ce) && !FIXING_RE.test(hd.text)) {
        tags ??= PROBLEM_TAGS;
        continue;
      }
      // (A title naming the shortcoming a measure fixes — 补齐防火宣传短板 — heads no problems.)
      let t = headingTags(a, h);
      if (t.has('problems') && FIXING_RE.test(hd.text)) t = new Set([...t].filter((x) => x !== 'problems'));
      if (!tags && t.size && !(a.doc.headings[h].kind === 'runin' && TASK_TITLE_RE.test(a.doc.headings[h].text))) tags = t;
      if (inMeasures || (h === a.doc.title && tagged)) continue;
      // (A heading of measures taken and how far they got, 一、主要整改措施及完成情况, reports them: it opens no measures.)
      if (MEASURE_TAGS.some((x) => t.has(x)) && !(t.has('practice') && t.has('measure') && !t.has('next') && !t.has('schedule'))) inMeasures = true;
      if (t.size) tagged = true;
      // A form's field of a part of its own (工作成效：…, 品牌内涵：… after 主要举措：) is the sibling of the line heading the
      // parser put it under, not a part of it: the measures heading above it does not reach it.
      if (hd.kind === 'label' && t.size && !inMeasures) break;
    }
    ctx = { tags: tags ?? NO_TAGS, inMeasures };
    memo[section + 1] = ctx;
  }
  return ctx;
}

/**
 * Whether clean offset `at` lies inside a quotation (“…” or 「…」) opened
 * after `from`: a modal in a quoted saying (回答很朴素：“要从一句问候做起。”) or
 * a quoted name (“我要当先锋”活动) is not the writer's own commitment.
 */
function quoted(clean: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = clean.charCodeAt(i);
    if (c === 0x201c || c === 0x300c) depth++;
    else if ((c === 0x201d || c === 0x300d) && depth > 0) depth--;
  }
  return depth > 0;
}

/** The opening of a label naming the problem answered after it, before its 问题：: (1. )关于…的, 针对…的. */
const ABOUT_LABEL_BEFORE_RE = /(?:^|\n|[0-9]{1,2}[.．、]\s*|[（(][一二三四五六七八九十0-9]{1,2}[）)])(?:关于|针对)[^，。；：\n]{2,38}的?$/;
/** A header cell over the owners (责任人, 责任单位, 牵头部门). */
const OWNER_COLUMN_RE = /责任|牵头|负责/;
/** A header cell naming tasks: 任务, 工作事项, 任务内容, 工作内容. */
const TASK_COLUMN_RE = /任务|事项|内容|项目/;
/** A header cell naming measures: 整改措施, 具体措施, 工作举措. */
const MEASURE_COLUMN_RE = /措施|举措|对策/;
/** A header cell over work done: 已采取的整改措施, 整改完成情况, 落实进展. */
const DONE_COLUMN_RE = /已|完成情况|落实情况|进展/;

/**
 * Whether row `si` states a measure in its column `k`: true when the cell holds one, false when it is
 * empty or a dash (—, 无, 暂无), undefined when the row has no such cell.
 */
function measureCell(a: Analysis, si: number, k: number): boolean | undefined {
  const s = a.doc.sentences[si];
  const [from, to] = cellOf(a.doc.clean, s.bodyCs, s.ce, k);
  if (from >= to && k >= a.doc.clean.slice(s.bodyCs, s.ce).split('\t').length) return undefined;
  return statesMeasure(a, from, to) && !a.has(si, 'past', undefined, from, to);
}

/** Whether the table cell clean[from, to) holds a measure: two Han characters or more, and no dash or 无/待定. */
function statesMeasure(a: Analysis, from: number, to: number): boolean {
  return hanIn(a, from, to, 2) >= 2 && !NO_MEASURE_RE.test(a.doc.clean.slice(from, to).trim());
}
/** A header cell naming problems: 存在问题, 检视问题, 不足, 短板. */
const PROBLEM_COLUMN_RE = /问题|不足|短板|差距/;
/** Headers of columns that sort problems rather than state them: 问题类别, 问题类型, 问题来源. */
const PROBLEM_KIND_COLUMN_RE = /类别|类型|分类|来源|编号|序号/;
/** The index of the header cell stating the problem (问题表现, 存在问题), not one sorting it or holding measures; or -1. */
function problemColumnOf(cells: readonly string[]): number {
  return cells.findIndex((c) => PROBLEM_COLUMN_RE.test(c) && !MEASURE_COLUMN_RE.test(c) && !PROBLEM_KIND_COLUMN_RE.test(c));
}

/** A problem row of a table left unanswered: its problem cell's clean range, and why (slogans only, or party routine only). */
export interface UnansweredRow {
  cs: number;
  ce: number;
  /** The measure cell states slogans only, or a general pledge with the row's other cells empty. */
  slogans: boolean;
  /** The measure cell states party routine only for a problem of the business ({@link routineForBusiness}). */
  routine?: boolean;
}

/**
 * Problems listed in a table of problems and measures (问题 | 整改措施 | 责任人) whose row leaves the measure
 * cell empty or dashed (—, 无, 待定), or fills it with slogans only (进一步提高政治站位，切实转变工作作风): the problem
 * cells, as clean-text ranges [start, end), with `slogans` true for the second kind; also rows answered by party routine
 * only, or left unfilled but for a general pledge ({@link UnansweredRow}).
 */
export function unansweredRows(a: Analysis): UnansweredRow[] {
  const { doc } = a;
  const out: UnansweredRow[] = [];
  if (!doc.clean.includes('\t')) return out;
  let problemColumn = -1;
  let measureColumn = -1;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    // (A row whose last cells are empty ends in their tabs, after its sentence: 家校沟通渠道单一\t\t\t.)
    const ce = rowEnd(doc.clean, s.ce);
    if (s.kind !== SentenceKind.Body || !hasTab(doc.clean, s.bodyCs, ce)) {
      problemColumn = measureColumn = -1;
      continue;
    }
    if (isHeaderRow(doc.clean, s.bodyCs, s.ce)) {
      const cells = doc.clean.slice(s.bodyCs, s.ce).split('\t');
      problemColumn = problemColumnOf(cells);
      measureColumn = cells.findIndex((c) => MEASURE_COLUMN_RE.test(c));
      continue;
    }
    // (A row whose first cell is empty carries on the row above: its cells are that row's, wrapped.)
    if (problemColumn < 0 || measureColumn < 0 || carriesRowAbove(doc.clean, s.cs)) continue;
    const [m0, m1] = cellOf(doc.clean, s.bodyCs, ce, measureColumn);
    const stated = statesMeasure(a, m0, m1);
    const slogans = stated && slogansOnly(a, si, m0, m1);
    const [from, to] = cellOf(doc.clean, s.bodyCs, ce, problemColumn);
    // (A measure of party routine for a problem of the business, sharing no word with it, answers nothing either.)
    const routine = stated && !slogans && routineForBusiness(a, si, from, to, m0, m1);
    // (…and so is a row left unfilled but for a pledge in general words, its owner and date cells empty: | 品牌知晓度不高 |
    // 进一步加强宣传推广，扩大品牌影响 | | |.)
    const bare = stated && !slogans && !routine && !hasConcreteAnchor(a, si, m0, m1) && othersEmpty(doc.clean, s.bodyCs, ce, [problemColumn, measureColumn]);
    if (stated && !slogans && !routine && !bare) continue;
    if (hanIn(a, from, to, 2) >= 2) out.push({ cs: from, ce: to, slogans: slogans || bare, ...(routine && { routine }) });
  }
  return out;
}

/** Party words in a problem: it is about party work, which party activities may answer. */
const PARTY_PROBLEM_RE = /党|支部|政治|思想|理论|学习|作风|纪律|廉|意识|组织生活/;

/**
 * Whether the measure at clean[m0, m1) of sentence `si` answers a problem of the business at clean[p0, p1) with party
 * routine only (财务报销审批超时 → 组织党员学习党章党规，开展专题研讨2次; 食堂食品留样记录不规范 → 开展“党员先锋岗”评选):
 * the problem names no party work, the measure names party study or a party carrier and no business,
 * and the two share no two characters. Party activity put in place of the business's own remedy answers nothing
 * (004 二: 党建与业务“两张皮”; 000 §1—§2: 对策逐一对应问题).
 */
export function routineForBusiness(a: Analysis, si: number, p0: number, p1: number, m0: number, m1: number): boolean {
  const clean = a.doc.clean;
  const problem = clean.slice(p0, p1);
  if (PARTY_PROBLEM_RE.test(problem)) return false;
  if (a.has(si, 'business', undefined, m0, m1) || !(a.has(si, 'political', undefined, m0, m1) || a.has(si, 'carrier', undefined, m0, m1))) return false;
  const measure = clean.slice(m0, m1);
  for (let i = 0; i + 1 < problem.length; i++) {
    const c = problem.charCodeAt(i);
    const d = problem.charCodeAt(i + 1);
    if (c >= 0x4e00 && c <= 0x9fff && d >= 0x4e00 && d <= 0x9fff && measure.includes(problem.slice(i, i + 2))) return false;
  }
  return true;
}

/** Whether every cell of the row clean[from, to) but those of `skip` and a number cell is empty (only spaces or dashes). */
function othersEmpty(clean: string, from: number, to: number, skip: readonly number[]): boolean {
  const cells = clean.slice(from, to).split('\t');
  if (cells.length < 3) return false;
  return cells.every((c, k) => skip.includes(k) || /^\s*(?:\d{1,3}[.．、]?|[—\-–/／]*)\s*$/.test(c));
}

/** The end of the table row whose text ends at clean offset `ce`: past the tabs of empty last cells, if only they follow on its line. */
function rowEnd(clean: string, ce: number): number {
  let k = ce;
  while (k < clean.length && clean.charCodeAt(k) === 9) k++;
  return k > ce && (k === clean.length || clean.charCodeAt(k) === 10) ? k : ce;
}

/**
 * A table of problems numbered in its first column (序号 | 问题 | 类别) answered by a later table of measures numbered
 * to match (对应序号 | 整改措施 | 责任人 | 时限, or 序号 1, 3, 4): each problem row's problem cell [cs, ce) and whether a
 * measure row carries its number. Empty when the document has no such pair of tables.
 */
export function numberedProblemRows(a: Analysis): Array<{ cs: number; ce: number; answered: boolean }> {
  const { doc } = a;
  if (!doc.clean.includes('\t')) return [];
  // The tables of the document in order: header cells, then each row's first cell and row range.
  const tables: Array<{ problem: number; measure: number; matched: boolean; rows: Array<{ no: string; cs: number; ce: number }> }> = [];
  let table: (typeof tables)[number] | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (s.kind !== SentenceKind.Body || !hasTab(doc.clean, s.bodyCs, s.ce)) {
      table = undefined;
      continue;
    }
    if (isHeaderRow(doc.clean, s.bodyCs, s.ce)) {
      const cells = doc.clean.slice(s.bodyCs, s.ce).split('\t');
      if (!ROW_NUMBER_COLUMN_RE.test(cells[0] ?? '')) {
        table = undefined;
        continue;
      }
      // (The first column numbers the rows, whatever its name says: 对应问题 | 整改措施 is a table of measures.)
      const problem = problemColumnOf(cells.slice(1));
      table = { problem: problem < 0 ? -1 : problem + 1, measure: cells.findIndex((c) => MEASURE_COLUMN_RE.test(c)), matched: /^(?:对应|问题)/.test(cells[0]), rows: [] };
      tables.push(table);
      continue;
    }
    if (!table) continue;
    const [n0, n1] = cellOf(doc.clean, s.bodyCs, s.ce, 0);
    table.rows.push({ no: doc.clean.slice(n0, n1).trim(), cs: s.bodyCs, ce: s.ce });
  }
  const out: Array<{ cs: number; ce: number; answered: boolean }> = [];
  tables.forEach((t, k) => {
    if (t.problem < 0 || t.measure >= 0) return;
    const answers = tables.slice(k + 1).find((m) => m.measure >= 0 && m.problem < 0);
    if (!answers) return;
    const numbers = new Set(answers.rows.map((r) => r.no).filter((n) => n));
    // The numbers refer to the problems when the header says so (对应序号) or when they skip one (1, 2, 4); a plain
    // 1, 2, … may just count the measures.
    const counted = answers.rows.every((r, i) => r.no === String(i + 1));
    if (!answers.matched && counted) return;
    for (const r of t.rows) {
      const [cs, ce] = cellOf(doc.clean, r.cs, r.ce, t.problem);
      if (r.no && ce > cs) out.push({ cs, ce, answered: numbers.has(r.no) });
    }
  });
  return out;
}
/** The header of a column numbering rows: 序号, 编号, 对应序号, 问题序号, 对应问题. */
const ROW_NUMBER_COLUMN_RE = /^(?:对应|问题)?(?:序号|编号|问题)$/;

/**
 * Whether clean[from, to) of sentence `si` is slogans only: two or more stock phrases or slogans (提高政治站位,
 * 切实转变工作作风, 践行初心使命) and nothing concrete (no quantity, date, named owner or object of its own).
 */
export function slogansOnly(a: Analysis, si: number, from: number, to: number): boolean {
  if (!(a.mentions(si, 'stock-phrase') || a.mentions(si, 'slogan'))) return false;
  const phrases = a.hitsIn(si, 'stock-phrase', undefined, from, to).length + a.hitsIn(si, 'slogan', undefined, from, to).length;
  return phrases >= 2 && !hasConcreteAnchor(a, si, from, to);
}

/** A cell that states no measure: 无, 暂无, 待定, or only a promise to keep at it (持续整改, 长期坚持). */
const NO_MEASURE_RE = /^(?:[（(【\[]?(?:无|暂无|待定|待研究|未定|暂缺)[）)】\]]?|[—\-–/／]*|(?:(?:持续整改|长期坚持|立行立改|持续推进|长期整改|持续落实|常抓不懈|久久为功|长期)[，,、；;。]?)+)$/;

/** Whether `text` (a rectification's content, its label left out) promises only to keep at it: 持续整改，长期坚持。 */
export function placeholderMeasure(text: string): boolean {
  return NO_MEASURE_RE.test(text.trim()) && text.trim().length > 0;
}

/** A header cell naming targets: 目标, 预期成果, 预期成效, 完成标准, 指标. */
const TARGET_COLUMN_RE = /目标|成果|成效|效果|标准|指标|数量|要求/;

/** Clean range of cell `k` of the row clean[from, to) (cells separated by tabs); empty past the last cell. */
function cellOf(clean: string, from: number, to: number, k: number): [number, number] {
  let start = from;
  for (let i = from, cell = 0; i <= to; i++) {
    if (i === to || clean.charCodeAt(i) === 9) {
      if (cell === k) return [start, i];
      cell++;
      start = i + 1;
    }
  }
  return [to, to];
}

/** The clean offset where the line holding offset `at` starts. */
function lineStart(clean: string, at: number): number {
  return clean.lastIndexOf('\n', at - 1) + 1;
}

/** Whether the table row whose text starts at clean offset `cs` has an empty first cell (a tab opens its line): it carries on the row above. */
function carriesRowAbove(clean: string, cs: number): boolean {
  return cs > 0 && clean.charCodeAt(cs - 1) === 9 && clean.charCodeAt(lineStart(clean, cs)) === 9;
}

/** Whether clean[from, to) holds a tab (a table row). */
function hasTab(clean: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (clean.charCodeAt(i) === 9) return true;
  return false;
}

/** Marks that join two labels in a header cell (/ ／ 、 （ ） ( )), and the number sign a number column is headed by (# ＃). */
const HEADER_JOINERS = codeSet('/／、（）()#＃');
/** Longest cell of a table's header row, in UTF-16 units (工作事项, 完成时限, 目标及成果). */
const HEADER_CELL_MAX = 8;

/**
 * Whether clean[from, to) is the header row of a table: cells separated by
 * tabs, each a short label with no digit or punctuation (序号\t工作事项\t责任人\t完成时限).
 */
export function isHeaderRow(clean: string, from: number, to: number): boolean {
  let cell = 0;
  let tabs = 0;
  for (let i = from; i < to; i++) {
    const c = clean.charCodeAt(i);
    if (c === 9) {
      cell = 0;
      tabs++;
      continue;
    }
    // (A cell may join two labels: 目标/成果, 责任人（单位）.)
    if (HEADER_JOINERS.has(c)) continue;
    if (c < 0x4e00 || c > 0x9fff || ++cell > HEADER_CELL_MAX) return false;
  }
  return tabs > 0;
}

/** The owner stated in clean[from, to) of sentence `si`. */
function ownerOf(a: Analysis, si: number, from: number, to: number): { owner: Measure['owner']; vague: Hit[] } {
  const text = a.doc.clean.slice(from, to);
  const vague = a.hitsIn(si, 'actor', 'vague', from, to);
  // A to-do item assigned by a mention (…形成分析报告1份 @网格长 党员 朱峰) is owned by whom it mentions.
  const mention = text.includes('@') || text.includes('＠') ? MENTION_RE.exec(text) : null;
  if (mention) {
    const at = from + mention.index;
    const inMention = vague.filter((h) => h.start >= at && h.start < at + mention[0].length);
    return inMention.length ? { owner: 'vague', vague: inMention } : { owner: 'specific', vague: NO_HITS };
  }
  // A field naming who assists (配合：相关部门) names no owner, vague or not: the lead field (牵头：…) does.
  if (COOPERATE_FIELD_RE.test(text)) return { owner: 'none', vague: NO_HITS };
  // (Only a text with 由 in it can assign: most have none, and skip the long pattern.)
  const hasBy = text.includes('由');
  if (hasBy && ASSIGN_RE.test(text)) {
    if (!vague.length) return { owner: 'specific', vague: NO_HITS };
    // Every assignment counts: one of several (…由管道保护部负责…；由相关部门适时开展…) may name no one.
    const vagueInAssign: Hit[] = [];
    for (const m of text.matchAll(ASSIGN_ALL_RE)) {
      const whoFrom = from + m.index! + 1;
      for (const h of vague) if (h.start >= whoFrom && h.end <= whoFrom + m[1].length) vagueInAssign.push(h);
    }
    if (vagueInAssign.length) return { owner: 'vague', vague: vagueInAssign };
    return { owner: 'specific', vague: NO_HITS };
  }
  // A vague actor after 由 owns nothing, whatever verb follows (由相关部门在2025年6月底前将…压缩至…).
  if (vague.length && hasBy) {
    const by = vague.filter((v) => a.doc.clean[v.start - 1] === '由' || (a.doc.clean[v.start - 1] === '各' && a.doc.clean[v.start - 2] === '由'));
    if (by.length) return { owner: 'vague', vague: by };
  }
  // Anyone else named after 由 before where, when or how they act owns the task (由付强每月统计…).
  if (hasBy && (BY_ACTOR_RE.test(text) || COUNTED_BY_RE.test(text) || BY_BODY_RE.test(text))) return { owner: 'specific', vague: NO_HITS };
  // (After an item's marker: 1. 机关党委于2025年3月底前…)
  const marker = markerAt(text, 0)?.length ?? 0;
  let discourse = marker + (LEAD_RE.exec(text.slice(marker))?.[0].length ?? 0);
  // (…and after the problem it answers: 针对第一个问题，建议市商务局会同…)
  const addressed = ADDRESS_LEAD_RE.exec(text.slice(discourse))?.[0].length ?? 0;
  if (addressed) discourse += addressed + (LEAD_RE.exec(text.slice(discourse + addressed))?.[0].length ?? 0);
  // (…and after a measure label inside its paragraph: 整改措施：执法科将于…, and the spaces a label leaves: 改进措施： 装备科…;
  // an item's opener may follow the label: 整改措施：一是补贴管理股将于….)
  const label = LABEL_AT_RE.exec(text.slice(discourse))?.[0].length ?? 0;
  if (label) {
    discourse += label;
    discourse += LEAD_RE.exec(text.slice(discourse))?.[0].length ?? 0;
  }
  while (discourse < text.length && isSpace(text.charCodeAt(discourse))) discourse++;
  if (vague.length) {
    const clean = a.doc.clean;
    // A vague actor opening a clause of its own before a modal (…，相关部门要认真做好各项准备工作): that task has no
    // owner, whoever owns the rest of the sentence.
    const own = vague.filter((v) => CLAUSE_OPEN.has(clean.charCodeAt(v.start - (clean[v.start - 1] === '各' ? 2 : 1))) && v.start > from && CLAUSE_MODAL_RE.test(clean.slice(v.end, v.end + 3)));
    if (own.length) return { owner: 'vague', vague: own };
    // A vague actor as the subject (各相关部门要尽快明确…，报送站党委办公室备案): the bodies named after the
    // modal receive the work, they do not own it.
    const v = vague[0];
    const modal = a.hitsIn(si, 'directive', 'modal', from, to)[0];
    // (The unit's name before it leaves it vague: 学院相关部门要…)
    const pre = clean.slice(from + discourse, v.start);
    if (modal && v.end <= modal.start && (/^各?$/.test(pre) || (pre.length <= UNIT_QUALIFIER_MAX && UNIT_QUALIFIER_END.test(pre) && hanIn(a, from + discourse, v.start) === pre.length))) return { owner: 'vague', vague: [v] };
  }
  // An owner field left open (责任人：待定) or blank (责任人：) names no one.
  if ((text.includes('定') || text.includes('无') || text.includes('明')) && UNDECIDED_OWNER_RE.test(text)) return { owner: 'none', vague: NO_HITS };
  if ((text.includes('：') || text.includes(':') || text.includes('】')) && BLANK_OWNER_RE.test(text)) return { owner: 'none', vague: NO_HITS };
  // An owner field naming no one (责任单位：相关部门) is vague.
  const field = text.includes('责任') || text.includes('牵头') || text.includes('主责') || text.includes('负责') ? RESPONSIBLE_RE.exec(text) : null;
  if (field && vague.some((h) => h.start - from >= field.index && h.start - from <= field.index + field[0].length + 2)) return { owner: 'vague', vague };
  if (namesOwner(a, si, from, to) || namesBranch(text) || field) return { owner: 'specific', vague: NO_HITS };
  // A line headed by who does it, post and name (指导员 党员 饶兵：2025年4月底前走访…), as a to-do list writes it.
  if ((text.includes('：') || text.includes(':')) && OWNER_LINE_RE.test(text)) return { owner: 'specific', vague: NO_HITS };
  // A named person after a post, or a named group, doing the task (书记黄建国完成…, 党员毛凯负责…, 钱坤小组完成…).
  if ((TASK_VERB_RE.test(text) && (POST_NAME_RE.test(text) || POST_CHARGE_RE.test(text))) || (text.includes('由') && OWNER_LAST_RE.test(text))) return { owner: 'specific', vague: NO_HITS };
  // An owner in brackets closing the task, as task lists write it (…储备融雪剂500吨（物资科）; …（运检班负责）。).
  const paren = text.charCodeAt(text.length - 1) === 0xff09 || text.charCodeAt(text.length - 2) === 0xff09 ? OWNER_PAREN_RE.exec(text) : null;
  if (paren && !paren[1].includes('简称')) {
    const at = from + paren.index;
    const inParen = vague.filter((h) => h.start >= at);
    return inParen.length ? { owner: 'vague', vague: inParen } : { owner: 'specific', vague: NO_HITS };
  }
  // A body of the unit as the subject (风电场于3月底前配备…, 信息中心每月…): it owns what follows.
  // (A leading time clause or stage label does not hide it: 2025年3月至10月，支部每月汇总…; （3）10月至12月：支部于…)
  const lead = discourse + (TIME_LEAD_RE.exec(text.slice(discourse))?.[0].length ?? 0);
  // (A body after a preposition opening the clause is its partner, not its subject: 择机与兄弟车辆段开展联建, 择机邀请兄弟单位党支部开展联学.)
  if (!PARTNER_FIRST_RE.test(text.slice(lead, lead + 6)) && (BODY_SUBJECT_RE.test(text.slice(lead, lead + 14)) || BRANCH_SUBJECT_RE.test(text.slice(lead, lead + 18)) || THIS_UNIT_RE.test(text.slice(lead, lead + 10)))) return { owner: 'unit', vague: NO_HITS };
  // (A report's hearsay lead does not hide the unit it names back either: 据悉，该院还将…; 据了解，近期该行还将….)
  const heard = HEARSAY_LEAD_RE.exec(text.slice(lead))?.[0].length ?? 0;
  if (heard && THIS_UNIT_RE.test(text.slice(lead + heard, lead + heard + 10))) return { owner: 'unit', vague: NO_HITS };
  // …or opening a clause of its own before its modal (一是必须把好发票审核关，第一税务分局要对…).
  for (let k = text.indexOf('，'); k >= 0; k = text.indexOf('，', k + 1)) {
    const clause = text.slice(k + 1, k + 19);
    if ((BODY_SUBJECT_RE.test(clause) || BRANCH_SUBJECT_RE.test(clause)) && CLAUSE_SUBJECT_MODAL_RE.test(clause)) return { owner: 'unit', vague: NO_HITS };
  }
  // The writer as the subject of a clause (2025年3月底前，我对照条例组织…; 关于…问题：…，我带队…): a first-person
  // inspection or duty report names its owner so.
  if (text.includes('我') && FIRST_PERSON_CLAUSE_RE.test(text)) return { owner: 'specific', vague: NO_HITS };
  // The writing unit as subject before the first directive word: 支部将…, 我们要….
  // 各支部 / 所属支部 are each of the branches the writer addresses, not the writing unit (各单位 names no one).
  // Nor does the body whose arrangement the sentence follows (按照总行党委部署，现将…) own it.
  const units = a.hitsIn(si, 'actor', 'unit', from, to).filter((u) => !EACH_BEFORE.test(a.doc.clean.slice(Math.max(from, u.start - 2), u.start)) && !BASIS_BEFORE.test(a.doc.clean.slice(Math.max(from, u.start - 8), u.start)));
  if (units.length) {
    const modal = a.hitsIn(si, 'directive', 'modal', from, to);
    const firstModal = modal.length ? Math.min(...modal.map((h) => h.start)) : Infinity;
    // The subject: right before the directive word (支部将…), or opening the sentence (党委高度重视，…确保…).
    if (units.some((u) => u.start < firstModal && (firstModal - u.end <= 6 || opensWith(a, si, from + lead, u.start)))) return { owner: 'unit', vague: NO_HITS };
  }
  if (vague.length) return { owner: 'vague', vague };
  return { owner: 'none', vague: NO_HITS };
}

/** A field naming who assists a task, opening the text: 配合：, 配合单位：. */
const COOPERATE_FIELD_RE = /^\s*[（(]?\s*配合(?:单位|部门|科室|处室)?[:：]/;

/** A post and a name heading a line before its colon: 指导员 党员 饶兵：, 组织委员 孙燕：, 网格长朱峰：. */
const OWNER_LINE_RE = /^[\u4e00-\u9fff]{0,6}?(?:员|书记|主任|站长|科长|组长|队长|经理|网格长|楼栋长|班长)[\s　]*(?:党员[\s　]*)?[\u4e00-\u9fff]{2,3}[：:]/;
/** A mention assigning a task: @组织委员 李娜, ＠网格长 党员 朱峰. */
const MENTION_RE = /[@＠]\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,14}/;

/**
 * A named body of the unit opening the sentence as its subject, right before a time, a modal or its
 * verb (风电场于2025年3月底前…, 信息中心每月…, 后勤科负责…, 装备保障股负责…, 纪工委负责…; a 党委 is read as a branch, below); not 各车间 / 有关科室 / 部分班组 (no one in particular).
 */
const BODY_SUBJECT_RE = /^(?![各全本该其有相部一所请])(?:(?!各)[\u4e00-\u9fff、]){0,16}(?:场|站|厂|院|所|局|队|中心|公司|科|室|处|馆|社|校|段|矿|库|港|办|(?<![干全])部|股|组|(?<!党)委|频道|街道)(?=于|将|要|在|负责|每|按|从|自|拟|须|应|计划|牵头|会同|联合|统一|务必|必须|组织|开展|编写|建立|设立|制定|举办|推行|近期|尽快|适时|及时|抓紧|年内|今年|本月|\d{4}年)/;

/** A lead announcing the arrangements listed after it: 现对有关工作作如下安排：, 现将有关事项通知如下：, 具体安排如下：. */
const ARRANGE_LEAD_RE = /(?:作如下|如下)(?:安排|部署)[：:]$|(?:安排|部署|事项|任务)(?:通知)?如下[：:]$/;
/** A sentence introducing the items after it: 以下任务…, 下列工作…, …如下： */
const LIST_LEAD_RE = /(?:以下|下列)[^，。；]{0,6}(?:任务|工作|事项|举措|措施|件事)|(?:以下|下列)各项|如下[：:]|(?:分为|分成|包括)[两二三四五六七八九十]项|^各个?(?:阶段|项)的?(?:工作|任务)|^(?:本部分|本项|本节|本章|该部分|此部分|该章)的?(?:各项)?(?:工作|任务)/;
/** A deadline in a heading's brackets, as a field or a date: （完成时限：2025年6月30日）, （6月15日前完成）, （6月16日至8月31日）. */
const DEADLINE_FIELD_RE = /[（(](?:(?:完成)?(?:时限|时间|时间节点)[:：]|[^（）()]{0,8}\d{1,2}月(?:\d{1,2}日)?(?:底|中旬|上旬|下旬)?(?:前|至|—|－|-|～|~))/;
/** A preposition naming a partner or a place opening a clause, after a time at most: 与兄弟车辆段…, 择机同…, 到社区…. */
const PARTNER_FIRST_RE = /^(?:择机|适时|近期|尽快|及时|定期|每(?:月|周|季度?|半年|年))?(?:与|同|跟|赴|到|邀请|邀)(?!时|期)/;
/** A modal in a clause's first words after its subject (第一税务分局要…, 门诊部务必…). */
const CLAUSE_SUBJECT_MODAL_RE = /^[\u4e00-\u9fff]{2,12}?(?:要(?!求)|将|须|务必|必须|应当|负责)/;

/** A branch named by what it serves opening the sentence (政务服务窗口党支部每周五…, 城西片区党总支于…), or the leading team writing its own review (班子将…): not 各/有关 ones. */
const BRANCH_SUBJECT_RE = /^(?![各全本该其有相部一所])(?:[\u4e00-\u9fff、\d个]{2,16}?(?:党支部|党总支|党委|党小组|团委|团支部|工会|妇委会)|(?:领导)?班子)(?=于|将|要|在|负责|每|按|从|自|拟|须|应|计划|牵头|统一|定期|通过|组织|开展|建立|推行)/;

/**
 * Whether clean[from, to) of sentence `si` names a specific actor who owns the task: not one the task designates
 * (每个责任区明确1名党员负责人, 配备2名联络员).
 */
function namesOwner(a: Analysis, si: number, from: number, to: number): boolean {
  const clean = a.doc.clean;
  const hits = a.hitsIn(si, 'actor', 'specific', from, to);
  // (A hit inside a longer one, 支部书记 of 党支部书记, is judged by the longer one's start.)
  return hits.some((h) => !hits.some((o) => o.start < h.start && o.end >= h.end) && !DESIGNATED_BEFORE.test(clean.slice(Math.max(from, h.start - 8), h.start)));
}
/** An owner field's label up to its value: 责任人：, 牵头单位：, 【负责部门】, as a regular-expression source. */
const OWNER_FIELD = String.raw`(?:责任|牵头|主责|负责)[\u4e00-\u9fff]{0,2}(?:[:：]|】)\s*`;
/** A line or sentence opening with an owner field's label: 责任人：, 牵头单位：, 【责任部门】. */
const OWNER_FIELD_START_RE = new RegExp(String.raw`^【?${OWNER_FIELD}`);
/** An owner field left blank or dashed, alone on its line or before the next field: 责任人：, 责任人：——, 责任单位：；完成时限：…, 【责任人：】. */
const BLANK_OWNER_RE = new RegExp(String.raw`(?:^|[；;，,\s（(】【])${OWNER_FIELD}[—\-–－/／]*(?:$|[；;，,）)】])`);
/** An owner field left open: 责任人：待定, 【牵头部门】暂无. */
const UNDECIDED_OWNER_RE = new RegExp(`${OWNER_FIELD}${UNDECIDED}`);
/**
 * What designates the actor after it rather than naming an owner: 明确1名党员, 指定专人, 配备2名, 配齐组织委员, 聘请30名群众联络员; or makes
 * it the task's object (组织新任教师党支部书记赴…学习, 发挥教师党支部书记…的作用, 迎接市委组织部…观摩, 完成支部委员会补选).
 */
const DESIGNATED_BEFORE = /(?:明确|确定|指定|配备|配齐|配强|补选|增补|选举|选出|选派|选配|设立?|培养|推选|评选|聘请|聘任|招募)(?:[0-9一二三四五六七八九十两]+名)?(?:党员|专职|兼职|群众|志愿|应急|安全|信息|网格|专门)?$|(?:组织|动员|邀请|选送|发挥|迎接|接待|配合|协助|完成)(?:新任|全体|青年|骨干|教师|新任教师|上级|[市省县区]委|集团|总行|公司)?$/;

/** A post with a person's name, or a person's group, then the task's verb: 书记黄建国完成, 党委委员何平完成, 党员毛凯负责, 钱坤小组完成. */
const POST_NAME_RE = /(?:书记|委员|主任|站长|科长|组长|队长|经理|技术员|工程师|党员)[\u4e00-\u9fff]{2,3}(?:负责|牵头|完成|带领|组织)|[\u4e00-\u9fff]{2,3}(?:小组|团队|工作室)(?:负责|牵头|完成)/;
/** A post taking charge of the task, with no name: 码头经理负责建立…, 站长牵头…. */
const POST_CHARGE_RE = /(?:书记|委员|主任|站长|所长|科长|处长|部长|局长|院长|校长|馆长|行长|厂长|场长|组长|队长|经理|主管)(?:负责|牵头|主抓)/;
/** The verbs {@link POST_NAME_RE} ends in (a cheap test first). */
const TASK_VERB_RE = /负责|牵头|完成|带领|组织/;
/** Bracketed owners closing a task: （物资科）, （运检班负责）, （办公室、财务科）, （站长）. */
const OWNER_PAREN_RE = /（((?:由)?[\u4e00-\u9fff、]{1,20}?(?:科|室|班|站|队|所|中心|办|部|组|处|局|股|馆|院|委|会|书记|主任|站长|所长|经理|委员|组长|队长))(?:负责|牵头|承办|落实|主责)?）[。；]?$/;
/** The owner named last: …，具体由民事审判庭党支部承担。 */
const OWNER_LAST_RE = /(?:具体)?由(?![于此])[^，。；]{2,16}(?:承担|落实|负责)[。；]?$/;
/** A time clause or a stage label opening a sentence: 2025年3月至10月，  （1）2025年1月至3月：. */
/** A report's hearsay lead and the time after it: 据悉，, 据了解，近期. */
const HEARSAY_LEAD_RE = /^(?:据悉|据了解|据介绍)[，,]\s*(?:(?:近期|下一步|今后|明年|年内|下半年)[，,]?)?/;

const TIME_LEAD_RE = /^(?:[（(][一二三四五六七八九十\d]{1,2}[）)])?(?:自|从)?[0-9〇一二三四五六七八九十年月日季度至到—\-~～底前后上下半第]{2,24}(?:起|开始)?[，,：:]/;

/** Before a unit, in its clause: the basis of what is done (按照总行党委部署, 根据上级党组织要求, 经支部委员会研究). */
const BASIS_BEFORE = /(?:按照|根据|依据|遵照|依照|经|受)[^，。；：,;]{0,6}$/;

/** Before a unit: each, all or other of them (各支部, 所属党支部, 其他支部). */
const EACH_BEFORE = /(?:各|所属|其他|有关|相关|下属)$/;

/** Longest qualifier, in UTF-16 units, before a unit that opens a sentence (社区党委, 机关第二党支部). */
const UNIT_QUALIFIER_MAX = 6;

/**
 * Whether the unit starting at `unitStart` opens the sentence body at `lead`:
 * right there, or after a short qualifier that names a place, body or number
 * and holds no directive verb (社区党委每半年…, 文科二支部将…; not 加强党委…,
 * 关心并指导党委下属…).
 */
function opensWith(a: Analysis, si: number, lead: number, unitStart: number): boolean {
  if (unitStart - lead <= 1) return true;
  if (unitStart - lead > UNIT_QUALIFIER_MAX) return false;
  if (hanIn(a, lead, unitStart) < unitStart - lead) return false;
  return UNIT_QUALIFIER_END.test(a.doc.clean.slice(lead, unitStart)) && !a.has(si, 'directive', undefined, lead, unitStart);
}

/** How a qualifier naming a unit ends: a place or body (社区, 街道, 机关, 分厂) or a number (文科二). */
const UNIT_QUALIFIER_END = /(?:社区|街道|机关|村|镇|乡|院|校|局|公司|厂|车间|中心|所|科|处|队|站|室|馆|行|部|区|县|市|省|集团|系|[一二三四五六七八九十\d])$/;

/** Whether clean[from, to) of sentence `si` states a time node or a cycle (2025年6月底前, 每季度). */
export function deadlineIn(a: Analysis, si: number, from: number, to: number): boolean {
  // A span of time looking back (总结两年来的经验, 三年以来, 把近三年处置的典型故障…) sets no time for what is to come.
  // (…nor does a span the task must come within, 办理时间压缩至3个工作日以内: that is its target.)
  if (a.anchorKinds(si, from, to) & AnchorKind.Time) {
    const clean = a.doc.clean;
    // (One scan for the characters of a look back or a span to come within; most sentences hold none.)
    let plain = true;
    for (let i = from; i < to && plain; i++) plain = !SPAN_CHARS.has(clean.charCodeAt(i));
    if (plain) return true;
    if (a.anchorsIn(si, AnchorKind.Time).some((x) => x.start >= from && x.end <= to && !looksBack(clean, x.end) && !(RECENT_BEFORE_RE.test(clean.slice(Math.max(0, x.start - 2), x.start)) && clean.charCodeAt(x.end) !== 0x5185 /* 内 */) && !(x.kind & AnchorKind.Quantity && DURATION_TARGET_BEFORE.test(clean.slice(Math.max(from, x.start - 3), x.start))))) return true;
  }
  return a.has(si, 'time', 'node', from, to) || a.has(si, 'time', 'cycle', from, to);
}

/** Characters of a span looking back (来, 近, 过) or one to come within (至, 到, 超, 在), by UTF-16 code. */
const SPAN_CHARS = codeSet('来近过至到超在');
/** What opens a span of time looking back: 近三年, 过去两年 (not 近3个月内, a time to come). */
const RECENT_BEFORE_RE = /(?:近|过去)$/;

/** What refers to a document rather than producing it: 对照《…》, 学习贯彻《…》, 依据《…》. */
const REFERENCE_BEFORE = /(?:对照|依据|根据|按照|依照|遵照|学习|贯彻|落实|执行|围绕|结合|宣讲|解读|研读|领会)[^，。；《]{0,2}$/;

/** Whether clean[from, to) holds the UTF-16 code `code`. */
function hasChar(clean: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (clean.charCodeAt(i) === code) return true;
  return false;
}

/** What precedes a span of time that is a target: 压缩至, 缩短到, 控制在. */
const DURATION_TARGET_BEFORE = /(?:[至到]|控制在|不超过)$/;
/** Verbs that produce a deliverable (制定清单); 完善制度 improves one and sets no target. */
const PRODUCE_RE = /(?:制定|建立|形成|编制|出台|完成|建成|印发|发布|撰写|汇编|编印|报送|提交|设立|组建|实现|做到|达到|编写|修订|审定|定稿|拿出|起草|草拟|拟定|出具|上线|开通|公布|公示|归入|录入|存入|纳入|(?<!务)公开(?![赛课制栏信]))[^，。；]{0,20}$/;

/** An hour moved to a clock time: 延长至23:00, 提前到7:30. */
const CLOCK_TARGET_RE = /(?:延长|提前|推迟|调整|延至|延后)(?:至|到)\d{1,2}[:：]\d{2}/;

function targetIn(a: Analysis, si: number, from: number, to: number): boolean {
  const clean = a.doc.clean;
  // A quantity or a 《document》 that is not a time, nor the 一 of a metaphor (再上一个台阶, 打造一张名片), nor a batch of no
  // size (评选表彰一批优秀共产党员), nor what the unit has now (现有党员11名).
  // (A document only referred to — 对照《预算法》, 学习《条例》 — is no deliverable.)
  if (a.anchorKinds(si, from, to, AnchorKind.Title, AnchorKind.Time) && a.anchorsIn(si, AnchorKind.Title).some((x) => x.start >= from && x.end <= to && !REFERENCE_BEFORE.test(clean.slice(Math.max(from, x.start - 6), x.start)))) return true;
  if (a.anchorKinds(si, from, to, AnchorKind.Quantity, AnchorKind.Time) && (!hasChar(clean, from, to, 0x4e00 /* 一 */) || a.anchorsIn(si, AnchorKind.Quantity).some((x) => !(x.kind & AnchorKind.Time) && x.start >= from && x.end <= to && !METAPHOR_AFTER.test(clean.slice(x.end, x.end + 3)) && !UNSIZED_BATCH_RE.test(clean.slice(x.start, x.end)) && !STATE_COUNT_BEFORE.test(clean.slice(Math.max(from, x.start - 6), x.start))))) return true;
  // A bare figure the measure must reach (日均装车数由420车提高到450车, 合格率达到98): a target, whatever its unit.
  if (a.anchorKinds(si, from, to, AnchorKind.Figure) && a.anchorsIn(si, AnchorKind.Figure).some((x) => x.start >= from && x.end <= to && TO_REACH_BEFORE.test(clean.slice(Math.max(from, x.start - 7), x.start)))) return true;
  // A ceiling to keep under (差错率控制在万分之一以内) is a target, in whatever numerals.
  if (CEILING_RE.test(clean.slice(from, to))) return true;
  // A span of time the measure must meet (办理时间压缩至1个工作日, 7天内办结) is a target.
  for (const x of a.anchorsIn(si, AnchorKind.Quantity)) {
    if (x.kind & AnchorKind.Time && x.start >= from && x.end <= to && (DURATION_TARGET_BEFORE.test(clean.slice(Math.max(from, x.start - 3), x.start)) || /^以?内/.test(clean.slice(x.end, x.end + 2)) || (clean.charCodeAt(x.end - 1) === 0x5185 /* 内 */ && RESPONSE_AFTER.test(clean.slice(x.end, x.end + 2))))) return true;
  }
  // …and so is a clock time to move an opening hour to (闭馆时间延长至23:00, 开门时间提前到7:30).
  if (CLOCK_TARGET_RE.test(clean.slice(from, to))) return true;
  // A task completed over its whole scope (完成全体党员积分评定, 对全部网格完成走访) is as checkable as 全覆盖.
  const text = clean.slice(from, to);
  if ((text.includes('全') || text.includes('每') || text.includes('所有') || text.includes('逐一')) && WHOLE_SCOPE_RE.test(text)) return true;
  const produced = (start: number) => PRODUCE_RE.test(clean.slice(Math.max(from, start - 24), start));
  // …or reports on its work (报送品牌创建进展情况, 上报整改台账).
  if ((text.includes('报') || text.includes('提交')) && REPORT_RE.test(text)) return true;
  // …or hands in (当月故障分析报告于次月5日前报公司生产技术部).
  const submitted = (end: number) => SUBMIT_AFTER.test(clean.slice(end, Math.min(to, end + 16)));
  // An online service launched (上线志愿服务时长登记功能, 开通预约专区) can be checked: it is running or not.
  if (LAUNCH_RE.test(text)) return true;
  // …and so is a change told as a share in words (比2025年减少一半以上, 提高两成).
  if (SHARE_CHANGE_RE.test(text)) return true;
  // A zero to reach (实现备案“零跑腿”, 全年零差错) is a target as checkable as a count.
  if (text.includes('零') && ZERO_TARGET_RE.test(text)) return true;
  // …and so is a rule for every case (劳务费一律通过银行卡发放, 违规车辆一律封存): any exception breaks it.
  if (text.includes('一律') && BLANKET_RULE_RE.test(text)) return true;
  // A milestone of a schedule (2025年9月由韩涛完成排班和首轮需求调查): its completion is what is checked.
  if (text.includes('完成') && MILESTONE_RE.test(text) && measureContext(a, si).tags.has('schedule')) return true;
  // The next of a series that the measure produces (完成第2部红色题材小戏的创排, 推出第三期讲堂) is a deliverable.
  if (a.anchorKinds(si, from, to, AnchorKind.Ordinal) && a.anchorsIn(si, AnchorKind.Ordinal).some((x) => x.start >= from && x.end < to && SERIES_UNIT.has(clean[x.end]) && produced(x.start))) return true;
  // A deliverable (清单, 台账) or a carrier (先锋岗, 突击队) that the measure produces can be checked.
  return a.someHit(si, 'deliverable', undefined, from, to, (start, end, e) => produced(start) || submitted(end) || /^(?:全覆盖|零)/.test(e.text)) || a.someHit(si, 'carrier', undefined, from, to, produced);
}

/** Launching an online service: 上线…功能, 开通…专区, 启用…系统 (not 线上线下…平台). */
const LAUNCH_RE = /(?:(?<!线)上线(?!下)|开通|启用)[^，。；]{0,20}?(?:功能|系统|平台|模块|专区|专栏|小程序|弹窗|入口)/;

/** Units of a series after an ordinal: 第2部, 第三期, 第二批. */
const SERIES_UNIT = new Set([...'部期批届轮本集辑']);

/** A ceiling to keep under: 控制在万分之一以内, 降至3%以下. */
const CEILING_RE = /(?:控制在|降至|降到|低于|不超过|不高于)[^，。；]{1,12}?(?:以内|以下)/;

/** What opens a title naming the shortcoming a measure fixes: 补齐, 破解, 解决, 整改. */
export const FIXING_RE = /^(?:补齐|补上|补强|弥补|破解|解决|整改|克服|改进|改正|消除|堵塞|堵住|扭转|纠正|针对)/;

/** A sentence naming only who does the task just titled: 此项工作由码头操作部党支部书记林海负责。 该项目由编辑部党支部负责实施，具体由…牵头。 */
const OWNER_ONLY_RE = new RegExp(`^${BACK_REF}(?:工作|任务|举措|措施|活动|项目)由[^，。；]{2,30}?(?:负责|牵头|承担|落实)(?:实施|落实|推进)?(?:，具体由[^，。；]{2,30}?(?:负责|牵头))?[。；]?$`);
/** A stage's label (第二阶段：) before a short title: 组织实施（2025年4月—10月）。 */
const STAGE_LABEL_RE = /阶段[：:]\s*$/;
/** Longest title, in Han characters, of a stage of a schedule whose tasks the next sentences state. */
const STAGE_TITLE_MAX = 10;
/** Longest title, in Han characters, of a numbered item heading its sub-items. */
const LIST_TITLE_MAX = 20;

/** Words assigning the tasks under a heading: 牵头, 负责, 责任单位. */
/** A task's short title with its fields in brackets: 党员教师学业导航计划（牵头：…；完成时限：…）. */
const TITLE_FIELDS_RE = /^[^（(，。；：:]{2,30}[（(][^（()）]*(?:牵头|负责|责任|时限|完成时间)[^（()）]*[）)][。]?$/;
const OWNER_WORD_RE = /牵头|负责|责任(?:单位|部门|人|领导)|主责/;
/** A heading that is only a body's name: 党委办公室, 党委组织部, 机关第一党支部, 工会. */
const BODY_HEADING_RE = /^[\u4e00-\u9fff]{1,12}(?:办公室|部|科|处|室|中心|党支部|党总支|党委|工会|团委|妇委会|队|站|所|组)$/;
/** A heading of duties: 责任分工, 职责分工, 任务分工, 各部门职责. */
const DUTIES_HEADING_RE = /分工|职责|责任/;

/** What comes before a figure to be reached: 提高到, 降至, 控制在, 达到, 不少于; a rate's span (提高到每小时32自然箱) or a fraction's words (降至万分之0.5) may stand between. */
const TO_REACH_BEFORE = /(?:(?:提高|提升|增加|增长|增至|降低|下降|压缩|缩短|减少|控制)[到至在]?|降[到至]|达到|不低于|不少于|不超过|以上达)(?:每(?:小时|天|日|人|月|周|年|台|班)|[百千万]分之)?$/;

/** Completing a task over its whole scope: 完成全年党员积分评定, 实现全体党员轮训, 会议记录全部补齐并归档, 对登记的困难学生逐一核实. */
const WHOLE_SCOPE_RE = /(?:完成|实现|做到)(?:对)?(?:全年|全体|全部|全员|所有|每名|每位|每个)[^，。；]{1,16}?(?:评定|评议|评星|考核|测评|轮训|培训|走访|排查|建档|录入|换届|谈心谈话|全覆盖)|(?:全部|全数)(?:补齐|补全|归档|销号|建档|录入|配齐|更换|办结|整改到位)|逐一(?:核实|核查|走访|谈话|谈心|排查|登记|回访|比对|对照|销号|复核)/;

/** A change told as a share in words (减少一半以上, 提高两成, 由不足两成提高到三成, 增长一倍), or a share to reach (半数以上, 三分之二以上). */
const SHARE_CHANGE_RE = /(?:减少|降低|下降|压缩|提高|提升|增加|增长|翻)(?:了|到|至)?(?:一半|一倍|两倍|[一二两三四五六七八九]成)|(?:半数|过半数|三分之[一二]|[一二三四五六七八九]成)以上/;
/** A zero as the target: 零跑腿, 零差错, 零投诉, 零事故, 超时人数为零, 标题差错为零, 违规电器“清零”. */
const ZERO_TARGET_RE = /零(?:跑腿|差错|投诉|事故|伤亡|失误|缺陷|违章|延误|积压|上访|发生|容忍|死角|盲区|距离)|(?:人数|差错|次数|事故|投诉|件数|起数)(?:保持|控制)?为零|清零/;
/** A rule for every case: 一律通过银行卡发放, 一律公开招标, 一律封存 (not 一律要求, which only exhorts). */
const BLANKET_RULE_RE = /一律(?!要求|应当|要)[\u4e00-\u9fff]/;
/** Completing a named piece of work (完成排班, 完成首轮需求调查), not work left unnamed (完成好各项任务, 完成率). */
const MILESTONE_RE = /完成(?![好率度])(?!各项|相关|有关|上级|既定|全年任务|工作任务|目标任务)[\u4e00-\u9fff]{2}/;

/** What counts what a unit has now, no target: 现有党员11名, 共有网格8个, 下辖3个支部. */
const STATE_COUNT_BEFORE = /(?:现有|共有|目前有|现辖|下辖)[\u4e00-\u9fff]{0,2}$/;
/** What follows the 一 of a metaphor (一个台阶, 一张名片, 一盘棋, 一面旗帜): no target. */
const METAPHOR_AFTER = /^(?:新?台阶|新?高度|亮丽|金色|靓丽|名片|盘棋|棋|面旗|旗帜|股绳|条心|道风景)/;

/** Reporting on a task: 报送进展情况, 上报整改台账, 提交总结报告, 把…案例报送县教育局; progress gathered and told at a meeting (汇总各支部任务进度，在党委会上通报). */
const REPORT_RE = /(?:报送|上报|提交|报备|呈报)[^，。；]{0,16}?(?:情况|材料|报告|总结|台账|清单|方案|数据|案例)|把[^，。；]{0,12}?(?:情况|材料|报告|总结|台账|清单|方案|数据|案例)(?:报送|上报|提交|报)|汇总[^，。；]{0,12}?(?:进度|进展|情况)[^。；]{0,12}?通报/;
/** A deliverable handed in: …报告于次月5日前报公司生产技术部, …清单报送党委. */
const SUBMIT_AFTER = /^[^，。；]{0,12}?(?:报送|上报|提交|报备|报)/;

/** Whether the 将 at [start, end) marks the future rather than an object (将…纳入/建设成为). */
function futureJiang(a: Analysis, si: number, start: number, end: number): boolean {
  const clean = a.doc.clean;
  const s = a.doc.sentences[si];
  // 现将…报告如下 / 总结如下: 将 marks what is reported, here and now.
  if (clean[start - 1] === '现' || AS_FOLLOWS_RE.test(clean.slice(Math.max(s.cs, s.ce - 6), s.ce))) return false;
  if (FUTURE_JIANG_NEXT.test(clean.slice(end, end + 4))) return true;
  return FUTURE_JIANG_PREV.test(clean.slice(Math.max(s.cs, start - 10), start));
}

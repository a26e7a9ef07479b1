/**
 * language/de-di-de — 的/地/得 misuse with a precise fix: a verb with a
 * complement takes 得 (做的不到位 → 做得不到位, 重视的不够 → 重视得不够), an
 * adverbial before a verb takes 地 (持续的把 → 持续地把, 认真的组织了 →
 * 认真地组织了), a degree adverb before an adjective takes nothing
 * (特别的重要 → 特别重要). A reduplicated adjective (AABB) closing the clause
 * after a verb is a complement too (管的清清楚楚 → 管得清清楚楚, 落实的扎扎实实 →
 * 落实得扎扎实实), and so is a comparison closing it (照顾的比亲闺女还周到 → 照顾得). An adjective before a noun takes 的 (良好地社会效果 → 良好的社会效果,
 * 坚实地基础 → 坚实的基础). A doubled 的 (发展的的教师) is a slip. Flags only where the structure is unambiguous:
 * a wrong 的/地/得 flag costs more trust than a missed one.
 * Source: the seeds' own errors (003 引言 做的不到位, 001 持续的把).
 */
import data from '../../data/de-di-de.json' with { type: 'json' };
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';

const set = (xs: string[]) => new Set(xs);
const COMPLEMENTS = [...data.complements].sort((x, y) => y.length - x.length);
/** Complements that take an object of their own (忙得顾不上吃饭, 忙得来不及回家): 的 before them is 得, whatever follows. */
const COMPLEMENTS_TAKING_OBJECT = [...data.complementsTakingObject].sort((x, y) => y.length - x.length);
const VERBS_BEFORE = set(data.verbsBeforeDe);
/** One-character verbs that take an AABB complement (管得清清楚楚, 扫得干干净净): only before AABB. */
const MONO_VERBS = set(data.verbsBeforeReduplicated);
/** Nouns ending in a one-character verb (书记, 骨干): 书记的兢兢业业 is not 记得. */
const NOUNS_ENDING_IN_VERB = set(data.nounsEndingInVerb);
/** AABB forms that are nouns (方方面面, 点点滴滴): 涉及的方方面面 is not a complement. */
const NOMINAL_REDUP = set(data.nominalReduplications);
const HAN = /^[\u4e00-\u9fff]$/;
const ADVERBS = set(data.adverbs);
/** Adverbs of feeling (激动, 高兴): a 得 after them may open a complement of degree (激动得向大家鞠躬). */
const FEELINGS = set(['紧张', '高兴', '激动', '动情', '深情']);
const PREPOSITIONS = [...data.prepositions].sort((x, y) => y.length - x.length);
const VERBS_AFTER = [...data.verbsAfterDi].sort((x, y) => y.length - x.length);
/** Verbs that are also nouns (组织, 学习, 排查): adverbial only when an aspect marker follows (认真的组织了, 认真的排查了). */
const AMBIGUOUS = set(data.verbsAlsoNouns);
/** Adverbials that may follow another before its verb (耐心地挨家挨户排查, 细心地一遍遍演示), longest first. */
const FILLERS = [...data.adverbialFillers].sort((x, y) => y.length - x.length);
const DEGREE = set(data.degreeAdverbs);
const ADJECTIVES = [...data.adjectivesAfterDegree].sort((x, y) => y.length - x.length);
/** Degree adverb + a short adjective as a complement: 很成功, 非常扎实, 十分到位, 不够细. */
const DEGREE_COMPLEMENT = /^(?:很|非常|十分|特别|相当|比较|较为|较|更加|越来越|不够|不太|更|最|格外|极其|异常|过于|过分)[\u4e00-\u9fff]{1,3}(?=[，。；！？、：”」』）,;!?:)\n]|$)/;
/**
 * A comparative complement closing the clause: 比 + what is compared + 还/更/都 + a quality (照顾得比亲闺女还周到).
 * Not 多/少: 做的比去年多 may be a nominalised 的 (what was done is more than last year).
 */
const COMPARATIVE = /^比[\u4e00-\u9fff]{1,8}?(?:还|更|都)(?:好|周到|细|细致|认真|扎实|出色|到位|精彩|踏实|仔细|用心|漂亮|干净|精细|透彻)(?=[，。；！？、”」』）,;!?)\n]|$)/;
/** Potential complements (看得见, 摸得着, 靠得住) as written with 得. */
const POTENTIAL = set(data.potentialForms);
/** Words ending in 得 typed with 的 (取的了 → 取得了), by their first character. */
const WORDS_WITH_DE = new Map(
  data.wordsWithDe.entries.map((e) => [e.word[0], { word: e.word, notAfter: new Set(e.notAfter), next: 'next' in e && e.next ? [...e.next].sort((x, y) => y.length - x.length) : undefined }]),
);

/**
 * Two qualities side by side closing the clause (整理的规范完整, 讲解的生动透彻): a complement, 得.
 * Not after a verb of keeping or stressing within the clause (确保记录的完整准确: the qualities are a noun).
 */
const PAIRED = set(data.pairedAdjectives);
const KEEPING_RE = /(?:确保|保证|保持|维护|维持|注重|注意|强调|提高|提升|追求|体现|影响|关系到|关乎|检验|考察|考核|评价|看)[^，。；！？]*$/;
/** 又A又B as a complement closing the clause (处理得又快又准). */
const BOTH_RE = /^又[\u4e00-\u9fff]{1,2}又[\u4e00-\u9fff]{1,2}(?=[，。；！？、”」』）,;!?)\n]|$)/;
/** Adverbs that may stand between 得 and its complement (做得还不够细, 讲得也很透, 推进得是否及时). */
const ADVERB_BEFORE_COMPLEMENT = /^(?:还|也|都|仍|是否|真)/;
/** What follows a verb read as a noun (反复的提醒是必要的, 细致的讲解让人…): a copula, a conjunction, an adverb of the predicate. */
const NOUN_NEXT = /^[是也都让使令和与及的很]/;
/** First characters of an object after a verb: a determiner, a pronoun, the people served or the two parties (每一处, 他们, 居民, 群众, 双方, 两人). */
const OBJECT_FIRST = /^[每各这那他她我你它大所全居群患读客孩老村职农双两]/;
/** The end of a clause right after a verb (了 is not one: 组织了 goes on). */
const VERB_END = /^(?:[，。；！？、”」』）,;!?)\n]|$)/;
/** Verbs of speech, which end their clause before what is said (他高兴的说，…). */
const SPEECH_VERBS = new Set(['说', '讲']);
/** A modal, a causative, an adverb of sequence or of constancy right before an adverbial (他先仔细的检查…, 始终耐心的倾听…): the word after 的 is then a verb. */
const MODAL_BEFORE = /(?:能|会|要|将|可以|才能|得以|使|促使|让|需|应|先|再|又|便|就|都|也|始终|一直|总是|经常|常常|时常)$/;
/**
 * A 把 or 将 construction opening the clause before an adverbial (把这一做法不断的完善): the word after 的 is its verb.
 * Not once the 把 object has its own verb and result (把所学所悟转化为耐心细致的服务).
 */
const BA_BEFORE = /(?:^|[，。；！？：])[^，。；！？：]{0,4}(?<!即)[把将](?![握关脉手控来近要士])[^，。；！？：的为成到入进给向在]{2,8}$/;
/** What may follow a complement for the 得 reading to be certain: the end of a clause. */
const CLAUSE_END = /^(?:[，。；！？、：”」』）,;!?:)\n]|了|$)/;
/** After an AABB complement: the end of a clause, or a final 的 closing it (打扫的干干净净的。). */
const REDUP_END = /^(?:[，。；！？、：”」』）,;!?:)\n]|了|的(?:[，。；！？、”」』）,;!?)\n]|$)|$)/;
/** Adjectives that modify a noun through 的 (良好的效果) and an action through 地 (积极地参与). */
const ADJ_ATTRIBUTIVE = set(data.adjectivesBeforeNoun);
/** Nouns that 地 can never join to an adjective (效果, 氛围, 基础), after an optional modifier (社会效果, 学习氛围). */
const NOUN_AFTER = new RegExp(`^(?:${data.nounModifiers.join('|')})?(?:${[...data.nounsAfterAttributive].sort((x, y) => y.length - x.length).join('|')})(?!于)`);
/** Qualities that may stand between an unlisted phrase's 地 and its noun (比学赶超地浓厚氛围). */
const QUALITIES = data.qualitiesAfterPhrase;
/** After an unlisted four-character phrase and 地: the noun, after an optional quality (浓厚氛围, 良好效果). */
const NOUN_AFTER_IDIOM = new RegExp(`^(?:${QUALITIES.join('|')})?${NOUN_AFTER.source.slice(1)}`);
/** Characters before 地 that make a noun of place (阵地, 基地, 园地, 实地, 当地, 各地, 本地, 目的地, 所在地 …). */
const PLACE_DI = new Set([...'阵基园营实当各本属驻产场土林田湿绿高天腹宝的在外内两全山耕空草墓境见质特暗蓦盆陆']);
/** First characters of what may follow an attributive 地 (a modifier or a noun of NOUN_AFTER_IDIOM), by UTF-16 code. */
const NOUN_FIRST = new Set([...data.nounModifiers, ...data.nounsAfterAttributive, ...QUALITIES].map((w) => w.charCodeAt(0)));
/** Last characters of the listed adverbs, by UTF-16 code: 得 after any other character is no adverbial's. */
/** A Han character or a digit: what follows a preposition opening an action (为老人, 把8000元). */
const HAN_OR_DIGIT = /[\u4e00-\u9fff0-9０-９]/;
const ADVERB_LAST = new Set(data.adverbs.map((w) => w.charCodeAt(w.length - 1)));
/** Characters before 的 that make a word ending in 的 (目的, 标的, 众矢之的): a 的 after it is the particle. */
const ENDS_IN_DE = new Set([...'目标之']);
/** Characters that never make an AABB adjective: numerals (三三两两), structural words (的的确确). */
const NOT_REDUP = /[的地得一二三四五六七八九十两几]/;

export const meta: RuleMeta = {
  id: 'language/de-di-de',
  family: 'language',
  description: '“的地得”误用：补语前用“得”，状语后用“地”，程度副词直接修饰形容词',
  rationale: '“的地得”用错是读者最先注意到的文字差错，会让整篇文稿显得不严谨。',
  sources: [
    { seed: '003', section: '引言', point: '原文“基础工作做的不到位”“特别的重要”，应为“做得”“特别重要”' },
    { seed: '001', section: '开篇', point: '原文“持续的把党建工作与业务工作深度融合”，应为“持续地把”' },
  ],
  severity: { summary: 'warning', publicity: 'error', submission: 'info' },
  examples: { bad: '由于基础工作做的不到位，导致建设发展水平不高。', good: '由于基础工作做得不到位，导致建设发展水平不高。' },
  url: ruleUrl('language/de-di-de'),
};

/** The longest word of `words` ending at `end` in `text` (a set lookup for each length up to 4). */
function wordBefore(text: string, end: number, words: ReadonlySet<string>): string | undefined {
  for (let l = Math.min(4, end); l >= 1; l--) {
    const w = text.slice(end - l, end);
    if (words.has(w)) return w;
  }
  return undefined;
}

/** Praise won (高度评价, 一致好评), longest first; and their first characters. */
const PRAISE_OBJECTS = [...data.praiseObjects].sort((x, y) => y.length - x.length);
const PRAISE_FIRST = new Set(PRAISE_OBJECTS.map((w) => w[0]));
/** A verb of winning praise (赢得, 获得, 受到): the 得 after what it won is no complement's. */
const PRAISE_VERB_RE = new RegExp(data.praiseVerbs.join('|'));
/** Characters making a word with a following 得 (获得, 赢得, 值得, 取得): that 得 is the word's. */
const WORD_BEFORE_DE = new Set([...'获赢博取值记懂觉显使晓难']);

/** The clause of `text` before offset `end`: back to the last clause mark (，。；！？：). */
function clauseBefore(text: string, end: number): string {
  let k = end;
  while (k > 0 && !'，。；！？：,;!?:\n'.includes(text[k - 1])) k--;
  return text.slice(k, end);
}

function startsWith(text: string, at: number, words: readonly string[]): string | undefined {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}

/** An AABB reduplicated adjective at `at` (清清楚楚, 扎扎实实), not a nominal one (方方面面). */
function reduplicatedAt(text: string, at: number): string | undefined {
  const s = text.slice(at, at + 4);
  if (s.length < 4 || s[0] !== s[1] || s[2] !== s[3] || s[0] === s[2]) return undefined;
  if (!HAN.test(s[0]) || !HAN.test(s[2]) || NOT_REDUP.test(s) || NOMINAL_REDUP.has(s)) return undefined;
  return s;
}

/**
 * The complement starting at `at` (just after a 的) and closing its clause: a listed complement (不到位),
 * a degree adverb + a short adjective (非常出色), or an AABB adjective (清清楚楚).
 */
function complementAt(text: string, at: number): { comp: string; redup: boolean } | undefined {
  const found = bareComplementAt(text, at);
  if (found) return found;
  // An adverb may stand before the complement: 做的还不够细, 讲的也很透, 干的真漂亮.
  const adv = ADVERB_BEFORE_COMPLEMENT.exec(text.slice(at, at + 2))?.[0];
  const after = adv ? bareComplementAt(text, at + adv.length) : undefined;
  // (真 before a complement of one character may start a word of its own: 说的真实 is what was said, true.)
  if (adv === '真' && after && after.comp.length < 2) return undefined;
  return after && { comp: adv + after.comp, redup: after.redup };
}

/** 的 closing a clause that names those it describes (…不充分的，): the complement before it still closes its clause. */
const NOMINAL_CLAUSE_END = /^的[，,；;]/;

/** 一点/一些 after a one-character complement, asking for a little more of it (细一点, 快一些). */
const A_LITTLE_RE = /^(?:一点|一些|点儿)/;

/** {@link complementAt} without a leading adverb. */
function bareComplementAt(text: string, at: number): { comp: string; redup: boolean } | undefined {
  const redup = reduplicatedAt(text, at);
  const listed = startsWith(text, at, COMPLEMENTS);
  const taking = startsWith(text, at, COMPLEMENTS_TAKING_OBJECT);
  if (taking) return { comp: taking, redup: false };
  // (…closing the clause, or a clause of those it describes: 材料准备的不充分的，由…退回.)
  if (listed && (CLAUSE_END.test(text.slice(at + listed.length, at + listed.length + 1)) || NOMINAL_CLAUSE_END.test(text.slice(at + listed.length, at + listed.length + 2)))) return { comp: listed, redup: listed === redup };
  // (…or with a little more asked of it: 干的细一点, 讲的透一些.)
  const more = listed && listed.length === 1 ? A_LITTLE_RE.exec(text.slice(at + 1, at + 4))?.[0] : undefined;
  if (more && CLAUSE_END.test(text.slice(at + 1 + more.length, at + 2 + more.length))) return { comp: listed + more, redup: false };
  // 很多/很少 before a noun (做的很多工作) counts it: no complement.
  const degree = /^[很较][多少][\u4e00-\u9fff]/.test(text.slice(at, at + 3)) ? undefined : DEGREE_COMPLEMENT.exec(text.slice(at, at + 6))?.[0];
  if (degree && CLAUSE_END.test(text.slice(at + degree.length, at + degree.length + 1))) return { comp: degree, redup: false };
  if (redup && REDUP_END.test(text.slice(at + 4, at + 6))) return { comp: redup, redup: true };
  const comparative = COMPARATIVE.exec(text.slice(at, at + 16))?.[0];
  if (comparative) return { comp: comparative, redup: false };
  // 又快又准, 又好又快, 又快又准确 closing the clause.
  const both = BOTH_RE.exec(text.slice(at, at + 7))?.[0];
  if (both) return { comp: both, redup: false };
  const pair = text.slice(at, at + 4);
  if (pair.length === 4 && PAIRED.has(pair.slice(0, 2)) && PAIRED.has(pair.slice(2)) && pair.slice(0, 2) !== pair.slice(2) && CLAUSE_END.test(text.slice(at + 4, at + 5)) && !KEEPING_RE.test(text.slice(Math.max(0, at - 24), at))) return { comp: pair, redup: false };
  return undefined;
}

/**
 * The verb before the 的 at `i` that a complement may follow: a listed verb, or before an AABB
 * complement any listed one-character verb. Not the tail of a noun (书记的, 骨干的), and not a verb
 * nominalised by 所 (所做的很好: what was done is good).
 */
function verbBeforeDe(text: string, i: number, redup: boolean): string | undefined {
  const verb = wordBefore(text, i, VERBS_BEFORE) ?? (redup && MONO_VERBS.has(text[i - 1] ?? '') ? text[i - 1] : undefined);
  if (!verb) return undefined;
  if (verb.length === 1 && NOUNS_ENDING_IN_VERB.has(text.slice(i - 2, i))) return undefined;
  if (text[i - verb.length - 1] === '所') return undefined;
  return verb;
}

/**
 * The phrase of the four characters before a 地: all four (比学赶超), or what follows a particle in them
 * (取得了很好地效果 → 很好); undefined when less than two characters remain.
 */
function phraseBefore(four: string): string | undefined {
  let k = four.length;
  while (k > 0 && !PARTICLES.has(four[k - 1])) k--;
  const rest = four.slice(k);
  return rest.length >= 2 ? rest : undefined;
}
const PARTICLES = new Set([...'了的得着过地在和与']);

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  const clean = a.doc.clean;
  // Adjective + 地 + noun: 的 (良好地社会效果 → 良好的社会效果). 重要地位 is 重要 + 地位: no listed noun starts with 位.
  for (let i = clean.indexOf('地'); i >= 0; i = clean.indexOf('地', i + 1)) {
    // Verb + 地 + a complement closing the clause: 得 (做地细致入微 → 做得细致入微, 组织地很规范 → 组织得很规范).
    const comp = PLACE_DI.has(clean[i - 1] ?? '') ? undefined : complementAt(clean, i + 1);
    const compVerb = comp && verbBeforeDe(clean, i, comp.redup);
    if (comp && compVerb) {
      report(file, meta, a, i - compVerb.length, i + 1, {
        reason: `“地”应为“得”：「${compVerb}」后面是补语「${comp.comp}」，中间用“得”`,
        expected: [`${compVerb}得`],
        note: '动词后面带补语用“得”（做得细致、组织得规范）；“地”用在动词前的状语之后（认真地组织）。',
      });
      continue;
    }
    if (!NOUN_FIRST.has(clean.charCodeAt(i + 1))) continue;
    const listed = wordBefore(clean, i, ADJ_ATTRIBUTIVE);
    // Any four-character phrase before 地 and a noun of this kind takes 的 too (比学赶超地浓厚氛围), unless 地 ends
    // a noun of place (阵地, 基地, 实地, 当地 …).
    const adj = listed ?? (PLACE_DI.has(clean[i - 1] ?? '') || !/^[\u4e00-\u9fff]{4}$/.test(clean.slice(i - 4, i)) ? undefined : phraseBefore(clean.slice(i - 4, i)));
    if (!adj) continue;
    const noun = (listed ? NOUN_AFTER : NOUN_AFTER_IDIOM).exec(clean.slice(i + 1, i + 11))?.[0];
    if (!noun) continue;
    report(file, meta, a, i - adj.length, i + 1, {
      reason: `“地”应为“的”：「${adj}」修饰名词「${noun}」，中间用“的”`,
      expected: [`${adj}的`],
      note: '形容词修饰名词作定语时用“的”（良好的社会效果、坚实的基础）；修饰动词作状语时才用“地”（积极地参与）。',
    });
  }
  for (let i = clean.indexOf('得'); i >= 0; i = clean.indexOf('得', i + 1)) {
    // Who gave the praise + 得 + the praise, after a verb of winning it: 的 (赢得了业主单位得高度评价 → 业主单位的高度评价).
    const praise = PRAISE_FIRST.has(clean[i + 1] ?? '') && !WORD_BEFORE_DE.has(clean[i - 1] ?? '') ? startsWith(clean, i + 1, PRAISE_OBJECTS) : undefined;
    if (praise && HAN.test(clean[i - 1] ?? '') && HAN.test(clean[i - 2] ?? '') && PRAISE_VERB_RE.test(clauseBefore(clean, i - 2))) {
      const who = clean.slice(i - 2, i);
      report(file, meta, a, i - 2, i + 1, {
        reason: `“得”应为“的”：「${who}」是「${praise}」的定语，中间用“的”`,
        expected: [`${who}的`],
        note: '名词修饰名词作定语时用“的”（群众的一致好评）；“得”用在动词之后引出补语（做得好）。',
      });
      continue;
    }
    // Adjective + 得 + noun: 的 (可喜得成绩 → 可喜的成绩).
    const adj = NOUN_FIRST.has(clean.charCodeAt(i + 1)) ? wordBefore(clean, i, ADJ_ATTRIBUTIVE) : undefined;
    const noun = adj && NOUN_AFTER.exec(clean.slice(i + 1, i + 11))?.[0];
    if (adj && noun) {
      report(file, meta, a, i - adj.length, i + 1, {
        reason: `“得”应为“的”：「${adj}」修饰名词「${noun}」，中间用“的”`,
        expected: [`${adj}的`],
        note: '形容词修饰名词作定语时用“的”（可喜的成绩）；“得”用在动词之后引出补语（做得好）。',
      });
    }
    // Adverbial + 得 + verb: 地 (认真得倾听 → 认真地倾听). 及时得到, 充分得以 are the verbs 得到, 得以: no listed verb starts with 到 or 以.
    const adv = ADVERB_LAST.has(clean.charCodeAt(i - 1)) ? wordBefore(clean, i, ADVERBS) : undefined;
    // …or + a preposition opening the action (耐心得为老人讲解 → 耐心地为, 悄悄得把8000元塞进), unless the adverb is a feeling, whose 得
    // says how far it went (激动得向大家鞠躬).
    const prep = adv && !FEELINGS.has(adv) ? startsWith(clean, i + 1, PREPOSITIONS) : undefined;
    const verb = adv && (startsWith(clean, i + 1, VERBS_AFTER) ?? (prep && HAN_OR_DIGIT.test(clean[i + 1 + prep.length] ?? '') ? prep : undefined));
    // (A feeling's 得 before a verb that goes on says how far the feeling went, 激动得说不出话来: only a verb closing its clause,
    // 高兴得说，…, is the action the feeling colours.)
    if (adv && verb && FEELINGS.has(adv) && !/^[，,：:“]/.test(clean.slice(i + 1 + verb.length, i + 2 + verb.length))) continue;
    if (adv && verb) {
      report(file, meta, a, i - adv.length, i + 1, {
        reason: `“得”应为“地”：「${adv}」修饰后面的动作「${verb}」，中间用“地”`,
        expected: [`${adv}地`],
        note: '状语修饰动词时用“地”（认真地倾听、持续地推进）；“得”用在动词之后引出补语（做得好）。',
      });
    }
  }
  for (let i = clean.indexOf('的'); i >= 0; i = clean.indexOf('的', i + 1)) {
    const next = i + 1;
    // A doubled 的 is a typing slip (发展的的教师), unless the first ends a word (目的的, 标的的) or the
    // second starts one (的的确确, 有的的确).
    if (clean[next] === '的' && clean[next + 1] !== '确' && !ENDS_IN_DE.has(clean[i - 1] ?? '')) {
      report(file, meta, a, i, next + 1, { reason: '“的”重复：「的的」多打了一个“的”', expected: ['的'], note: '删去重复的“的”。“目的的”“的的确确”中两个“的”各有其用，不在此列。' });
      i = next;
      continue;
    }
    // A word ending in 得 typed with 的 (值的推广, 觉的): unless the character before makes another word (产值的, 自觉的).
    const w = WORDS_WITH_DE.get(clean[i - 1] ?? '');
    if (w && !w.notAfter.has(clean[i - 2] ?? '') && (w.next ? startsWith(clean, next, w.next) : /[\u4e00-\u9fff]/.test(clean[next] ?? ''))) {
      report(file, meta, a, i - 1, next, {
        reason: `“的”应为“得”：「${clean[i - 1]}的」应写作「${w.word}」`,
        expected: [w.word],
        note: '“取得、值得、觉得、变得、显得”是词，其中的“得”不能换成“的”。',
      });
      continue;
    }
    // A potential complement typed with 的: 看的见 → 看得见, 摸的着 → 摸得着.
    const potential = POTENTIAL.has(`${clean[i - 1]}得${clean[next]}`) ? `${clean[i - 1]}得${clean[next]}` : undefined;
    // (…closing the clause, before a particle, or before its negative: 听的懂听不懂.)
    if (potential && (!/[\u4e00-\u9fff]/.test(clean[next + 1] ?? '') || /[吗呢吧了啊]/.test(clean[next + 1]) || clean.startsWith(`${clean[i - 1]}不${clean[next]}`, next + 1))) {
      report(file, meta, a, i - 1, next, {
        reason: `“的”应为“得”：「${clean[i - 1]}的${clean[next]}」应写作「${potential}」`,
        expected: [`${clean[i - 1]}得`],
        note: '表示能不能（看得见、摸得着、靠得住）用“得”。',
      });
      continue;
    }
    // 的 + complement at a clause end, after a verb: 得.
    // A listed complement, degree adverb + a short adjective (很成功, 非常好), or an AABB adjective
    // (清清楚楚), closing the clause.
    const found = complementAt(clean, next);
    if (found) {
      const verb = verbBeforeDe(clean, i, found.redup);
      if (verb) {
        report(file, meta, a, i - verb.length, next, {
          reason: `“的”应为“得”：「${verb}」后面是补语「${found.comp}」，中间用“得”`,
          expected: [`${verb}得`],
          note: found.redup
            ? '动词后接形容词重叠式作状态补语时用“得”（管得清清楚楚、落实得扎扎实实）；重叠式修饰名词时才用“的”（清清楚楚的账目）。'
            : '动词后接表示程度、结果的补语时用“得”（做得到位、重视得不够）。种子论文 003 原文即有“做的不到位”一例。',
        });
        continue;
      }
    }
    // A listed adverb, or an AABB adjective as an adverbial (实实在在的帮助村里…, 认认真真的学习…).
    const listedAdv = wordBefore(clean, i, ADVERBS);
    const redupAdv = listedAdv || i < 4 ? undefined : reduplicatedAt(clean, i - 4);
    const adv = listedAdv ?? redupAdv;
    if (adv) {
      // Adverbial + preposition (持续的把), or + verb (认真的组织了): 地. A second adverbial may come between
      // (耐心的挨家挨户排查, 细心的一遍遍演示): a verb after it is a verb, whatever else it may be.
      const filler = startsWith(clean, next, FILLERS);
      const prep = filler ? undefined : startsWith(clean, next, PREPOSITIONS);
      const verb = prep ? undefined : startsWith(clean, next + (filler?.length ?? 0), VERBS_AFTER);
      // A verb at the end of a clause after 的 is a noun (创造性的发挥。): only a verb that goes on counts.
      const after = clean.slice(next + (filler?.length ?? 0) + (verb?.length ?? 0), next + (filler?.length ?? 0) + (verb?.length ?? 0) + 1);
      // …unless a modal before the adverbial shows the verb reading: 能顺利的实施。
      // (So does a 把 or 将 construction: 把这一做法不断的完善，.)
      const modal = MODAL_BEFORE.test(clean.slice(Math.max(0, i - adv.length - 3), i - adv.length)) || BA_BEFORE.test(clean.slice(Math.max(0, i - adv.length - 14), i - adv.length));
      // An ambiguous verb (学习, 组织) reads as a verb with an aspect marker or an object such as 党的…/习近平….
      // After an AABB adverbial an ambiguous verb with an object is a verb too (实实在在的帮助村里…), unless verb and
      // object make a noun (扎扎实实的工作作风).
      const objectAfterRedup = !!redupAdv && HAN.test(after) && !NOUN_AFTER.test(clean.slice(next, next + 10));
      // …and so is one whose object opens with a determiner, a pronoun or the people served (认真的倾听居民的意见, 仔细的检查每一处).
      const object = OBJECT_FIRST.test(after);
      const verbOk = verb && (filler || ((!VERB_END.test(after) || modal || SPEECH_VERBS.has(verb) || verb.endsWith('到')) && !NOUN_NEXT.test(after) && (!AMBIGUOUS.has(verb) || modal || objectAfterRedup || object || /^[了着过好起开党习在]/.test(after))));
      if ((prep && /[\u4e00-\u9fff《“「0-9]/.test(clean[next + prep.length] ?? '')) || verbOk) {
        report(file, meta, a, i - adv.length, next, {
          reason: `“的”应为“地”：「${adv}」修饰后面的动作「${prep ?? verb}」，中间用“地”`,
          expected: [`${adv}地`],
          note: '状语修饰动词时用“地”（持续地推进、认真地组织）。种子论文 001 原文即有“持续的把”一例。',
        });
        continue;
      }
    }
    // 的很 closing a clause after a quality (认真的很。, 好的很！): the complement 得很.
    if (clean[next] === '很' && HAN.test(clean[i - 1] ?? '') && CLAUSE_END.test(clean.slice(next + 1, next + 2)) && !clean.startsWith('了', next + 1)) {
      report(file, meta, a, i - 2 >= 0 && HAN.test(clean[i - 2]) ? i - 2 : i - 1, next + 1, {
        reason: '“的”应为“得”：「的很」是程度补语，应写作「得很」',
        expected: [`${clean.slice(HAN.test(clean[i - 2] ?? '') ? i - 2 : i - 1, i)}得很`],
        note: '形容词、动词后接程度补语“很”用“得”（认真得很、好得很）。',
      });
      continue;
    }
    const degree = wordBefore(clean, i, DEGREE);
    if (degree && startsWith(clean, next, ADJECTIVES)) {
      report(file, meta, a, i - degree.length, next, {
        reason: `多余的“的”：程度副词「${degree}」直接修饰形容词，不用“的”`,
        expected: [degree],
        note: '“特别、非常、十分”等程度副词直接修饰形容词（特别重要）。种子论文 003 原文即有“特别的重要”一例。',
      });
    }
  }
};

export default { meta, plugin } satisfies Rule;

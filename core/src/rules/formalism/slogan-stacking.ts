/**
 * formalism/slogan-stacking — three or more four-character stock phrases in
 * a row (凝心聚力、砥砺奋进、勇毅前行) with nothing concrete between them.
 * Source: 002 §2.3 重形式轻实效.
 */
import { z } from 'zod';
import { isCritique } from '../../analysis/outline.js';
import { SentenceKind } from '../../parse/document.js';
import { codeSet } from '../../text/chars.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { spans } from '../shared/concrete.js';

const options = z.object({ minRun: z.number().int().min(2).max(10).default(3) }).strict();

/** Four Han characters, then 、 and four more, twice or more, the last one closing the phrase (or before 的/等). */
const FOUR_LIST = /(?:[\u4e00-\u9fff]{4}、){2,}[\u4e00-\u9fff]{4}(?!、|[^的等\P{Script=Han}])/gu;
/** A clause that is only four-character phrases joined by 、 (对标先进、比学赶超). */
const CLAUSE_ITEMS = /^(?:[\u4e00-\u9fff]{4}、)*[\u4e00-\u9fff]{4}$/;
/** A subject and a modal before the first phrase of a clause (广大党员要|对标先进、…). */
const MODAL_LEAD = /^[\u4e00-\u9fff]{0,8}?[要将应须](?=(?:[\u4e00-\u9fff]{4}、)*[\u4e00-\u9fff]{4}$)/;


/** Length of the subject and modal before the phrases of the clause clean[from, to) (广大党员要|对标先进、…), or 0. */
function modalLeadAt(clean: string, from: number, to: number): number {
  // The modal stands within the first nine characters, and what follows it has the length of a list of phrases.
  for (let p = from; p < Math.min(from + 9, to); p++) {
    if (!MODALS.has(clean.charCodeAt(p)) || (to - p - 1) % 5 !== 4) continue;
    return MODAL_LEAD.exec(clean.slice(from, to))?.[0].length ?? 0;
  }
  return 0;
}
/** 要, 将, 应, 须 by UTF-16 code. */
const MODALS = codeSet('要将应须');

const NOTE = '保留一个最能概括的说法，其余换成具体的任务、数字或事例。依据：002 §2.3（重形式轻实效）。';

/** Characters allowed between stacked slogans. */
const JOINERS = /^[、，,；;\s和与并及]?$/;

/**
 * The runs of `minRun` or more known slogans in a row among `found` (sorted clean-text spans), joined by 、，和 or
 * nothing (凝心聚力，砥砺奋进，勇毅前行): each run as its slogans' spans.
 */
export function sloganRuns(clean: string, found: ReadonlyArray<[number, number]>, minRun = 3): Array<Array<[number, number]>> {
  const runs: Array<Array<[number, number]>> = [];
  let runStart = 0;
  for (let i = 1; i <= found.length; i++) {
    if (i < found.length && JOINERS.test(clean.slice(found[i - 1][1], found[i][0]))) continue;
    if (i - runStart >= minRun) runs.push(found.slice(runStart, i));
    runStart = i;
  }
  return runs;
}

export const meta: RuleMeta = {
  id: 'formalism/slogan-stacking',
  family: 'formalism',
  description: '口号堆砌：连用三个以上四字口号，中间没有具体内容',
  rationale: '四字口号连用读起来有气势，却不传递任何信息；堆砌越多，读者越难找到实际内容。',
  sources: [{ seed: '002', section: '§2.3', point: '重形式轻实效，表面化的工作只能短期制造声势' }],
  severity: { summary: 'warning', publicity: 'warning', submission: 'info' },
  examples: {
    bad: '全体党员要凝心聚力、砥砺奋进、勇毅前行、再创佳绩。',
    good: '全体党员围绕3号高炉大修凝心聚力，比计划提前5天完工。',
  },
  options,
  url: ruleUrl('formalism/slogan-stacking'),
};

/** What follows a list of topics, not of slogans: 围绕政治忠诚、履职尽责、廉洁自律等方面进行对照检查. */
const TOPICS_AFTER = /^(?:等)?(?:几个|五个|三个|四个)?(?:方面|内容|领域|维度|环节)/;

export const plugin: Rule['plugin'] = (raw) => {
  const { minRun } = options.parse(raw ?? {});
  return (_tree, file) => {
    const { analysis: a } = dataOf(file);
    const clean = a.doc.clean;
    for (let si = 0; si < a.doc.sentences.length; si++) {
      const s = a.doc.sentences[si];
      // (A sentence criticising such writing — 以“提高站位、压实责任、狠抓落实”之类的话收尾 — quotes the stack; it does not use it.)
      if (s.kind === SentenceKind.Heading || !(a.mentions(si, 'slogan') || a.mentions(si, 'stock-phrase')) || isCritique(a, si)) continue;
      const found = spans(a.hitsIn(si, 'slogan'));
      const reported: Array<[number, number]> = [];
      // A list of four-character phrases joined by 、, one of them a known slogan or stock phrase (冲锋在前、
      // 迎难而上、攻坚克难; 更高标准、更实举措、更强担当): the others are of the same make, and the whole list
      // is reported.
      // Joined by commas too (对标先进、比学赶超，争当表率、敢为人先), when two of the phrases are known: four-character
      // clauses in a row are common prose (党员带头，群众参与，…), two stock ones among them are not.
      const text = clean.slice(s.cs, s.ce);
      // The known phrases, merged, computed only when a list is found.
      let knownSpans: Array<[number, number]> | undefined;
      const stock = a.hitsIn(si, 'stock-phrase');
      const list = (from: number, to: number, need: number) => {
        const known = (knownSpans ??= [...found, ...spans(stock)]);
        const items = clean.slice(from, to).split(/[、，]/);
        if (items.length < minRun || reported.some(([x, y]) => x < to && y > from) || TOPICS_AFTER.test(clean.slice(to, to + 5))) return;
        if (known.filter(([x, y]) => x >= from && y <= to).length < need) return;
        reported.push([from, to]);
        report(file, meta, a, from, to, {
          reason: `口号堆砌：连用${items.length}个四字口号（${items.join('、')}），中间没有具体内容`,
          note: NOTE,
        });
      };
      if (found.length + stock.length && text.includes('、')) {
        FOUR_LIST.lastIndex = 0;
        for (let m; (m = FOUR_LIST.exec(text)); ) list(s.cs + m.index, s.cs + m.index + m[0].length, 1);
      }
      // Clauses of phrases in a row, each a clause of its own: the first may follow a subject and a modal (党员要…),
      // and a clause that goes on past its phrases (不断深化“放管服”改革) ends the run.
      if (found.length + stock.length >= 2 && text.includes('，')) {
        let runFrom = -1;
        let runTo = -1;
        let commas = 0;
        let c0 = s.bodyCs;
        for (let k = s.bodyCs; k <= s.ce; k++) {
          // The sentence's end closes the last clause as a full stop would.
          const ch = k < s.ce ? clean.charCodeAt(k) : 0x3002;
          if (ch !== 0xff0c && ch !== 0xff1b && ch !== 0xff1a && ch !== 0x3002 && ch !== 0xff01 && ch !== 0xff1f) continue;
          // Only a clause of the length of a list (4, 9, 14 … characters, after a modal) is sliced and read.
          const modal = modalLeadAt(clean, c0, k);
          const lead = runFrom < 0 ? modal : 0;
          if ((k - c0 - lead) % 5 === 4 && CLAUSE_ITEMS.test(clean.slice(c0 + lead, k))) {
            if (runFrom < 0) runFrom = c0 + lead;
            else commas++;
            runTo = k;
          } else {
            if (commas) list(runFrom, runTo, 2);
            runFrom = -1;
            commas = 0;
            // This clause may still open a run after its modal.
            if (modal > 0) {
              runFrom = c0 + modal;
              runTo = k;
            }
          }
          if (ch !== 0xff0c) {
            if (commas) list(runFrom, runTo, 2);
            runFrom = -1;
            commas = 0;
          }
          c0 = k + 1;
        }
      }
      // Known slogans in a row, joined by 、，和 or nothing (凝心聚力，砥砺奋进，勇毅前行).
      for (const run of sloganRuns(clean, found, minRun)) {
        const from = run[0][0];
        const to = run[run.length - 1][1];
        if (!reported.some(([x, y]) => x < to && y > from) && !TOPICS_AFTER.test(clean.slice(to, to + 5))) {
          report(file, meta, a, from, to, {
            reason: `口号堆砌：连用${run.length}个四字口号（${run.map(([x, y]) => clean.slice(x, y)).join('、')}），中间没有具体内容`,
            note: NOTE,
          });
        }
      }
    }
  };
};

export default { meta, plugin } satisfies Rule;

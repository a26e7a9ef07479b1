/**
 * formalism/slogan-stacking — three or more four-character stock phrases in
 * a row (凝心聚力、砥砺奋进、勇毅前行) with nothing concrete between them.
 * Source: 002 §2.3 重形式轻实效.
 */
import { z } from 'zod';
import { SentenceKind } from '../../parse/document.js';
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { spans } from '../shared/concrete.js';

const options = z.object({ minRun: z.number().int().min(2).max(10).default(3) }).strict();

/** Four Han characters, then 、 and four more, twice or more, the last one closing the phrase (or before 的/等). */
const FOUR_LIST = /(?:[\u4e00-\u9fff]{4}、){2,}[\u4e00-\u9fff]{4}(?!、|[^的等\P{Script=Han}])/gu;
/**
 * The same joined by 、 and ， both, starting a clause or right after a modal (党员要对标先进、比学赶超，…): the first
 * phrase is no tail of a longer clause (充分认识…的重要意义，加强领导，…; 落实“1310”具体部署，…), and the last one
 * closes its clause (…，不断深化“放管服”改革 goes on).
 */
const FOUR_CLAUSES = /(?<=^|[，；：。！？\s]|(?:^|[，；：\s])[\u4e00-\u9fff]{0,8}[要将应须])(?:[\u4e00-\u9fff]{4}[、，]){2,}[\u4e00-\u9fff]{4}(?=[，。；！？]|$)/gu;

const NOTE = '保留一个最能概括的说法，其余换成具体的任务、数字或事例。依据：002 §2.3（重形式轻实效）。';

/** Characters allowed between stacked slogans. */
const JOINERS = /^[、，,；;\s和与并及]?$/;

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

export const plugin: Rule['plugin'] = (raw) => {
  const { minRun } = options.parse(raw ?? {});
  return (_tree, file) => {
    const { analysis: a } = dataOf(file);
    const clean = a.doc.clean;
    for (let si = 0; si < a.doc.sentences.length; si++) {
      const s = a.doc.sentences[si];
      if (s.kind === SentenceKind.Heading || !(a.mentions(si, 'slogan') || a.mentions(si, 'stock-phrase'))) continue;
      const found = spans(a.hitsIn(si, 'slogan'));
      const reported: Array<[number, number]> = [];
      // A list of four-character phrases joined by 、, one of them a known slogan or stock phrase (冲锋在前、
      // 迎难而上、攻坚克难; 更高标准、更实举措、更强担当): the others are of the same make, and the whole list
      // is reported.
      // Joined by commas too (对标先进、比学赶超，争当表率、敢为人先), when two of the phrases are known: four-character
      // clauses in a row are common prose (党员带头，群众参与，…), two stock ones among them are not.
      const text = clean.slice(s.cs, s.ce);
      const known = text.includes('、') || text.includes('，') ? [...found, ...spans(a.hitsIn(si, 'stock-phrase'))] : [];
      for (const [re, need] of [[FOUR_LIST, 1], [FOUR_CLAUSES, 2]] as const) {
        if (!known.length || !text.includes(re === FOUR_LIST ? '、' : '，')) continue;
        re.lastIndex = 0;
        for (let m; (m = re.exec(text)); ) {
          const from = s.cs + m.index;
          const to = from + m[0].length;
          const items = m[0].split(/[、，]/);
          if (items.length < minRun || reported.some(([x, y]) => x < to && y > from)) continue;
          if (re === FOUR_CLAUSES && !m[0].includes('，')) continue;
          if (known.filter(([x, y]) => x >= from && y <= to).length < need) continue;
          reported.push([from, to]);
          report(file, meta, a, from, to, {
            reason: `口号堆砌：连用${items.length}个四字口号（${items.join('、')}），中间没有具体内容`,
            note: NOTE,
          });
        }
      }
      // Known slogans in a row, joined by 、，和 or nothing (凝心聚力，砥砺奋进，勇毅前行).
      let runStart = 0;
      for (let i = 1; i <= found.length; i++) {
        const joined = i < found.length && JOINERS.test(clean.slice(found[i - 1][1], found[i][0]));
        if (joined) continue;
        if (i - runStart >= minRun) {
          const run = found.slice(runStart, i);
          const from = run[0][0];
          const to = run[run.length - 1][1];
          if (!reported.some(([x, y]) => x < to && y > from)) {
            report(file, meta, a, from, to, {
              reason: `口号堆砌：连用${run.length}个四字口号（${run.map(([x, y]) => clean.slice(x, y)).join('、')}），中间没有具体内容`,
              note: NOTE,
            });
          }
        }
        runStart = i;
      }
    }
  };
};

export default { meta, plugin } satisfies Rule;

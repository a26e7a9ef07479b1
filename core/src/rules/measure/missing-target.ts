/**
 * measure/missing-target — a measure sentence with no quantified target or
 * deliverable. Source: 000 §2.3 任务目标; 004 明确融合的目标、任务.
 */
import type { Analysis } from '../../analysis/analysis.js';
import { dataOf, PLANNING, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { measures } from '../shared/measures.js';
import { sectionContext } from '../../analysis/outline.js';
import { beforeClose, insertInto, TARGET } from '../shared/templates.js';

export const meta: RuleMeta = {
  id: 'measure/missing-target',
  family: 'measure',
  description: '措施缺量化目标：没有写明做到多少，或交付什么成果',
  rationale: '“提升”“加强”没有终点。写明数量或成果物（N项、N次、清单、台账），措施才能验收。',
  sources: [
    { seed: '000', section: '§2.3', point: '明确时间节点和任务目标' },
    { seed: '004', section: '三（二）', point: '明确融合的目标、任务、措施和责任分工' },
  ],
  severity: { summary: 'warning', publicity: 'off', submission: 'warning' },
  profiles: [...PLANNING, 'publicity'],
  examples: {
    bad: '下一步，支部将积极探索党建与业务深度融合的新路径。',
    good: '2025年6月底前，支部组建3支党员突击队，完成5项攻坚任务。',
  },
  url: ruleUrl('measure/missing-target'),
};

/** A stage opening on its span of months or its part of the year: 2025年1月至3月…, 4月至10月…, 12月…, 下半年…, 第三季度…. */
const STAGE_RE = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:\d{4}年)?(?:\d{1,2}月(?:(?:至|到|—|－|-|～|~)\d{1,2}月)?|上半年|下半年|第[一二三四]季度|年底|年初)/;

/**
 * Whether sentence `si` is one of two or more stages its paragraph chains at semicolons (2025年1月至3月…；4月至10月…；12月…).
 * Memoised per paragraph: a long schedule is read once.
 */
function chainedStages(a: Analysis, si: number): boolean {
  const { sentences } = a.doc;
  const memo = a.shared('missing-target.stages', () => new Map<number, boolean>());
  const pi = sentences[si].paragraph;
  let v = memo.get(pi);
  if (v === undefined) memo.set(pi, (v = paragraphChainsStages(a, pi)));
  return v;
}

/** {@link chainedStages} for paragraph `pi`, read afresh. */
function paragraphChainsStages(a: Analysis, pi: number): boolean {
  const { sentences, paragraphs, clean } = a.doc;
  const p = paragraphs[pi];
  let stages = 0;
  let semicolon = false;
  for (let sj = p.s0; sj < p.s1; sj++) {
    const t = sentences[sj];
    if (!STAGE_RE.test(clean.slice(t.bodyCs, t.bodyCs + 16))) continue;
    stages++;
    semicolon ||= clean.charCodeAt(t.ce - 1) === 0xff1b || clean.charCodeAt(t.ce - 1) === 59;
  }
  return stages >= 2 && semicolon;
}

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a, settings } = dataOf(file);
  for (const m of measures(a, settings.profile)) {
    if (m.target) continue;
    // A stage of a schedule (进度安排：2025年1月至3月由支部书记负责设立示范机台；4月至10月…按月推进) dates the tasks the
    // measures above set out with their targets: it owes none of its own.
    // (Only stages chained in one sentence, 1月至3月…；4月至10月…；11月至12月…: a numbered item dated by its month is a task.)
    if (STAGE_RE.test(a.doc.clean.slice(m.cs, m.cs + 16)) && chainedStages(a, m.si) && sectionContext(a, m.si).tags.has('schedule')) continue;
    report(file, meta, a, m.cs, m.ce, {
      reason: '措施缺量化目标：没有写明做到多少或交付什么',
      expected: [insertInto(a, m.cs, m.ce, beforeClose(a, m.cs, m.ce), TARGET)],
      note: '写明数量（N项、N次、N%）或成果物（清单、台账、制度）。依据：000 §2.3（明确任务目标）、004（明确融合的目标、任务）。',
    });
  }
};

export default { meta, plugin } satisfies Rule;

/**
 * The document score (0–100) and the five-dimension coverage.
 *
 * Each message takes points by severity (error 5, warning 2, info 0.5), with
 * a cap per rule (error 20, warning 12, info 4) so one frequent finding
 * cannot sink a long document on its own.
 */
import { AnchorKind, type Analysis } from './analysis/analysis.js';
import { RULE_MAP } from './rules/index.js';
import type { CheckSettings } from './rules/rule.js';
import { measures } from './rules/shared/measures.js';
import { assessmentScopes } from './rules/shared/scopes.js';
import type { Deduction, DimensionCoverage, RedlineMessage, Report, Severity } from './types.js';

/** Points per message, by severity. */
export const WEIGHT: Record<Severity, number> = { error: 5, warning: 2, info: 0.5 };
/** Most points one rule can take, by its severity. */
export const CAP: Record<Severity, number> = { error: 20, warning: 12, info: 4 };

/** Score and deductions for `messages`. */
export function scoreOf(messages: readonly RedlineMessage[]): { score: number; deductions: Deduction[] } {
  const by = new Map<string, { count: number; severity: Severity }>();
  for (const m of messages) {
    const e = by.get(m.ruleId) ?? { count: 0, severity: m.severity };
    e.count++;
    by.set(m.ruleId, e);
  }
  const deductions: Deduction[] = [];
  for (const [ruleId, { count, severity }] of by) {
    const points = Math.min(CAP[severity], count * WEIGHT[severity]);
    const name = (RULE_MAP.get(ruleId)?.meta.description ?? ruleId).split('：')[0];
    deductions.push({ ruleId, count, points, reason: `${name}：${count}处，扣${points}分` });
  }
  deductions.sort((x, y) => y.points - x.points || x.ruleId.localeCompare(y.ruleId));
  const total = deductions.reduce((n, d) => n + d.points, 0);
  return { score: Math.max(0, Math.round(100 - total)), deductions };
}

/** Score, deductions and message counts (by family and severity) for `messages`. */
export function summarize(messages: readonly RedlineMessage[]): Pick<Report, 'score' | 'deductions' | 'counts'> {
  const { score, deductions } = scoreOf(messages);
  const families: Record<string, number> = {};
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let lastRule = '';
  let f = '';
  for (const m of messages) {
    // Messages come sorted by place, so runs of one rule are common: split the id only when it changes.
    if (m.ruleId !== lastRule) {
      lastRule = m.ruleId;
      f = m.ruleId.split('/')[0];
    }
    families[f] = (families[f] ?? 0) + 1;
    severities[m.severity]++;
  }
  return { score, deductions, counts: { families, severities } };
}

/** The default five dimensions of seed 000 §2.2 三. */
export const DEFAULT_DIMENSIONS = [
  { id: 'mechanism', name: '运行机制' },
  { id: 'implementation', name: '措施落实' },
  { id: 'results', name: '创建成效' },
  { id: 'recognition', name: '公认度' },
  { id: 'influence', name: '影响力' },
] as const;

/**
 * Coverage of each dimension: explicit naming (the `dimension` lexicon) plus,
 * for the five defaults, evidence in the text — mechanisms (长效, 清单,
 * 每季度), fully specified measures, results backed by figures, publicity
 * and honours.
 */
export function dimensionCoverage(a: Analysis, settings: CheckSettings): DimensionCoverage[] {
  const { sentences } = a.doc;
  const named = new Map<string, number>();
  const inScope = new Set<string>();
  const scopes = assessmentScopes(a, settings.profile);
  let sp = 0;
  for (let si = 0; si < sentences.length; si++) {
    if (!a.mentions(si, 'dimension')) continue;
    const s = sentences[si];
    while (sp < scopes.length && scopes[sp].ce <= s.cs) sp++;
    const scoped = sp < scopes.length && s.cs >= scopes[sp].cs;
    for (const h of a.hitsIn(si, 'dimension')) {
      named.set(h.entry.tag, (named.get(h.entry.tag) ?? 0) + 1);
      if (scoped) inScope.add(h.entry.tag);
    }
  }
  const evidence: Record<string, number> = {};
  if (settings.dimensions.every((d, i) => d.id === DEFAULT_DIMENSIONS[i]?.id)) {
    let mech = 0;
    let res = 0;
    let infl = 0;
    for (let si = 0; si < sentences.length; si++) {
      if (a.mentions(si, 'mechanism')) mech++;
      if (a.mentions(si, 'evidence') || (a.mentions(si, 'claim') && a.anchorKinds(si) & (AnchorKind.Quantity | AnchorKind.Figure))) res++;
      if (a.mentions(si, 'promotion') || a.has(si, 'evidence', 'case')) infl++;
    }
    evidence.mechanism = mech;
    evidence.implementation = measures(a, settings.profile === 'summary' ? 'summary' : undefined).filter((m) => m.owner !== 'none' && m.owner !== 'vague' && m.deadline && m.target).length;
    evidence.results = res;
    evidence.influence = infl;
  }
  return settings.dimensions.map((d) => {
    const mentions = (named.get(d.id) ?? 0) + (evidence[d.id] ?? 0);
    return { id: d.id, name: d.name, covered: mentions > 0, inAssessment: inScope.has(d.id), mentions, strength: Math.min(1, mentions / 3) };
  });
}

/**
 * Pack rules compiled into ordinary Redline rules (a meta and a unified
 * plugin each), so packs run in the same engine, are configured by the same
 * `.redlinerc.json` keys (`<pack>/<rule>`) and report the same messages.
 */
import { Automaton } from '../match/automaton.js';
import { report, type Rule, type RuleMeta } from '../rules/rule.js';
import { dataOf } from '../rules/rule.js';
import type { Pack, PackRule } from './schema.js';

/** Documentation url of a pack rule (packs live with the organisation, not in Redline's docs). */
export function packRuleUrl(pack: string, id: string): string {
  return `https://redline.invalid/packs/${pack}#${id}`;
}

const fill = (message: string, vars: Record<string, string>) => message.replace(/\{(actual|expected|missing)\}/g, (_, k: string) => vars[k] ?? '');

/** The rules of `pack`, ready for the engine. */
export function packRules(pack: Pack): Rule[] {
  return pack.rules.map((r) => compile(pack, r));
}

function compile(pack: Pack, rule: PackRule): Rule {
  const id = `${pack.name}/${rule.id}`;
  const meta: RuleMeta = {
    id,
    family: 'pack',
    description: `${rule.message.replace(/\{[a-z]+\}/g, '…')}（规则包 ${pack.name}）`,
    rationale: rule.note ?? pack.description ?? `组织自定义规则（规则包 ${pack.name}）`,
    sources: [],
    severity: { summary: rule.level, publicity: rule.level, submission: rule.level },
    examples: { bad: rule.tests.flag[0] ?? '', good: rule.tests.pass[0] ?? '' },
    url: packRuleUrl(pack.name, rule.id),
  };
  const note = rule.note ?? `组织自定义规则（规则包 ${pack.name}${pack.description ? `：${pack.description}` : ''}）。`;
  let plugin: Rule['plugin'];
  switch (rule.kind) {
    case 'existence':
    case 'substitution': {
      const words = rule.kind === 'existence' ? rule.tokens : Object.keys(rule.swap);
      const automaton = new Automaton(words);
      plugin = () => (_tree, file) => {
        const { analysis: a } = dataOf(file);
        const found: Array<[number, number, number]> = [];
        automaton.scan(a.doc.clean, (s, e, p) => found.push([s, e, p]));
        // Longest match wins where matches overlap.
        found.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
        let last = -1;
        for (const [s, e, p] of found) {
          if (s < last) continue;
          last = e;
          const actual = words[p];
          const expected = rule.kind === 'substitution' ? rule.swap[actual] : '';
          report(file, meta, a, s, e, { reason: fill(rule.message, { actual, expected }), expected: rule.kind === 'substitution' ? [expected] : [], note });
        }
      };
      break;
    }
    case 'conditional': {
      const first = new Automaton(rule.first);
      plugin = () => (_tree, file) => {
        const { analysis: a } = dataOf(file);
        const { clean, paragraphs, sentences } = a.doc;
        const hits: Array<[number, number]> = [];
        first.scan(clean, (s, e) => hits.push([s, e]));
        hits.sort((x, y) => x[0] - y[0]);
        const units = rule.scope === 'document' ? [{ cs: 0, ce: clean.length }] : rule.scope === 'paragraph' ? paragraphs : sentences;
        let k = 0;
        for (const u of units) {
          while (k < hits.length && hits[k][0] < u.cs) k++;
          if (k >= hits.length || hits[k][0] >= u.ce) continue;
          const text = clean.slice(u.cs, u.ce);
          if (rule.second.some((w) => text.includes(w))) continue;
          const [s, e] = hits[k];
          report(file, meta, a, s, e, { reason: fill(rule.message, { actual: clean.slice(s, e), missing: rule.second.join('、') }), expected: [], note });
        }
      };
      break;
    }
    case 'coverage': {
      plugin = () => (_tree, file) => {
        const { analysis: a } = dataOf(file);
        const { clean, headings, paragraphs } = a.doc;
        for (const h of headings) {
          if (!rule.section.some((w) => h.text.includes(w))) continue;
          const start = h.kind === 'line' ? paragraphs[h.paragraph].cs : h.cs;
          const text = clean.slice(start, h.bodyCe);
          const missing = rule.items.map((item) => (Array.isArray(item) ? item : [item])).filter((syn) => !syn.some((w) => text.includes(w))).map((syn) => syn[0]);
          if (!missing.length) continue;
          report(file, meta, a, h.cs, h.ce, { reason: fill(rule.message, { actual: h.text, missing: missing.join('、') }), expected: [], note, document: true });
        }
      };
      break;
    }
  }
  return { meta, plugin };
}

/** `pnpm -C core phases [MB]`: median time of each phase and each rule of check() on a generated draft, JIT warm (a profiling aid). */
import { parseDocument } from '../src/parse/parse.js';
import { Analysis } from '../src/analysis/analysis.js';
import { buildTree } from '../src/parse/tree.js';
import { LexiconSet } from '../src/lexicons/index.js';
import { RULES } from '../src/rules/index.js';
import { check } from '../src/index.js';
import { guessProfile } from '../src/analysis/outline.js';
import { VFile } from 'vfile';
import { draft } from './drafts.js';
const text = draft(Number(process.argv[2] ?? 1) * 1024 * 1024, 1);
for (let i = 0; i < 5; i++) check(text);
const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
const acc = new Map<string, number[]>();
const T = (label: string, fn: () => any) => { const t = performance.now(); const r = fn(); const d = performance.now() - t; (acc.get(label) ?? acc.set(label, []).get(label)!).push(d); return r; };
const lex = LexiconSet.for();
(Error as any).stackTraceLimit = 0;
let msgs = 0;
for (let k = 0; k < Number(process.env.RUNS ?? 9); k++) {
  const doc = T('parseDocument', () => parseDocument(text, 'text'));
  const a = T('Analysis', () => new Analysis(doc, lex));
  T('guessProfile', () => guessProfile(a));
  T('buildTree', () => buildTree(a));
  const file = new VFile({ value: text });
  file.data.redline = { analysis: a, settings: { profile: 'plan', profileGuessed: true, preset: 'summary', customDimensions: false, dimensions: [{id:'mechanism',name:'运行机制'},{id:'implementation',name:'措施落实'},{id:'results',name:'创建成效'},{id:'recognition',name:'公认度'},{id:'influence',name:'影响力'}] } };
  for (const r of RULES) { const tr = (r.plugin as any).call({}, {}); T(r.meta.id, () => tr({}, file)); }
  msgs = file.data.redlineFindings?.length ?? 0;
  T('check total', () => check(text));
}
let sum = 0;
for (const [k, v] of acc) { const m = med(v); if (k !== 'check total') sum += m; if (m > Number(process.env.MIN ?? 0.3)) console.log(k.padEnd(40), m.toFixed(2), 'ms'); }
console.log('sum of phases', sum.toFixed(1), 'findings', msgs);

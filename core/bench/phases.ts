/** `pnpm -C core phases [MB]`: time of each phase and each rule of check() on a generated draft (a profiling aid). */
import { parseDocument } from '../src/parse/parse.js';
import { Analysis } from '../src/analysis/analysis.js';
import { buildTree } from '../src/parse/tree.js';
import { LexiconSet } from '../src/lexicons/index.js';
import { RULES } from '../src/rules/index.js';
import { check } from '../src/index.js';
import { VFile } from 'vfile';
import { draft } from './drafts.js';
const text = draft(Number(process.argv[2] ?? 1) * 1024 * 1024, 1);
check(draft(100000, 2));
const T = (label: string, fn: () => any) => { const t = performance.now(); const r = fn(); console.log(label.padEnd(40), (performance.now() - t).toFixed(1), 'ms'); return r; };
const lex = LexiconSet.for();
const doc = T('parseDocument', () => parseDocument(text, 'text'));
const a = T('Analysis', () => new Analysis(doc, lex));
T('buildTree', () => buildTree(a));
const file = new VFile({ value: text });
file.data.redline = { analysis: a, settings: { profile: 'plan', profileGuessed: true, preset: 'summary', customDimensions: false, dimensions: [{id:'mechanism',name:'运行机制'},{id:'implementation',name:'措施落实'},{id:'results',name:'创建成效'},{id:'recognition',name:'公认度'},{id:'influence',name:'影响力'}] } };
(Error as any).stackTraceLimit = 0;
for (const r of RULES) { const tr = (r.plugin as any).call({}, {}); T(r.meta.id, () => tr({}, file)); }
console.log('findings', file.data.redlineFindings?.length ?? 0);
T('check total', () => check(text));

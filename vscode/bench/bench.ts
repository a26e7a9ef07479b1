/**
 * Benchmark (not a timed test): time from a one-character edit in a
 * 100 000-character document to the published diagnostics of that version,
 * through the bundled language server over stdio, against a baseline measured
 * in the same run: a bare `check()` of the same text in this process.
 * Also: latency of a hover request sent while the big document is being checked.
 *
 * Usage: pnpm -C vscode bench [-- --runs 20]   (results also in artifacts/vscode-bench.json)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { check } from '@redline/core';
import { startServer } from '../test/lsp.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;
const SIZE = 100_000;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1], n: s.length };
}
const fmt = (x: number) => `${x.toFixed(1)} ms`;

// A 100 000-character Markdown document made of the example drafts.
const examples = ['创建方案-精检匠修.md', '工作总结-运输车间.md', '宣传稿-党员责任区.md'].map((f) => readFileSync(join(repo, 'examples', f), 'utf8'));
let text = '';
for (let i = 0; text.length < SIZE; i++) text += examples[i % examples.length] + '\n\n';
text = text.slice(0, SIZE);
const mid = text.indexOf('\n', SIZE / 2) + 1;

// Baseline: bare check() of the same text, warm.
for (let i = 0; i < 3; i++) check(text, { format: 'markdown' });
const base: number[] = [];
let findings = 0;
for (let i = 0; i < RUNS; i++) {
  const t = i % 2 ? text : text.slice(0, mid) + '一' + text.slice(mid);
  const t0 = performance.now();
  findings = check(t, { format: 'markdown' }).messages.length;
  base.push(performance.now() - t0);
}

async function lsp(debounce: number) {
  const s = await startServer({ initializationOptions: { settings: { debounce } } });
  const uri = pathToFileURL(join(here, 'bench-100k.md')).href;
  const first = s.diagnostics(uri, undefined, 60_000);
  s.open(uri, 'markdown', text);
  await first;
  const edits: number[] = [];
  const hovers: number[] = [];
  const lines = text.slice(0, mid).split('\n').length - 1;
  for (let i = 0; i < RUNS + 2; i++) {
    const insert = i % 2 === 0;
    const got = s.diagnostics(uri, (p) => p.version === i + 2, 60_000);
    const t0 = performance.now();
    s.edit(uri, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: insert ? 0 : 1 } }, newText: insert ? '一' : '' }]);
    // A request while the check runs: answered by the main thread without waiting for the worker.
    const h0 = performance.now();
    await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    const h = performance.now() - h0;
    await got;
    if (i >= 2) {
      edits.push(performance.now() - t0);
      hovers.push(h);
    }
  }
  await s.stop();
  return { edit: stats(edits), hover: stats(hovers) };
}

const b = stats(base);
const fast = await lsp(0);
const normal = await lsp(300);
const result = {
  document: { characters: text.length, findings },
  runs: RUNS,
  node: process.version,
  baselineCheck: b,
  editToDiagnostics: { debounce0: fast.edit, debounce300: normal.edit },
  ratioToBaseline: { debounce0: fast.edit.median / b.median, debounce300: normal.edit.median / b.median },
  hoverDuringCheck: fast.hover,
};
console.log(`Redline LSP benchmark — ${text.length} characters of Markdown, ${findings} findings, ${RUNS} runs, Node ${process.version}`);
console.log(`  baseline check()                      median ${fmt(b.median)}  p95 ${fmt(b.p95)}`);
console.log(`  edit → diagnostics (debounce 0)       median ${fmt(fast.edit.median)}  p95 ${fmt(fast.edit.p95)}  (${result.ratioToBaseline.debounce0.toFixed(2)}× baseline)`);
console.log(`  edit → diagnostics (debounce 300 ms)  median ${fmt(normal.edit.median)}  p95 ${fmt(normal.edit.p95)}  (${result.ratioToBaseline.debounce300.toFixed(2)}× baseline)`);
console.log(`  hover answered during a check         median ${fmt(fast.hover.median)}  p95 ${fmt(fast.hover.p95)}`);
mkdirSync(join(repo, 'artifacts'), { recursive: true });
writeFileSync(join(repo, 'artifacts/vscode-bench.json'), JSON.stringify(result, null, 2) + '\n');

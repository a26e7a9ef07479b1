import { check, DocumentChecker } from '../src/index.js';
import { draft } from './drafts.js';
const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
for (const n of [20, 1000, 10000]) {
  const text = draft(n * 3, n).slice(0, n);
  for (let i = 0; i < 300; i++) check(text);
  const ts: number[] = [];
  for (let i = 0; i < 500; i++) { const t = performance.now(); check(text); ts.push(performance.now() - t); }
  console.log(n, med(ts).toFixed(3), 'ms');
}

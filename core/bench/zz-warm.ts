import { check, DocumentChecker } from '../src/index.js';
import { draft } from './drafts.js';
const chars = Number(process.argv[2] ?? 10000);
const text = draft(chars * 3, chars).slice(0, chars);
const mid = text.indexOf('。', chars >> 1) - 2;
const edited = text.slice(0, mid) + '各' + text.slice(mid);
const checker = new DocumentChecker();
let k = 0;
const recheck = () => checker.check(k++ % 2 ? edited : text);
for (let i = 0; i < 300; i++) { recheck(); }
const ts: number[] = [];
const N = Number(process.argv[3] ?? 3000);
for (let i = 0; i < N; i++) { const t = performance.now(); recheck(); ts.push(performance.now() - t); }
ts.sort((a, b) => a - b);
console.log('median', ts[ts.length >> 1].toFixed(3), 'p95', ts[Math.floor(ts.length * 0.95)].toFixed(3));

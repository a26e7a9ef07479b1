import { check } from '../src/index.js';
import { draft } from './drafts.js';
const text = draft(Number(process.argv[2] ?? 1) * 1024 * 1024, 1);
for (let i = 0; i < 5; i++) check(text);
const t = performance.now();
const N = 20;
for (let i = 0; i < N; i++) check(text);
console.log('per check ms', ((performance.now() - t) / N).toFixed(1));

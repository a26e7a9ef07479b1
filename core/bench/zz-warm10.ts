import { check, DocumentChecker } from '../src/index.js';
import { draft } from './drafts.js';
const text = draft(30000, 10000).slice(0, 10000);
const mid = text.indexOf('。', 5000) - 2; const e = text.slice(0, mid) + '各' + text.slice(mid);
const c = new DocumentChecker();
for (let i = 0; i < 6000; i++) c.check(i % 2 ? e : text);

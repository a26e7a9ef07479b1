import { check } from '../src/index.js';
import { draft } from './drafts.js';
const text = draft(1024 * 1024, 1);
for (let i = 0; i < 40; i++) check(text);

/** `pnpm -C core exec tsx bench/golden.ts [out.txt]`: prints a digest of check() output over ../shared, the examples and generated drafts (an optimisation that changes nothing keeps the digest). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { check } from '../src/index.js';
import { draft } from './drafts.js';
const files: string[] = [];
const walk = (d: string) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.(txt|md|html)$/.test(n)) files.push(p); } };
for (const d of ['../../shared/seeds', '../../shared/real', '../examples']) walk(d);
const out: string[] = [];
for (const f of files) {
  const fmt = f.endsWith('.md') ? 'markdown' : f.endsWith('.html') ? 'html' : 'text';
  for (const join of [true, false]) {
    const r = check(readFileSync(f, 'utf8'), { format: fmt, joinHardWraps: join });
    out.push(f + ' ' + join + ' ' + JSON.stringify({ m: r.messages, r: r.report }));
  }
}
for (const seed of [1, 2, 3]) out.push('draft ' + seed + ' ' + JSON.stringify(check(draft(200_000, seed)).messages));
const all = out.join('\n');
if (process.argv[2]) (await import('node:fs')).writeFileSync(process.argv[2], all);
console.log(files.length, 'files', createHash('sha256').update(all).digest('hex').slice(0, 16));

/**
 * `pnpm --filter @redline/cli bench [--sizes 100,1000,5000] [--chars 5000] [--jobs N]`
 *
 * Generates synthetic submissions of about `--chars` characters, then runs
 * one batch per size in a fresh child process (check in parallel + copy
 * detection + HTML/SARIF/CSV rendering) and prints time, files per second,
 * peak memory (maxRSS of the child, worker threads included) and the
 * scaling ratios between sizes, all measured in the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabulary, writeCorpus } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string, d: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : d;
};
const sizes = arg('--sizes', '100,1000,5000').split(',').map(Number);
const chars = Number(arg('--chars', '5000'));
const jobs = arg('--jobs', '');
const vocab = vocabulary(join(here, '../../../shared/seeds'));
const root = mkdtempSync(join(tmpdir(), 'redline-bench-'));
console.log(`Redline 批量审校基准：每份约 ${chars} 字，${availableParallelism()} 核，Node ${process.version}，词块 ${vocab.length} 个`);
const rows: Array<Record<string, number>> = [];
try {
  for (const n of sizes) {
    const dir = join(root, String(n));
    const planted = writeCorpus(dir, n, chars, vocab);
    const t0 = performance.now();
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'one.ts'), dir, ...(jobs ? [jobs] : [])], { encoding: 'utf8', maxBuffer: 1 << 26, cwd: join(here, '..') });
    const wall = performance.now() - t0;
    const r = { n, planted, wallMs: Math.round(wall), ...JSON.parse(out.trim().split('\n').pop()!) };
    rows.push(r);
    console.log(
      `${String(n).padStart(5)} 份  ${(r.characters / 1e6).toFixed(1)} M 字  批处理 ${(r.batchMs / 1000).toFixed(1)} s（进程共 ${(wall / 1000).toFixed(1)} s）  ${(n / (r.batchMs / 1000)).toFixed(0)} 份/秒  ` +
        `峰值内存 ${r.batchPeakMB} MB（含报告生成 ${r.maxRssMB} MB）  HTML ${(r.htmlMs / 1000).toFixed(1)} s / ${(r.htmlBytes / 1e6).toFixed(1)} MB  SARIF ${(r.sarifMs / 1000).toFixed(1)} s / ${(r.sarifBytes / 1e6).toFixed(1)} MB  ` +
        `提示 ${r.messages} 条  雷同 ${r.copied} 条（植入 ${planted} 处）  相似对 ${r.pairs}`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    console.log(`${a.n} → ${b.n} 份（×${(b.n / a.n).toFixed(0)}）：时间 ×${(b.batchMs / a.batchMs).toFixed(2)}，峰值内存 ×${(b.batchPeakMB / a.batchPeakMB).toFixed(2)}，吞吐 ${(a.n / (a.batchMs / 1000)).toFixed(0)} → ${(b.n / (b.batchMs / 1000)).toFixed(0)} 份/秒`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

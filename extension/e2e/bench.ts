/**
 * Per-keystroke latency benchmark: types BENCH_CHARS (default 2 000) Chinese
 * characters into each editor with the extension loaded and without it, and
 * reports p50/p95 of input latency and the on/off ratio.
 *
 * Latency of one keystroke = from the `beforeinput` event's timeStamp (when
 * the browser created the input event, so time queued behind other work
 * counts) to the first task after the next animation frame (the frame that
 * shows the character). Measured in the editor's own frame.
 *
 * Usage: pnpm --filter @redline/extension bench [-- editor names…]
 * Writes artifacts/extension/bench.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { ARTIFACTS, CHROMIUM, EDITORS, focusEditor, launch, openEditor } from './harness';
import { startServer } from './server';
import { existsSync } from 'node:fs';

const CHARS = Number(process.env.BENCH_CHARS ?? 2000);
const DRAFT_UNIT = '支部将尽快组建党员服务队，近期完成职工需求调研。我们要高度重视党建品牌创建工作，切实加强组织领导，不断提升工作水平。第二党支部每季度开展一次主题党日，由组织委员负责，2025年6月底前完成12项服务承诺。';

/** CHARS characters of draft, with a paragraph break about every 120 characters. */
function draft(n: number): string {
  let s = '';
  while (s.length < n) s += DRAFT_UNIT;
  s = s.slice(0, n);
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += 120) parts.push(s.slice(i, i + 120));
  return parts.join('\n');
}

function pct(xs: number[], p: number): number {
  const a = [...xs].sort((x, y) => x - y);
  return a.length ? a[Math.min(a.length - 1, Math.floor((p / 100) * a.length))] : NaN;
}

async function measure(withExtension: boolean, names: string[], origin: string) {
  const L = await launch(withExtension);
  const out: Record<string, { p50: number; p95: number; n: number; seconds: number }> = {};
  try {
    for (const c of EDITORS.filter((e) => !names.length || names.includes(e.name))) {
      const page = await L.ctx.newPage();
      const frame: Frame = await openEditor(page, origin, c);
      await focusEditor(page, frame, c);
      await frame.evaluate(() => {
        const w = window as unknown as { __lat: number[] };
        w.__lat = [];
        addEventListener(
          'beforeinput',
          (e) => {
            const t0 = e.timeStamp;
            requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0), 0));
          },
          true,
        );
      });
      const text = draft(CHARS);
      const t0 = Date.now();
      for (const line of text.split('\n')) {
        // Chinese characters arrive as IME-like input events (one per character), Enter as a key.
        for (const ch of line) await page.keyboard.insertText(ch);
        await page.keyboard.press('Enter');
      }
      const seconds = (Date.now() - t0) / 1000;
      await page.waitForTimeout(600);
      const lat = await frame.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
      out[c.name] = { p50: pct(lat, 50), p95: pct(lat, 95), n: lat.length, seconds };
      console.log(`  ${withExtension ? 'on ' : 'off'} ${c.name.padEnd(16)} n=${lat.length} p50=${out[c.name].p50.toFixed(2)}ms p95=${out[c.name].p95.toFixed(2)}ms (${seconds.toFixed(1)} s)`);
      await page.close();
    }
  } finally {
    await L.close();
  }
  return out;
}

if (!existsSync(CHROMIUM)) {
  console.error(`bench: ${CHROMIUM} not found; run extension/scripts/ci-setup.sh`);
  process.exit(2);
}
const names = process.argv.slice(2);
const srv = await startServer();
console.log(`Typing ${CHARS} Chinese characters per editor (Debian Chromium, headless)`);
const off = await measure(false, names, srv.origin);
const on = await measure(true, names, srv.origin);
await srv.close();
const rows = Object.keys(on).map((k) => ({
  editor: k,
  offP50: off[k].p50,
  offP95: off[k].p95,
  onP50: on[k].p50,
  onP95: on[k].p95,
  ratioP50: on[k].p50 / off[k].p50,
  ratioP95: on[k].p95 / off[k].p95,
}));
console.log('\neditor            off p50/p95 (ms)   on p50/p95 (ms)   ratio p50/p95');
for (const r of rows) {
  console.log(
    `${r.editor.padEnd(17)} ${r.offP50.toFixed(2).padStart(6)} / ${r.offP95.toFixed(2).padStart(6)}    ${r.onP50.toFixed(2).padStart(6)} / ${r.onP95.toFixed(2).padStart(6)}    ${r.ratioP50.toFixed(2)} / ${r.ratioP95.toFixed(2)}`,
  );
}
mkdirSync(ARTIFACTS, { recursive: true });
writeFileSync(join(ARTIFACTS, 'bench.json'), JSON.stringify({ chars: CHARS, date: new Date().toISOString(), rows, off, on }, null, 2));
console.log(`\nwritten ${join(ARTIFACTS, 'bench.json')}`);

/**
 * `pnpm bench`: bundles bench/bench.ts with esbuild — the form in which the
 * VS Code language server and the browser extension ship the core — and runs
 * the bundle with plain Node. (Under tsx every nested function is wrapped to
 * keep its name, which slows the hot paths by 20–40 % and measures the loader
 * rather than the code.)
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = process.argv[2] ?? 'bench.ts';
const outdir = fileURLToPath(new URL('../node_modules/.cache/redline-bench/', import.meta.url));
mkdirSync(outdir, { recursive: true });
const outfile = `${outdir}${entry.replace(/\.ts$/, '.mjs')}`;
await build({
  entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  // The bench reads ../shared relative to its own file: keep that base.
  define: { 'import.meta.url': JSON.stringify(new URL(entry, import.meta.url).href) },
});
const r = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(3)], { stdio: 'inherit' });
process.exit(r.status ?? 1);

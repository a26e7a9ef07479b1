/**
 * Builds the extension with esbuild into dist/:
 *   extension.cjs     the VS Code client (`vscode` external)
 *   server.cjs        the language server (`redline-lsp`), with @redline/core bundled in
 *   check-worker.cjs  the worker thread that runs `check()`
 *   redlinerc.schema.json  JSON Schema of `.redlinerc.json` (from the core), for `jsonValidation`
 * Usage: tsx scripts/build.ts [--watch]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '@redline/core';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

const common: esbuild.BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify: true,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  define: { REDLINE_VERSION: JSON.stringify(pkg.version) },
  // vscode-languageserver and -client pick their `node` entry points through `exports`.
  mainFields: ['module', 'main'],
  conditions: ['node'],
};

const builds: esbuild.BuildOptions[] = [
  { ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(dist, 'extension.cjs'), external: ['vscode'] },
  { ...common, entryPoints: [join(root, 'server/src/main.ts')], outfile: join(dist, 'server.cjs') },
  { ...common, entryPoints: [join(root, 'server/src/check-worker.ts')], outfile: join(dist, 'check-worker.cjs') },
];

const watch = process.argv.includes('--watch');
const t0 = performance.now();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  const sizes = results.map((r, i) => {
    const out = Object.entries(r.metafile!.outputs).find(([f]) => f.endsWith('.cjs'))!;
    return `${builds[i].outfile!.split('/').pop()} ${(out[1].bytes / 1024).toFixed(0)} KB`;
  });
  writeFileSync(join(dist, 'redlinerc.schema.json'), JSON.stringify(configJsonSchema(), null, 2) + '\n');
  console.error(`[vscode build] ${sizes.join(', ')}, redlinerc.schema.json in ${Math.round(performance.now() - t0)} ms`);
}

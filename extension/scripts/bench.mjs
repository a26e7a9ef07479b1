#!/usr/bin/env node
// Builds the Chrome extension when needed, then runs the keystroke latency benchmark (e2e/bench.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
};
if (!existsSync(join(ROOT, '.output/chrome-mv3/manifest.json'))) run(join(ROOT, 'node_modules/.bin/wxt'), ['build']);
run(join(ROOT, 'node_modules/.bin/tsx'), ['e2e/bench.ts', ...process.argv.slice(2)]);

#!/usr/bin/env node
// redline-lsp: the Redline language server for any LSP editor (`redline-lsp --stdio`).
// Runs the bundled server in dist/; builds it first (onto stderr, never stdout: stdout is the LSP channel) when missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'dist/server.cjs');
if (!existsSync(server) || !existsSync(join(root, 'dist/check-worker.cjs'))) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    process.stderr.write('redline-lsp: 构建语言服务器失败，请在仓库根目录运行 pnpm install 后重试（pnpm -C vscode build）。\n');
    process.exit(1);
  }
}
createRequire(import.meta.url)(server);

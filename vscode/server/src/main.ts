/**
 * `redline-lsp`: the Redline language server as a process. Transport from the
 * command line as with every vscode-languageserver server: `--stdio`,
 * `--node-ipc` or `--socket=PORT`.
 */
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

declare const REDLINE_VERSION: string;
const version = typeof REDLINE_VERSION === 'string' ? REDLINE_VERSION : '0.0.0-dev';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`redline-lsp ${version}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stdout.write(
    [
      'redline-lsp —— Redline 党建文稿审校助手语言服务器',
      '',
      '用法：redline-lsp --stdio          （通过标准输入输出通信，供 Neovim、Helix 等编辑器使用）',
      '      redline-lsp --node-ipc | --socket=端口',
      '      redline-lsp --version',
      '',
    ].join('\n'),
  );
  process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
}

const connection = createConnection(ProposedFeatures.all);
startServer(connection, { workerPath: join(__dirname, 'check-worker.cjs'), version });
connection.listen();

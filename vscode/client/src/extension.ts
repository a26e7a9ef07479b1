/**
 * The thin VS Code client: starts the bundled Redline language server,
 * shows the current document's score in the status bar, and adds the
 * commands 「Redline: 显示文稿报告」 (report webview) and 「Redline: 检查工作区」.
 * Everything else (diagnostics, quick fixes, hovers, configuration) comes from the server.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CHECK_WORKSPACE_REQUEST,
  REPORT_REQUEST,
  STATUS_NOTIFICATION,
  type CheckWorkspaceResult,
  type DocumentReport,
  type StatusParams,
} from '../../shared/protocol.js';
import { PROFILE_NAMES, renderReport } from './report.js';

const LANGUAGES = ['markdown', 'plaintext', 'html'];

/** What `activate` returns: used by the end-to-end suite to look inside the extension. */
export interface RedlineApi {
  client: LanguageClient;
  /** The report shown last in the webview, and its HTML. */
  lastReport(): { report: DocumentReport; html: string } | undefined;
  /** Latest status (score) received for a document uri. */
  status(uri: string): StatusParams | undefined;
}

let client: LanguageClient | undefined;

/** Activates the extension: starts the server and registers the status bar item and commands. */
export async function activate(context: vscode.ExtensionContext): Promise<RedlineApi> {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.redlinerc.json') },
    outputChannelName: 'Redline',
  };
  client = new LanguageClient('redline', 'Redline 党建文稿审校助手', serverOptions, clientOptions);

  const statuses = new Map<string, StatusParams>();
  const item = vscode.window.createStatusBarItem('redline.score', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Redline 文稿得分';
  item.command = 'redline.showReport';
  context.subscriptions.push(item);

  const updateItem = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const s = doc && statuses.get(doc.uri.toString());
    if (!s) {
      item.hide();
      return;
    }
    item.text = `$(checklist) Redline ${s.score}分`;
    item.tooltip = `文稿得分 ${s.score}/100（${PROFILE_NAMES[s.profile] ?? s.profile}${s.profileGuessed ? '，自动判断' : ''}）\n错误 ${s.counts.error} · 警告 ${s.counts.warning} · 提示 ${s.counts.info}\n点击查看文稿报告`;
    item.backgroundColor = s.counts.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  };

  let panel: vscode.WebviewPanel | undefined;
  let panelUri: string | undefined;
  let last: { report: DocumentReport; html: string } | undefined;

  const render = async (uri: string): Promise<DocumentReport | undefined> => {
    const report = await client!.sendRequest<DocumentReport | null>(REPORT_REQUEST, { uri });
    if (!report || !panel) return report ?? undefined;
    const html = renderReport(report, { cspSource: panel.webview.cspSource, nonce: randomBytes(16).toString('base64'), name: basename(vscode.Uri.parse(uri).path) });
    panel.webview.html = html;
    panel.title = `文稿报告：${report.report.title ?? basename(vscode.Uri.parse(uri).path)}`;
    last = { report, html };
    return report;
  };

  client.onNotification(STATUS_NOTIFICATION, (s: StatusParams) => {
    statuses.set(s.uri, s);
    updateItem();
    if (panel && panelUri === s.uri) void render(s.uri);
  });

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateItem),
    vscode.workspace.onDidCloseTextDocument((d) => {
      statuses.delete(d.uri.toString());
      updateItem();
    }),
    vscode.commands.registerCommand('redline.showReport', async (uriArg?: vscode.Uri | string) => {
      const doc = vscode.window.activeTextEditor?.document;
      const uri = uriArg ? uriArg.toString() : doc && LANGUAGES.includes(doc.languageId) ? doc.uri.toString() : panelUri;
      if (!uri) {
        void vscode.window.showInformationMessage('Redline：请先打开一篇 Markdown、纯文本或 HTML 文稿。');
        return undefined;
      }
      if (!panel) {
        panel = vscode.window.createWebviewPanel('redline.report', '文稿报告', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
        panel.onDidDispose(() => {
          panel = undefined;
          panelUri = undefined;
        });
        panel.webview.onDidReceiveMessage(async (msg: { type: string; range?: { start: { line: number; character: number }; end: { line: number; character: number } } }) => {
          if (msg.type !== 'reveal' || !msg.range || !panelUri) return;
          const r = msg.range;
          const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
          const editor = await vscode.window.showTextDocument(vscode.Uri.parse(panelUri), { viewColumn: vscode.ViewColumn.One, selection: range });
          editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        });
      } else {
        panel.reveal(vscode.ViewColumn.Beside, true);
      }
      panelUri = uri;
      const report = await render(uri);
      if (!report) panel.webview.html = `<!DOCTYPE html><html lang="zh-CN"><body><p>正在检查，稍后自动刷新……</p></body></html>`;
      return report ? { uri, score: report.report.score, findings: report.findings.length } : { uri, pending: true };
    }),
    vscode.commands.registerCommand('redline.checkWorkspace', async () => {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Redline：正在检查工作区……' },
        () => client!.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, {}),
      );
      const msg = `Redline：已检查 ${result.files} 个文件，发现 ${result.findings} 处问题${result.filesWithErrors ? `（${result.filesWithErrors} 个文件有错误）` : ''}${result.truncated ? '；文件太多，只检查了前一部分' : ''}${result.failures.length ? `；${result.failures.length} 个文件无法读取` : ''}。`;
      void vscode.window.showInformationMessage(msg, '打开问题面板').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
      return result;
    }),
    vscode.commands.registerCommand('redline.restartServer', () => client!.restart()),
  );

  await client.start();
  context.subscriptions.push(client);
  return { client, lastReport: () => last, status: (uri) => statuses.get(uri) };
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

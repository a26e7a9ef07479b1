/**
 * Test helper: the bundled language server (dist/server.cjs) spawned with
 * `--stdio` and driven with vscode-jsonrpc, as any editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, InitializeResult, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

export const SERVER = join(fileURLToPath(new URL('..', import.meta.url)), 'dist/server.cjs');

/** Options of {@link startServer}. */
export interface StartOptions {
  /** Workspace folder (a path). */
  folder?: string;
  /** Advertise LSP 3.18 snippet edits (as VS Code's client does). Default true. */
  snippets?: boolean;
  /** Answer `workspace/configuration` with these settings (when set, the capability is advertised). */
  settings?: () => Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
}

/** A running server and the client side of its connection. */
export interface Session {
  conn: MessageConnection;
  proc: ChildProcess;
  init: InitializeResult;
  /** Every publishDiagnostics received, in order. */
  published: PublishDiagnosticsParams[];
  /** Every `redline/status` received. */
  statuses: Array<{ uri: string; version: number; score: number }>;
  /** Resolves with the first publish for `uri` (after the call) matching `pred`. */
  diagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, languageId: string, text: string, version?: number): void;
  /** Applies `edits` (LSP text edits) to the open document, sends an incremental didChange, returns the new text. */
  edit(uri: string, edits: TextEdit[]): string;
  text(uri: string): string;
  stop(): Promise<void>;
}

/** Spawns the server and runs initialize/initialized. */
export async function startServer(o: StartOptions = {}): Promise<Session> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const statuses: Session['statuses'] = [];
  const waiters: Array<{ uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const docs = new Map<string, TextDocument>();
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.pred(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  conn.onNotification('redline/status', (s: Session['statuses'][number]) => {
    statuses.push(s);
  });
  conn.onNotification('window/logMessage', () => {});
  conn.onNotification('window/showMessage', () => {});
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => o.settings?.() ?? {}));
  conn.listen();
  const init = await conn.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: o.folder ? pathToFileURL(o.folder).href : null,
    workspaceFolders: o.folder ? [{ uri: pathToFileURL(o.folder).href, name: 'ws' }] : null,
    initializationOptions: o.initializationOptions,
    capabilities: {
      workspace: {
        configuration: !!o.settings,
        didChangeWatchedFiles: { dynamicRegistration: true },
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'], ...(o.snippets === false ? {} : { snippetEditSupport: true }) },
      },
      textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true }, hover: { contentFormat: ['markdown'] } },
    },
  });
  await conn.sendNotification('initialized', {});
  const session: Session = {
    conn,
    proc,
    init,
    published,
    statuses,
    diagnostics(uri, pred = () => true, timeoutMs = 15000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        waiters.push({
          uri,
          pred,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
    open(uri, languageId, text, version = 1) {
      docs.set(uri, TextDocument.create(uri, languageId, version, text));
      void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    edit(uri, edits) {
      const doc = docs.get(uri)!;
      // Incremental changes must be sent in an order where each range refers to the text after the previous ones: go from the end.
      const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
      const version = doc.version + 1;
      TextDocument.update(doc, sorted.map((e) => ({ range: e.range, text: e.newText })), version);
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })) });
      return doc.getText();
    },
    text(uri) {
      return docs.get(uri)!.getText();
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification('exit');
      } catch {
        // already gone
      }
      conn.dispose();
      proc.kill();
    },
  };
  return session;
}

/** The text edits of `uri` in a workspace edit (documentChanges or changes); snippet edits give their snippet in `newText`. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): Array<TextEdit & { snippet?: string }> {
  const out: Array<TextEdit & { snippet?: string }> = [];
  for (const c of edit?.documentChanges ?? []) {
    if (!('textDocument' in c) || c.textDocument.uri !== uri) continue;
    for (const e of c.edits as Array<TextEdit & { snippet?: { value: string } }>) {
      out.push(e.snippet ? { range: e.range, newText: e.snippet.value, snippet: e.snippet.value } : { range: e.range, newText: e.newText });
    }
  }
  for (const e of edit?.changes?.[uri] ?? []) out.push(e);
  return out;
}

/** Codes of diagnostics, in order. */
export const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

/** The code action with this title (fails loudly with the titles present). */
export function action(actions: CodeAction[], title: string | RegExp): CodeAction {
  const a = actions.find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
  if (!a) throw new Error(`no action ${title}; have: ${actions.map((x) => x.title).join(' | ')}`);
  return a;
}

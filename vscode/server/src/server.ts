/**
 * The Redline language server: all logic lives here, the editor clients stay thin.
 *
 * - Text sync is incremental; a document is re-checked `debounce` ms (default 300) after its last
 *   change, on a worker thread ({@link Checker}), one check per document at a time; a result for a
 *   version that is no longer current is dropped and the latest version checked instead.
 * - Diagnostics follow unified-language-server's mapping ({@link toDiagnostic}); code actions,
 *   hovers, `redline/report`, `redline/status` and `redline/checkWorkspace` read the stored results.
 * - Configuration: the nearest `.redlinerc.json` (re-read when it changes, errors shown in the file,
 *   last good config kept) merged with the client's `redline` settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, isAbsolute, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_NAME } from '@redline/cli/config';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import {
  CHECK_WORKSPACE_REQUEST,
  FILE_FORMATS,
  LANGUAGE_FORMATS,
  REPORT_REQUEST,
  STATUS_NOTIFICATION,
  type CheckWorkspaceResult,
  type DocumentReport,
  type ReportParams,
  type StatusParams,
} from '../../shared/protocol.js';
import { codeActions, selectFindings, type Finding } from './actions.js';
import { Checker, SupersededError } from './checker.js';
import { ConfigStore, type EditorSettings } from './config.js';
import { contains, toDiagnostic, toRange } from './diagnostics.js';
import { hoverFor } from './hover.js';
import type { CheckReply } from './job.js';

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Path of the bundled worker script; without it checks run inline (still asynchronous, but on the main thread). */
  workerPath?: string;
  /** Server version reported in `initialize`. */
  version?: string;
}

/** Options a client may pass as `initializationOptions`: `{ settings: {...} }` or `{ redline: {...} }` (Helix's `config`). */
export interface InitOptions {
  /** Settings used when the client does not answer `workspace/configuration`. */
  settings?: EditorSettings;
  redline?: EditorSettings;
}

/** Stored result of the last published check of a document. */
interface Result {
  version: number;
  findings: Finding[];
  report: Extract<CheckReply, { ok: true }>['report'];
  configFile?: string;
}

interface DocState {
  timer?: NodeJS.Timeout;
  running: boolean;
  dirty: boolean;
}

const DEFAULT_DEBOUNCE = 300;
/** Most files the workspace check reads. */
const WORKSPACE_FILE_LIMIT = 5000;

/** Wires the Redline server onto `connection` (call `connection.listen()` afterwards). */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const checker = new Checker(options.workerPath, (s) => connection.console.error(s));
  const results = new Map<string, Result>();
  const states = new Map<string, DocState>();
  const settingsCache = new Map<string, Promise<EditorSettings>>();
  const workspaceChecked = new Set<string>();
  const warned = new Set<string>();
  let folders: string[] = [];
  let globalSettings: EditorSettings = {};
  let debounce = DEFAULT_DEBOUNCE;
  const caps = { configuration: false, snippets: false, createFiles: false, watchRegistration: false, configRegistration: false };

  const configs = new ConfigStore((file, diagnostics) => {
    void connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const c = params.capabilities;
    caps.configuration = !!c.workspace?.configuration;
    const we = c.workspace?.workspaceEdit as (NonNullable<typeof c.workspace>['workspaceEdit'] & { snippetEditSupport?: boolean }) | undefined;
    caps.snippets = !!we?.snippetEditSupport && !!we?.documentChanges;
    caps.createFiles = !!we?.documentChanges && !!we?.resourceOperations?.includes('create');
    caps.watchRegistration = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    caps.configRegistration = !!c.workspace?.didChangeConfiguration?.dynamicRegistration;
    const init = (params.initializationOptions ?? {}) as InitOptions;
    globalSettings = init.settings ?? init.redline ?? {};
    if (typeof globalSettings.debounce === 'number') debounce = globalSettings.debounce;
    folders = (params.workspaceFolders ?? []).map((f) => uriPath(f.uri)).filter((p): p is string => !!p);
    if (!folders.length && params.rootUri) {
      const p = uriPath(params.rootUri);
      if (p) folders = [p];
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'redline-lsp', ...(options.version ? { version: options.version } : {}) },
    };
  });

  connection.onInitialized(() => {
    if (caps.watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_NAME}` }] });
    }
    if (caps.configRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'redline' });
    if (caps.configuration) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriPath(f.uri)));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => uriPath(f.uri)).filter((p): p is string => !!p)];
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    const s = (change.settings as { redline?: EditorSettings } | undefined)?.redline;
    if (s) globalSettings = s;
    if (!caps.configuration && typeof globalSettings.debounce === 'number') debounce = globalSettings.debounce;
    recheckAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    let touched = false;
    for (const change of params.changes) {
      const file = uriPath(change.uri);
      if (!file || !file.endsWith(CONFIG_NAME)) continue;
      touched = true;
      configs.invalidate(file);
      if (change.type === FileChangeType.Deleted) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
    }
    if (touched) recheckAll();
  });

  // ---- checking ---------------------------------------------------------------------------

  async function settingsFor(uri: string): Promise<EditorSettings> {
    if (!caps.configuration) return globalSettings;
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace.getConfiguration({ scopeUri: uri, section: 'redline' }).then(
        (s: EditorSettings | null) => {
          const out = s ?? {};
          if (typeof out.debounce === 'number') debounce = out.debounce;
          return out;
        },
        () => globalSettings,
      );
      settingsCache.set(uri, p);
    }
    return p;
  }

  function formatOf(doc: TextDocument): 'text' | 'markdown' | 'html' | undefined {
    return LANGUAGE_FORMATS[doc.languageId] ?? FILE_FORMATS[extname(uriPath(doc.uri) ?? '').toLowerCase()];
  }

  function schedule(uri: string, delay: number): void {
    const st = states.get(uri) ?? { running: false, dirty: false };
    states.set(uri, st);
    if (st.timer) clearTimeout(st.timer);
    st.timer = setTimeout(() => {
      st.timer = undefined;
      void run(uri);
    }, delay);
  }

  function recheckAll(): void {
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  async function run(uri: string): Promise<void> {
    const st = states.get(uri);
    const doc = documents.get(uri);
    if (!st || !doc) return;
    if (st.running) {
      st.dirty = true;
      return;
    }
    const format = formatOf(doc);
    if (!format) return;
    st.running = true;
    const version = doc.version;
    let reply: CheckReply | undefined;
    let configFile: string | undefined;
    try {
      const settings = await settingsFor(uri);
      const path = uriPath(uri);
      const resolved = configs.resolve(path ? dirname(path) : folders[0], settings);
      configFile = resolved.file;
      if (resolved.settingsError && !warned.has(resolved.settingsError)) {
        warned.add(resolved.settingsError);
        void connection.window.showWarningMessage(`Redline：设置有误，已忽略：${resolved.settingsError}`);
      }
      const current = documents.get(uri);
      if (!current || current.version !== version) {
        st.dirty = true;
      } else {
        reply = await checker.run(uri, { text: doc.getText(), format, config: resolved.config, packs: resolved.packs, ...(path ? { path } : {}) });
      }
    } catch (e) {
      if (!(e instanceof SupersededError)) connection.console.error(`Redline：检查 ${uri} 失败：${(e as Error).stack ?? e}`);
    } finally {
      st.running = false;
    }
    const now = documents.get(uri);
    if (reply && now && now.version === version) {
      if (reply.ok) publish(uri, version, reply, configFile);
      else connection.console.error(`Redline：检查 ${uri} 失败：${reply.error}`);
    } else if (now && reply) {
      st.dirty = true;
    }
    if (st.dirty && documents.get(uri)) {
      st.dirty = false;
      if (!st.timer) void run(uri);
    }
  }

  function publish(uri: string, version: number, reply: Extract<CheckReply, { ok: true }>, configFile?: string): void {
    const findings = reply.messages.map((message) => ({ message, range: toRange(message) }));
    results.set(uri, { version, findings, report: reply.report, ...(configFile ? { configFile } : {}) });
    void connection.sendDiagnostics({ uri, version, diagnostics: reply.messages.map(toDiagnostic) });
    const status: StatusParams = {
      uri,
      version,
      score: reply.report.score,
      profile: reply.report.profile,
      profileGuessed: reply.report.profileGuessed,
      counts: reply.report.counts.severities,
      checkMs: Math.round(reply.ms),
    };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  documents.onDidChangeContent((e) => schedule(e.document.uri, results.has(e.document.uri) ? debounce : 0));

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const st = states.get(uri);
    if (st?.timer) clearTimeout(st.timer);
    states.delete(uri);
    results.delete(uri);
    settingsCache.delete(uri);
    if (workspaceChecked.has(uri)) void checkFile(uriPath(uri)!, 'background').catch(() => {});
    else void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // ---- code actions, hover, report ---------------------------------------------------------

  connection.onCodeAction((params) => {
    if (params.context.only && !params.context.only.some((k) => k === CodeActionKind.QuickFix || k === 'quickfix' || CodeActionKind.QuickFix.startsWith(k))) return [];
    const doc = documents.get(params.textDocument.uri);
    const result = results.get(params.textDocument.uri);
    if (!doc || !result) return [];
    const selected = selectFindings(result.findings, params.range, params.context.diagnostics);
    if (!selected.length) return [];
    return codeActions(doc, selected, { snippets: caps.snippets, createFiles: caps.createFiles, configTarget: configTarget(doc.uri, result.configFile) });
  });

  function configTarget(uri: string, configFile?: string): { uri: string; text?: string } | undefined {
    let file = configFile;
    if (!file) {
      const path = uriPath(uri);
      const folder = path ? folders.filter((f) => isInside(path, f)).sort((a, b) => b.length - a.length)[0] : folders[0];
      const dir = folder ?? (path ? dirname(path) : undefined);
      if (!dir) return undefined;
      file = join(dir, CONFIG_NAME);
    }
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    return { uri: pathToFileURL(file).href, ...(text !== undefined ? { text } : {}) };
  }

  connection.onHover((params) => {
    const result = results.get(params.textDocument.uri);
    if (!result) return null;
    return hoverFor(result.findings.filter((f) => contains(f.range, params.position)));
  });

  connection.onRequest(REPORT_REQUEST, (params: ReportParams): DocumentReport | null => {
    const result = results.get(params.uri);
    if (!result) return null;
    return {
      uri: params.uri,
      version: result.version,
      report: result.report,
      findings: result.findings.map(({ message: m, range }) => ({
        ruleId: m.ruleId,
        family: m.ruleId.split('/')[0],
        severity: m.severity,
        reason: m.reason,
        actual: m.actual,
        range,
        document: !!m.document,
      })),
      ...(result.configFile ? { configFile: result.configFile } : {}),
    };
  });

  // ---- workspace check ---------------------------------------------------------------------

  /** Checks a file from disk and publishes its diagnostics; resolves to [findings, errors]. */
  async function checkFile(path: string, priority: 'background' | 'interactive'): Promise<[number, number]> {
    const uri = pathToFileURL(path).href;
    const format = FILE_FORMATS[extname(path).toLowerCase()];
    if (!format) return [0, 0];
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const resolved = configs.resolve(dirname(path), await settingsFor(uri));
    const reply = await checker.run(uri, { text, format, config: resolved.config, packs: resolved.packs, path }, priority);
    if (!reply.ok) throw new Error(reply.error);
    if (documents.get(uri)) return countOf(results.get(uri));
    workspaceChecked.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics: reply.messages.map(toDiagnostic) });
    return [reply.messages.length, reply.report.counts.severities.error];
  }

  function countOf(r: Result | undefined): [number, number] {
    if (!r) return [0, 0];
    return [r.findings.length, r.findings.filter((f) => f.message.severity === 'error').length];
  }

  connection.onRequest(CHECK_WORKSPACE_REQUEST, async (): Promise<CheckWorkspaceResult> => {
    const files: string[] = [];
    let truncated = false;
    for (const folder of folders) truncated = walk(folder, files) || truncated;
    const out: CheckWorkspaceResult = { files: 0, findings: 0, filesWithErrors: 0, failures: [], truncated };
    for (const path of files) {
      const uri = pathToFileURL(path).href;
      try {
        const [n, errors] = documents.get(uri) ? countOf(results.get(uri)) : await checkFile(path, 'background');
        out.files++;
        out.findings += n;
        if (errors) out.filesWithErrors++;
      } catch (e) {
        if (e instanceof SupersededError) continue;
        out.failures.push(`${path}：${(e as Error).message}`);
      }
    }
    return out;
  });

  connection.onShutdown(() => checker.dispose());
  documents.listen(connection);
}

/** Collects supported files under `dir` (skipping dot folders and node_modules); true when the limit was hit. */
function walk(dir: string, out: string[]): boolean {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (out.length >= WORKSPACE_FILE_LIMIT) return true;
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (walk(p, out)) return true;
    } else if (e.isFile() && FILE_FORMATS[extname(e.name).toLowerCase()]) out.push(p);
  }
  return false;
}

/** File-system path of a `file:` uri, else undefined. */
export function uriPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(path: string, folder: string): boolean {
  const r = relative(folder, path);
  return !!r && !r.startsWith('..') && !isAbsolute(r) && !r.startsWith(sep);
}

/**
 * Code actions for Redline findings:
 *  - apply each `expected` replacement (a snippet with tab stops when it holds 【…】 placeholders
 *    and the client supports snippet edits, else the plain text);
 *  - 补全措施要素: one template merging the missing owner/deadline/target of a measure sentence;
 *  - 在此处忽略: an inline `<!-- redline-disable-next-line RULE -->` comment above the finding's line;
 *  - 在本工作区关闭此规则: sets the rule to "off" in `.redlinerc.json` (created when absent).
 */
import type { RedlineMessage } from '@redline/core';
import { modify } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { rangesTouch, sameRange, toDiagnostic } from './diagnostics.js';
import { diffEdit, hasPlaceholders, mergeInsertions, toSnippet } from './snippets.js';

/** A finding of the last check with its LSP range. */
export interface Finding {
  message: RedlineMessage;
  range: Range;
}

/** What the client can do and where the workspace config lives. */
export interface ActionOptions {
  /** Client accepts `SnippetTextEdit`s in workspace edits (LSP 3.18 `workspaceEdit.snippetEditSupport`). */
  snippets: boolean;
  /** Client accepts `documentChanges` with a `create` resource operation. */
  createFiles: boolean;
  /** The `.redlinerc.json` to write for "在本工作区关闭此规则": its uri, and its current text when it exists. */
  configTarget?: { uri: string; text?: string };
}

/** Measure rules whose templates can be merged into one, in insertion order. */
const MEASURE_ELEMENTS: Record<string, string> = {
  'measure/missing-owner': '责任主体',
  'measure/missing-deadline': '时间节点',
  'measure/missing-target': '量化目标',
};

/**
 * The findings a code action request is about: those matching the request's redline diagnostics,
 * or (when the client sent none) every finding touching the requested range.
 */
export function selectFindings(findings: readonly Finding[], range: Range, diagnostics: readonly Diagnostic[]): Finding[] {
  const ours = diagnostics.filter((d) => d.source === 'redline' && typeof d.code === 'string');
  if (ours.length) return findings.filter((f) => ours.some((d) => d.code === f.message.ruleId && sameRange(d.range, f.range)));
  return findings.filter((f) => rangesTouch(f.range, range));
}

/** Code actions for `selected` findings of `doc`. */
export function codeActions(doc: TextDocument, selected: readonly Finding[], opts: ActionOptions): CodeAction[] {
  const fixes: CodeAction[] = [];
  const rest: CodeAction[] = [];
  const seenRules = new Set<string>();
  // 补全措施要素: several measure elements missing on the same sentence → one merged template.
  const groups = new Map<string, Finding[]>();
  for (const f of selected) {
    if (!(f.message.ruleId in MEASURE_ELEMENTS) || f.message.expected.length !== 1) continue;
    const k = `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0];
    if (doc.getText(first.range) !== first.message.actual) continue;
    const order = Object.keys(MEASURE_ELEMENTS);
    group.sort((a, b) => order.indexOf(a.message.ruleId) - order.indexOf(b.message.ruleId));
    const merged = mergeInsertions(first.message.actual, group.map((f) => f.message.expected[0]));
    if (!merged) continue;
    const names = group.map((f) => MEASURE_ELEMENTS[f.message.ruleId]).join('、');
    fixes.push({
      title: `补全措施要素（${names}）`,
      kind: CodeActionKind.QuickFix,
      diagnostics: group.map((f) => toDiagnostic(f.message)),
      isPreferred: true,
      edit: replacement(doc, first.range, merged, opts),
    });
  }
  for (const f of selected) {
    const m = f.message;
    const current = doc.getText(f.range);
    if (current === m.actual) {
      m.expected.forEach((e) => {
        fixes.push({
          title: replacementTitle(m.actual, e),
          kind: CodeActionKind.QuickFix,
          diagnostics: [toDiagnostic(m)],
          ...(fixes.length === 0 && !hasPlaceholders(e) ? { isPreferred: true } : {}),
          edit: replacement(doc, f.range, e, opts),
        });
      });
    }
    const key = `${m.ruleId}@${f.range.start.line}`;
    if (!seenRules.has(key)) {
      seenRules.add(key);
      rest.push({
        title: `在此处忽略此规则（${m.ruleId}）`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(m)],
        edit: ignoreHere(doc, f.range.start.line, m.ruleId),
      });
    }
  }
  if (opts.configTarget) {
    const done = new Set<string>();
    for (const f of selected) {
      if (done.has(f.message.ruleId)) continue;
      done.add(f.message.ruleId);
      const edit = disableInConfig(f.message.ruleId, opts.configTarget, opts.createFiles);
      if (edit) rest.push({ title: `在本工作区关闭此规则（${f.message.ruleId}）`, kind: CodeActionKind.QuickFix, diagnostics: [toDiagnostic(f.message)], edit });
    }
  }
  return [...fixes, ...rest];
}

/** Chinese title for replacing `actual` with `expected`: 插入“…” / 将“…”改为“…”. */
export function replacementTitle(actual: string, expected: string): string {
  const d = diffEdit(actual, expected);
  const tmpl = hasPlaceholders(expected) ? '（填空模板）' : '';
  if (!d.removed) return `插入“${clip(d.insert)}”${tmpl}`;
  if (!d.insert) return `删除“${clip(d.removed)}”`;
  return `将“${clip(d.removed)}”改为“${clip(d.insert)}”${tmpl}`;
}

function clip(s: string, n = 24): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** A workspace edit replacing `range` of `doc` with `text` (as a snippet when it has placeholders and the client takes snippets). */
function replacement(doc: TextDocument, range: Range, text: string, opts: ActionOptions): WorkspaceEdit {
  const textDocument = { uri: doc.uri, version: doc.version };
  if (opts.snippets && hasPlaceholders(text)) {
    return { documentChanges: [{ textDocument, edits: [{ range, snippet: { kind: 'snippet', value: toSnippet(text).snippet } }] }] };
  }
  return { documentChanges: [{ textDocument, edits: [{ range, newText: text }] }] };
}

/** Inserts `<!-- redline-disable-next-line RULE -->` on its own line above (0-based) `line`. */
export function ignoreHere(doc: TextDocument, line: number, ruleId: string): WorkspaceEdit {
  const edit: TextEdit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `<!-- redline-disable-next-line ${ruleId} -->${eol(doc)}` };
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [edit] }] };
}

function eol(doc: TextDocument): string {
  return doc.getText().includes('\r\n') ? '\r\n' : '\n';
}

/**
 * The edit setting `rules[ruleId]` to "off" in the config at `target`: a minimal JSON edit of the existing text
 * (formatting kept), or a new file when it does not exist (undefined when the client cannot create files).
 */
export function disableInConfig(ruleId: string, target: { uri: string; text?: string }, createFiles: boolean): WorkspaceEdit | undefined {
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };
  if (target.text !== undefined) {
    if (!target.text.trim()) {
      const end = TextDocument.create(target.uri, 'json', 0, target.text).positionAt(target.text.length);
      const newText = JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2) + '\n';
      return { documentChanges: [{ textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end }, newText }] }] };
    }
    const json = TextDocument.create(target.uri, 'json', 0, target.text);
    const edits = modify(target.text, ['rules', ruleId], 'off', { formattingOptions: { ...formattingOptions, eol: target.text.includes('\r\n') ? '\r\n' : '\n' } });
    const lsp = edits.map((e) => ({ range: { start: json.positionAt(e.offset), end: json.positionAt(e.offset + e.length) }, newText: e.content }));
    return { documentChanges: [{ textDocument: { uri: target.uri, version: null }, edits: lsp }] };
  }
  if (!createFiles) return undefined;
  const newText = JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2) + '\n';
  return {
    documentChanges: [
      { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
      { textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] },
    ],
  };
}

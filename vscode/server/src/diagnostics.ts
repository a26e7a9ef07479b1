/**
 * Core messages → LSP diagnostics, following unified-language-server's
 * `vfileMessageToDiagnostic`: range from `place`, message = `reason` (+ `note`
 * on a new line), severity from the rule's severity, `code` = `ruleId`,
 * `codeDescription.href` = `url`, `source` = `redline`, `data` = `expected`.
 */
import type { RedlineMessage, Severity } from '@redline/core';
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** LSP position (0-based line, UTF-16 character) of a core point (1-based line and column, UTF-16 columns). */
export function toPosition(p: { line: number; column: number }): Position {
  return { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
}

/** LSP range of a core message's `place`. */
export function toRange(m: Pick<RedlineMessage, 'place'>): Range {
  return { start: toPosition(m.place.start), end: toPosition(m.place.end ?? m.place.start) };
}

/** The LSP diagnostic of one core message. `data` is the message's `expected` (string[]). */
export function toDiagnostic(m: RedlineMessage): Diagnostic {
  const d: Diagnostic = {
    range: toRange(m),
    message: m.note ? `${m.reason}\n${m.note}` : m.reason,
    severity: SEVERITY[m.severity],
    code: m.ruleId,
    source: 'redline',
    data: m.expected,
  };
  if (m.url) d.codeDescription = { href: m.url };
  return d;
}

/** Whether LSP range `a` and `b` overlap or touch (an empty range at a finding's edge counts). */
export function rangesTouch(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

/** Whether `p` lies in `r` (ends included). */
export function contains(r: Range, p: Position): boolean {
  return !before(p, r.start) && !before(r.end, p);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether two ranges are equal. */
export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

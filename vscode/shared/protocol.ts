/**
 * The custom part of the protocol between the Redline language server and
 * its clients (the VS Code client here; other editors can use it too).
 * Standard LSP carries diagnostics, code actions and hovers; these add the
 * document report (score, dimensions, sections) and the workspace check.
 * Positions are LSP positions: 0-based lines, UTF-16 code-unit characters.
 */
import type { RedlineMessage, Report } from '@redline/core';

/** An LSP range (kept structural so this file needs no LSP package). */
export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Request `redline/report`: the last report of an open document, or null when it has not been checked yet. */
export const REPORT_REQUEST = 'redline/report';
/** Params of {@link REPORT_REQUEST}. */
export interface ReportParams {
  uri: string;
}

/** One finding as the report view shows it: the core message plus its LSP range. */
export interface ReportFinding {
  ruleId: string;
  family: string;
  severity: RedlineMessage['severity'];
  reason: string;
  actual: string;
  range: LspRange;
  /** A document-level finding (placed on the title or a heading). */
  document: boolean;
}

/** Result of {@link REPORT_REQUEST}. */
export interface DocumentReport {
  uri: string;
  /** Document version the report was computed for. */
  version: number;
  report: Report;
  findings: ReportFinding[];
  /** The `.redlinerc.json` in effect, if any (a file path). */
  configFile?: string;
}

/** Notification `redline/status`, sent after each check of an open document (for the status bar). */
export const STATUS_NOTIFICATION = 'redline/status';
/** Params of {@link STATUS_NOTIFICATION}. */
export interface StatusParams {
  uri: string;
  version: number;
  /** 0–100. */
  score: number;
  profile: Report['profile'];
  profileGuessed: boolean;
  counts: Report['counts']['severities'];
  /** Wall time of the check in the worker, in milliseconds. */
  checkMs: number;
}

/** Request `redline/checkWorkspace`: checks every supported file of the workspace folders and publishes diagnostics for each. */
export const CHECK_WORKSPACE_REQUEST = 'redline/checkWorkspace';
/** Result of {@link CHECK_WORKSPACE_REQUEST}. */
export interface CheckWorkspaceResult {
  /** Files checked. */
  files: number;
  /** Findings published, over all files. */
  findings: number;
  /** Files with at least one error-level finding. */
  filesWithErrors: number;
  /** Files that could not be read (path: reason). */
  failures: string[];
  /** True when the walk stopped at the file limit. */
  truncated: boolean;
}

/** Extensions the workspace check reads, and the format each maps to. */
export const FILE_FORMATS: Record<string, 'text' | 'markdown' | 'html'> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
};

/** Language ids the server checks, and the format each maps to (`text` is Neovim's and Helix's plain text). */
export const LANGUAGE_FORMATS: Record<string, 'text' | 'markdown' | 'html'> = {
  markdown: 'markdown',
  plaintext: 'text',
  text: 'text',
  html: 'html',
};

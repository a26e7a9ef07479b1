/**
 * Typed messages between the content scripts, the background (which runs the
 * core) and the extension pages (side panel, popup, options). Every request
 * is a member of {@link Request}; `send` returns the matching response type.
 */
import type { RedlineMessage, Report, Severity, Family, SeedSource } from '@redline/core';

/** What a hover card needs to know about a rule (a slice of the core's RuleMeta). */
export interface RuleInfo {
  id: string;
  family: Family;
  /** Chinese one-line description. */
  description: string;
  /** Chinese: why it matters. */
  rationale: string;
  sources: SeedSource[];
}

/** The result of one check, as sent to a content script. */
export interface CheckResponse {
  messages: RedlineMessage[];
  report: Report;
  /** Meta of every rule that appears in `messages`. */
  rules: Record<string, RuleInfo>;
  /** Milliseconds the core took. */
  ms: number;
}

/** Where an editor lives: tab, frame and the content script's id for it. */
export interface EditorRef {
  tabId: number;
  frameId: number;
  editorId: string;
}

/** The state of one editor kept by the background for the side panel and popup. */
export interface EditorState extends EditorRef {
  /** Editor kind, e.g. `textarea`, `contenteditable`, `designmode`. */
  kind: string;
  /** Short label (field name, editor class) for lists. */
  label: string;
  messages: RedlineMessage[];
  report: Report;
  rules: Record<string, RuleInfo>;
  /** Date.now() of the check. */
  at: number;
}

/** Messages a content script or page sends to the background. */
export type Request =
  | { type: 'check'; editorId: string; kind: string; label: string; text: string; focused: boolean }
  | { type: 'focus'; editorId: string }
  | { type: 'forget'; editorId: string }
  | { type: 'hello'; host: string; top: boolean }
  | { type: 'getFocused' }
  | { type: 'getTab'; tabId: number }
  | { type: 'reveal'; ref: EditorRef; start: number; end: number }
  | { type: 'ruleInfo'; ids: string[] };

/** Response type of each request. */
export interface ResponseMap {
  check: CheckResponse;
  focus: null;
  forget: null;
  hello: { enabled: boolean };
  getFocused: EditorState | null;
  getTab: { host: string; editors: EditorState[]; counts: Record<Severity, number> };
  reveal: boolean;
  ruleInfo: Record<string, RuleInfo>;
}

/** Messages the background (or a page through it) sends to a content script. */
export type ContentRequest =
  | { type: 'reveal'; editorId: string; start: number; end: number }
  | { type: 'recheck' };

/** Broadcast to extension pages when the focused editor's report changed. */
export interface FocusedChanged {
  type: 'focusedChanged';
}

/** Paper titles of the seed files, for "依据" lines. */
export const SEED_TITLES: Record<string, string> = {
  '000': '国有企业基层党支部党建品牌创建过程中的问题与对策',
  '001': '以党建品牌创建激发国企基层党组织活力',
  '002': '以党建品牌建设推动机关党建工作质量提升',
  '003': '关于如何加强国有企业基层党建政工工作',
  '004': '国有企业基层党建与经营发展融合路径探索',
};

/** Chinese names of the rule families. */
export const FAMILY_NAMES: Record<string, string> = {
  formalism: '形式主义',
  measure: '措施缺失',
  assessment: '考核维度',
  brand: '品牌问题',
  structure: '结构缺项',
  language: '文字规范',
};

/** Chinese names of severities. */
export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

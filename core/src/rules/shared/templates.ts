/**
 * Fill-in templates for `expected`: placeholders in 【…】 that a writer (or an
 * editor snippet) replaces with the real department, date and target.
 * Built on the source text so markup in the sentence is kept.
 */
import type { Analysis } from '../../analysis/analysis.js';
import { isClosing, isTerminal } from '../../text/chars.js';

/** Owner placeholder, inserted at the start of a measure. */
export const OWNER = '由【责任部门/责任人】负责，';
/** Deadline placeholder, inserted before the action. */
export const DEADLINE = '【20XX年X月底】前，';
/** Target placeholder, inserted before the closing punctuation. */
export const TARGET = '，完成【N项具体任务/形成具体成果】';
/** Replacement for a vague time word. */
export const DEADLINE_WORD = '于【20XX年X月底】前';
/** Replacement for a vague actor. */
export const OWNER_WORD = '【具体责任部门/责任人】';

/** The source text of clean [cs, ce) with `insert` placed at clean offset `at` (cs ≤ at ≤ ce). */
export function insertInto(a: Analysis, cs: number, ce: number, at: number, insert: string): string {
  const s = a.sourceStart(cs);
  const e = Math.max(s, a.sourceEnd(ce));
  const i = at >= ce ? e : Math.min(Math.max(s, a.sourceStart(at)), e);
  const src = a.doc.source;
  return src.slice(s, i) + insert + src.slice(i, e);
}

/** Clean offset of the closing punctuation of [cs, ce) (where a target clause goes), or ce. */
export function beforeClose(a: Analysis, cs: number, ce: number): number {
  const t = a.doc.clean;
  let e = ce;
  while (e > cs && (isClosing(t.charCodeAt(e - 1)) || isTerminal(t.charCodeAt(e - 1)))) e--;
  return e;
}

/** Clean offset after a leading `由…负责，` assignment (where a deadline goes), or `at`. */
export function afterAssignment(a: Analysis, at: number, ce: number): number {
  const m = /^由[^，。；]{2,24}?(?:负责|牵头)[，,]?/.exec(a.doc.clean.slice(at, ce));
  return m ? at + m[0].length : at;
}

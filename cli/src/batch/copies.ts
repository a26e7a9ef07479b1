/**
 * Copy detection over a batch: turns the core's near-duplicate search
 * (`findCopies`, brand/copied-passage) into messages with both locations
 * and the share of text copied, merged into each file's messages, and
 * into the similarity table.
 */
import { basename } from 'node:path';
import { copiedPassageMeta as meta, documentCopies, findCopies, summarize, type CopyDoc, type CopyOptions, type RedlineMessage, type Report, type Severity, type Shingled } from '@redline/core';
import type { BatchMessage, CopyPartner, FileResult, SimilarPair } from './types.js';

/** A document taking part in copy detection. */
export interface CopyEntry {
  path: string;
  text: string;
  shingled: Shingled;
  template: boolean;
  /** Severity of the rule for this file (`off`: found passages still count for the others, but this file gets no message). */
  severity: Severity | 'off';
  /** The submission's result to add messages to (absent for templates). */
  result?: FileResult;
}

/** Line starts (UTF-16 offsets) of `text`. */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** A unist point for UTF-16 `offset` given line starts. */
export function pointAt(starts: number[], offset: number): { line: number; column: number; offset: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1, offset };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const name = (e: { path: string; template: boolean }) => `${e.template ? '模板' : ''}《${basename(e.path)}》`;

/** Recomputes score, deductions and counts of a report after messages were added. */
export function rescore(report: Report, messages: readonly RedlineMessage[]): Report {
  return { ...report, ...summarize(messages) };
}

/**
 * Finds passages shared between the entries, adds a `brand/copied-passage`
 * message per copied stretch to each submission whose severity is not
 * `off` (rescoring its report), sets `copiedShare`, and returns the pairs
 * for the similarity table (largest share first) and the number of
 * fingerprints ignored as common wording.
 */
export function detectCopies(entries: CopyEntry[], options: Partial<CopyOptions>): { pairs: SimilarPair[]; common: number } {
  const docs: CopyDoc[] = entries.map((e) => ({ shingled: e.shingled, template: e.template }));
  const found = findCopies(docs, options);
  const per = documentCopies(docs, found);
  const starts = new Map<number, number[]>();
  const startsOf = (i: number) => {
    let s = starts.get(i);
    if (!s) starts.set(i, (s = lineStarts(entries[i].text)));
    return s;
  };
  const placeOf = (i: number, s: number, e: number) => {
    const sh = entries[i].shingled;
    return { start: pointAt(startsOf(i), sh.start[s]), end: pointAt(startsOf(i), sh.end[e - 1]) };
  };
  const pairShare = new Map<string, number>();
  for (const p of found.pairs) {
    pairShare.set(`${p.a}:${p.b}`, p.bShare);
    pairShare.set(`${p.b}:${p.a}`, p.aShare);
  }
  entries.forEach((entry, i) => {
    const r = entry.result;
    if (!r) return;
    const dc = per[i];
    r.copiedShare = dc.share;
    if (entry.severity === 'off' || !dc.stretches.length) return;
    const added: BatchMessage[] = dc.stretches.map((st) => {
      const place = placeOf(i, st.start, st.end);
      const partners: CopyPartner[] = st.partners.map((p) => ({
        path: entries[p.doc].path,
        template: entries[p.doc].template,
        place: placeOf(p.doc, p.start, p.end),
        chars: p.chars,
        share: pairShare.get(`${i}:${p.doc}`) ?? 0,
      }));
      const distinct = [...new Map(partners.map((p) => [p.path, p])).values()];
      const first = distinct[0];
      const more = distinct.length > 1 ? `等 ${distinct.length} 份材料` : '';
      const where = distinct
        .slice(0, 5)
        .map((p) => `${name(p)}第 ${p.place.start.line} 行第 ${p.place.start.column} 列至第 ${p.place.end.line} 行（两者相同的文字占该材料的 ${pct(p.share)}）`)
        .join('；');
      return {
        ruleId: meta.id,
        source: 'redline',
        severity: entry.severity as Severity,
        reason: `照搬照抄：这段 ${st.chars} 字与${name(first)}${more}相同或基本相同；全文共有 ${pct(dc.share)} 的文字与其他材料或模板相同`,
        place,
        actual: entry.text.slice(place.start.offset, place.end.offset),
        expected: [],
        note: `相同段落：${where}${distinct.length > 5 ? `；另有 ${distinct.length - 5} 份` : ''}。照搬上级模板或其他单位的成功案例，品牌就会“上下一般粗”“左右一个样”：请结合本单位的职能、业务和党员队伍特点重写这一段。标题和固定提法不计入。依据：002 §2.2（同质化严重，特色优势不足）。`,
        url: meta.url,
        copied: { chars: st.chars, share: dc.share, partners },
      };
    });
    const merged = [...r.messages, ...added].sort((x, y) => x.place.start.offset! - y.place.start.offset! || (x.ruleId === meta.id ? 1 : 0) - (y.ruleId === meta.id ? 1 : 0));
    r.messages = merged;
    if (r.report) r.report = rescore(r.report, merged);
  });
  const pairs: SimilarPair[] = found.pairs
    .map((p) => {
      // Show the submission first when the other side is a template.
      const [a, b, aShare, bShare] = entries[p.a].template ? [p.b, p.a, p.bShare, p.aShare] : [p.a, p.b, p.aShare, p.bShare];
      const longest = Math.max(...p.passages.map((x) => (a === p.a ? x.aChars : x.bChars)));
      return { a: entries[a].path, b: entries[b].path, bTemplate: entries[b].template, aShare, bShare, passages: p.passages.length, longest };
    })
    .sort((x, y) => Math.max(y.aShare, y.bShare) - Math.max(x.aShare, x.bShare) || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  return { pairs, common: found.common };
}

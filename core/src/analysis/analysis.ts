/**
 * The analysis every rule reads: the parsed {@link Doc}, lexicon hits and
 * numeric anchors for the whole clean text (one scan each), bucketed per
 * sentence, plus a memo for facts several rules share (measure sentences,
 * assessment scopes), so nothing is computed twice per check.
 */
import type { Point, Position } from 'unist';
import type { Doc } from '../parse/document.js';
import { LexiconSet, type CompiledEntry, type Hits, type LexiconId } from '../lexicons/index.js';
import { AnchorKind, findAnchors, findAnchorsInto, type Anchors } from './anchors.js';
import { SpanBuffer } from '../match/columns.js';

export { AnchorKind };

/** A lexicon hit resolved to its entry. Offsets are clean-text UTF-16 offsets. */
export interface Hit {
  start: number;
  end: number;
  entry: CompiledEntry;
}

/**
 * The scans of the previous check of one document, for the next check to
 * reuse (see DocumentChecker): its clean text, lexicon hits and anchors.
 * Valid only for the lexicon set `lex` they were made with. The analysis
 * writes its own scans to `next`.
 */
export interface ScanReuse {
  lex: LexiconSet;
  prev?: { clean: string; hits: Hits; anchors: Anchors };
  next?: { clean: string; hits: Hits; anchors: Anchors };
}

/**
 * Hits and anchors of `clean` made from those of the previous version `prev`:
 * the lines both versions share at the start and at the end keep their scans
 * (shifted by the change in length), and only the lines between are scanned.
 * Exact, because no lexicon entry and no anchor spans a line break (`\n`),
 * and entry guards and the anchor scanner look at most one character beyond
 * a match, which is then the shared `\n` itself.
 */
function spliceScans(clean: string, lex: LexiconSet, prev: { clean: string; hits: Hits; anchors: Anchors }): { hits: Hits; anchors: Anchors } {
  const old = prev.clean;
  const n = clean.length;
  const m = old.length;
  let pre = 0;
  const most = Math.min(n, m);
  while (pre < most && clean.charCodeAt(pre) === old.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < most - pre && clean.charCodeAt(n - 1 - suf) === old.charCodeAt(m - 1 - suf)) suf++;
  // Shared lines at the start end at the last line break inside the common prefix; shared lines at
  // the end start after the first line break inside the common suffix.
  const p = pre === n && pre === m ? n : pre > 0 ? clean.lastIndexOf('\n', pre - 1) + 1 : 0;
  let q = n;
  if (suf > 0) {
    const nl = clean.indexOf('\n', n - suf);
    if (nl >= 0 && nl < n) q = nl + 1;
  }
  if (q < p) q = p;
  const delta = n - m;
  const ph = prev.hits;
  const pa = prev.anchors;
  // (Sized for the previous version's scans and a few more: an edit rarely adds many.)
  const hits = new SpanBuffer(ph.length + 256);
  const anchors = new SpanBuffer(pa.length + 128);
  let h = 0;
  while (h < ph.length && ph.end[h] <= p) h++;
  hits.append(ph, 0, h, 0);
  let k = 0;
  while (k < pa.length && pa.start[k] < p) k++;
  anchors.append(pa, 0, k, 0);
  const h0 = hits.length;
  lex.scanInto(clean, p, q, hits);
  findAnchorsInto(clean, formulaMask(lex, hits, h0, hits.length), p, q, anchors);
  const oq = q - delta;
  while (h < ph.length && ph.start[h] < oq) h++;
  hits.append(ph, h, ph.length, delta);
  while (k < pa.length && pa.start[k] < oq) k++;
  anchors.append(pa, k, pa.length, delta);
  return { hits, anchors };
}

/**
 * The mask `findAnchors` takes: whether [s, e) overlaps a `formula` hit among
 * hits [h0, h1) (三会一课 is a name, not a quantity). Queries must come in
 * order of start.
 */
function formulaMask(lex: LexiconSet, hits: Hits, h0: number, h1: number): (s: number, e: number) => boolean {
  const fl = lex.lexicon('formula');
  const order: Array<[number, number]> = [];
  for (let i = h0; i < h1; i++) if (lex.entries[hits.value[i]].lexicon === fl) order.push([hits.start[i], hits.end[i]]);
  if (!order.length) return () => false;
  order.sort((a, b) => a[0] - b[0]);
  let fp = 0;
  return (s, e) => {
    while (fp < order.length && order[fp][1] <= s) fp++;
    for (let k = fp; k < order.length && order[k][0] < e; k++) if (order[k][1] > s) return true;
    return false;
  };
}

/** The empty hit list, shared: results of {@link Analysis.hitsIn} are read, never modified. */
export const NO_HITS: Hit[] = Object.freeze([]) as unknown as Hit[];

/** Shared analysis of one document. */
export class Analysis {
  readonly doc: Doc;
  readonly lex: LexiconSet;
  readonly hits: Hits;
  readonly anchors: Anchors;
  /** Per sentence: first hit index and one past the last (hits are sorted by end). */
  private readonly sHit0: Int32Array;
  private readonly sHit1: Int32Array;
  private readonly sAnc0: Int32Array;
  private readonly sAnc1: Int32Array;
  private readonly words: number;
  private readonly presence: Uint32Array;
  private readonly memo = new Map<string, unknown>();
  private lineHint = 0;
  /** Lexicon indexes by id, resolved once (rules ask for them on every sentence). */
  private readonly li: Readonly<Record<string, number>>;

  /**
   * @param reuse scans of the previous check of the same document (see
   *   DocumentChecker): lines unchanged at the start and the end are not
   *   scanned again. The result is the same with or without it.
   */
  constructor(doc: Doc, lex: LexiconSet, reuse?: ScanReuse) {
    this.doc = doc;
    this.lex = lex;
    this.li = lex.ids;
    const clean = doc.clean;
    if (reuse?.prev && reuse.lex === lex) {
      const { hits, anchors } = spliceScans(clean, lex, reuse.prev);
      this.hits = hits;
      this.anchors = anchors;
    } else {
      this.hits = lex.scan(clean);
      this.anchors = findAnchors(clean, formulaMask(lex, this.hits, 0, this.hits.length));
    }
    if (reuse) reuse.next = { clean, hits: this.hits, anchors: this.anchors };
    const hits = this.hits;
    const ns = doc.sentences.length;
    this.sHit0 = new Int32Array(ns);
    this.sHit1 = new Int32Array(ns);
    this.sAnc0 = new Int32Array(ns);
    this.sAnc1 = new Int32Array(ns);
    this.words = Math.ceil(lex.defs.length / 32);
    this.presence = new Uint32Array(ns * this.words);
    let h = 0;
    let a = 0;
    const anc = this.anchors;
    for (let si = 0; si < ns; si++) {
      const s = doc.sentences[si];
      while (h < hits.length && hits.end[h] <= s.cs) h++;
      this.sHit0[si] = h;
      while (h < hits.length && hits.end[h] <= s.ce) {
        const li = lex.entries[hits.value[h]].lexicon;
        this.presence[si * this.words + (li >>> 5)] |= 1 << (li & 31);
        h++;
      }
      this.sHit1[si] = h;
      while (a < anc.length && anc.start[a] < s.cs) a++;
      this.sAnc0[si] = a;
      while (a < anc.length && anc.start[a] < s.ce) a++;
      this.sAnc1[si] = a;
    }
  }

  /** Index of lexicon `id`. @throws Error for an unknown id. */
  private index(id: string): number {
    const li = this.li[id];
    if (typeof li !== 'number') throw new Error(`未知词表：${id}`); // Object.prototype members are not numbers
    return li;
  }

  /** Clean text of sentence `si`. */
  text(si: number): string {
    const s = this.doc.sentences[si];
    return this.doc.clean.slice(s.cs, s.ce);
  }

  /** Whether sentence `si` has any hit of lexicon `id` (bit test, no scan). */
  mentions(si: number, id: LexiconId): boolean {
    const li = this.index(id);
    return (this.presence[si * this.words + (li >>> 5)] & (1 << (li & 31))) !== 0;
  }

  /**
   * Hits of lexicon `id` in sentence `si` (optionally only `tag`, and only
   * within clean range [from, to)), in order of end offset.
   */
  hitsIn(si: number, id: LexiconId, tag?: string, from = -1, to = Infinity): Hit[] {
    if (!this.mentions(si, id)) return NO_HITS;
    let out: Hit[] | undefined;
    const li = this.li[id];
    const { start, end, value: entry } = this.hits;
    for (let h = this.sHit0[si]; h < this.sHit1[si]; h++) {
      const e = this.lex.entries[entry[h]];
      if (e.lexicon !== li || (tag !== undefined && e.tag !== tag)) continue;
      if (start[h] < from || end[h] > to) continue;
      (out ??= []).push({ start: start[h], end: end[h], entry: e });
    }
    return out ?? NO_HITS;
  }

  /** Whether sentence `si` has a hit of lexicon `id` (with `tag`, within [from, to) when given). */
  has(si: number, id: LexiconId, tag?: string, from = -1, to = Infinity): boolean {
    if (!this.mentions(si, id)) return false;
    if (tag === undefined && from < 0 && to === Infinity) return true;
    const li = this.li[id];
    const { start, end, value: entry } = this.hits;
    for (let h = this.sHit0[si]; h < this.sHit1[si]; h++) {
      const e = this.lex.entries[entry[h]];
      if (e.lexicon === li && (tag === undefined || e.tag === tag) && start[h] >= from && end[h] <= to) return true;
    }
    return false;
  }

  /**
   * Whether sentence `si` has a hit of lexicon `id` (with `tag` when given)
   * within the clean range [from, to) for which `test(start, end, entry)`
   * holds; hits are visited in order of end offset and none is allocated.
   */
  someHit(si: number, id: LexiconId, tag: string | undefined, from: number, to: number, test: (start: number, end: number, entry: CompiledEntry) => boolean): boolean {
    if (!this.mentions(si, id)) return false;
    const li = this.li[id];
    const { start, end, value: entry } = this.hits;
    for (let h = this.sHit0[si]; h < this.sHit1[si]; h++) {
      const e = this.lex.entries[entry[h]];
      if (e.lexicon === li && (tag === undefined || e.tag === tag) && start[h] >= from && end[h] <= to && test(start[h], end[h], e)) return true;
    }
    return false;
  }

  /** Hits of lexicon `id` in the clean range [from, to), across sentences. */
  hitsInRange(id: LexiconId, from: number, to: number, tag?: string): Hit[] {
    const out: Hit[] = [];
    const li = this.index(id);
    const { start, end, value: entry } = this.hits;
    // Binary search the first hit ending after `from`.
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (end[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let h = lo; h < this.hits.length && end[h] <= to; h++) {
      const e = this.lex.entries[entry[h]];
      if (e.lexicon === li && start[h] >= from && (tag === undefined || e.tag === tag)) out.push({ start: start[h], end: end[h], entry: e });
    }
    return out;
  }

  /**
   * OR of the anchor kinds in sentence `si` (within clean range [from, to)
   * when given), counting only anchors whose kind intersects `mask` and not
   * `exclude` (both default to any kind).
   */
  anchorKinds(si: number, from = -1, to = Infinity, mask = -1, exclude = 0): number {
    let k = 0;
    const { start, end, value: kind } = this.anchors;
    for (let a = this.sAnc0[si]; a < this.sAnc1[si]; a++) if (start[a] >= from && end[a] <= to && kind[a] & mask && !(kind[a] & exclude)) k |= kind[a];
    return k;
  }

  /** Anchors of sentence `si` whose kind intersects `mask`, as clean ranges. */
  anchorsIn(si: number, mask: number): Array<{ start: number; end: number; kind: number }> {
    const out = [];
    const { start, end, value: kind } = this.anchors;
    for (let a = this.sAnc0[si]; a < this.sAnc1[si]; a++) if (kind[a] & mask) out.push({ start: start[a], end: end[a], kind: kind[a] });
    return out;
  }

  /** The sentence holding clean offset `at` (the last one starting at or before it), or -1 before the first. */
  sentenceAt(at: number): number {
    const ss = this.doc.sentences;
    let lo = 0;
    let hi = ss.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ss[mid].cs <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Sentences whose start lies in the clean range [from, to), as indexes. */
  sentencesIn(from: number, to: number): number[] {
    const ss = this.doc.sentences;
    let lo = 0;
    let hi = ss.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ss[mid].cs < from) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < ss.length && ss[i].cs < to; i++) out.push(i);
    return out;
  }

  /** Computes `fn()` once per analysis under `key` (facts shared by several rules). */
  shared<T>(key: string, fn: () => T): T {
    let v = this.memo.get(key) as T | undefined;
    if (v === undefined && !this.memo.has(key)) {
      v = fn();
      this.memo.set(key, v);
    }
    return v as T;
  }

  /** Source offset of the start of clean offset `cs` (UTF-16). */
  sourceStart(cs: number): number {
    return this.doc.map.start(cs);
  }

  /** Source offset just past clean offset `ce - 1` (UTF-16). */
  sourceEnd(ce: number): number {
    return this.doc.map.end(ce);
  }

  /** 1-based line and column (UTF-16 units) of a source offset. */
  point(offset: number): Point {
    const ls = this.doc.lineStarts;
    let i = this.lineHint;
    if (i >= ls.length || ls[i] > offset || (i + 1 < ls.length && ls[i + 1] <= offset)) {
      let lo = 0;
      let hi = ls.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (ls[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      i = lo;
    }
    this.lineHint = i;
    return { line: i + 1, column: offset - ls[i] + 1, offset };
  }

  /** Source position of the clean range [cs, ce). */
  position(cs: number, ce: number): Position {
    const a = this.sourceStart(cs);
    const b = Math.max(a, this.sourceEnd(ce));
    return { start: this.point(a), end: this.point(b) };
  }

  /** Source text of the clean range [cs, ce) (markup included, as written). */
  sourceText(cs: number, ce: number): string {
    const a = this.sourceStart(cs);
    return this.doc.source.slice(a, Math.max(a, this.sourceEnd(ce)));
  }
}

/**
 * The parsed document: clean text with a map back to the source, paragraphs,
 * sentences, headings and sections. Built once per check; every rule reads it.
 *
 * Offsets named `cs`/`ce` are UTF-16 offsets into {@link Doc.clean}; source
 * offsets come from `map`.
 */
import type { Format, SourceComment } from './source.js';
import type { MarkerKind } from './markers.js';

/** How a heading was recognised. */
export type HeadingKind =
  /** A line of its own: markup heading, marker + short title, or a short unpunctuated line. */
  | 'line'
  /** A marker + short first sentence with body text after it on the same line: `（一）完善清单。由…`. */
  | 'runin'
  /** A short label before a colon at the start of a paragraph: `考核评价：每季度…`. */
  | 'label';

/** A heading in the outline. */
export interface Heading {
  kind: HeadingKind;
  /** Marker kind, `markup` for Markdown/HTML headings, `plain` for an unmarked short line. */
  marker: MarkerKind | 'markup' | 'plain' | 'label';
  /** Outline rank: lower contains higher. */
  rank: number;
  /** Title text range in clean text (without the marker and the closing punctuation). */
  cs: number;
  ce: number;
  /** The title text. */
  text: string;
  /** Paragraph index. */
  paragraph: number;
  /** Section body range in clean text: from after the title to before the next heading of the same or a higher rank. */
  bodyCs: number;
  bodyCe: number;
  /** Index of the enclosing heading, or -1. */
  parent: number;
  /** Index of the sentence holding the title. */
  sentence: number;
}

/** A numbered item that is not a heading: `1. 由支部书记负责，…。`, `一是…`. */
export interface Item {
  marker: MarkerKind;
  rank: number;
  /** Item range in clean text (its paragraph, or up to the next item in the paragraph). */
  cs: number;
  ce: number;
  paragraph: number;
}

/** A paragraph: a run of visible text ended by a real break. */
export interface Paragraph {
  cs: number;
  ce: number;
  /** First sentence index and one past the last. */
  s0: number;
  s1: number;
  /** Heading index when the paragraph is a heading line, else -1. */
  heading: number;
  /** True when markup makes the paragraph an item of a list (an HTML <li>, a Markdown `- ` item); absent otherwise. */
  item?: true;
}

/** Sentence kinds. */
export const enum SentenceKind {
  Body = 0,
  /** A heading line. */
  Heading = 1,
  /** The title sentence of a run-in heading (`完善工作清单。`). */
  RunIn = 2,
}

/** A sentence: ends at 。！？；, at the end of a paragraph, or at a heading boundary. */
export interface Sentence {
  cs: number;
  ce: number;
  paragraph: number;
  kind: SentenceKind;
  /** Innermost heading whose section contains the sentence, or -1. */
  section: number;
  /** For a sentence opening with a label run-in (`考核评价：…`), the clean offset after the colon; else `cs`. */
  bodyCs: number;
}

/** The parsed document. */
export interface Doc {
  source: string;
  format: Format;
  /** Visible text: markup removed, hard wraps joined, paragraphs separated by `\n`. */
  clean: string;
  /** Maps clean offsets back to source offsets. */
  map: SourceMap;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  headings: Heading[];
  items: Item[];
  /** Heading index of the document title, or -1. */
  title: number;
  comments: SourceComment[];
  /** Source offsets at which each line starts (line 1 at index 0). */
  lineStarts: number[];
  /** Han characters (U+4E00–U+9FFF) in the clean text. */
  han: number;
}

/**
 * Clean-to-source offset map, as segments: each segment is a run of clean
 * text copied from one source range (verbatim), a decoded entity (one clean
 * character for a longer source range), or a synthetic separator (no source
 * text). Lookups are a binary search over segments (a few per line), so the
 * map costs nothing per character.
 */
export class SourceMap {
  private readonly c0: Int32Array;
  private readonly s0: Int32Array;
  private readonly cl: Int32Array;
  private readonly sl: Int32Array;
  private readonly verbatim: Uint8Array;
  private readonly n: number;

  constructor(c0: Int32Array, s0: Int32Array, cl: Int32Array, sl: Int32Array, verbatim: Uint8Array, n: number) {
    this.c0 = c0;
    this.s0 = s0;
    this.cl = cl;
    this.sl = sl;
    this.verbatim = verbatim;
    this.n = n;
  }

  /** Segment of the last lookup: lookups mostly come in document order, so the next answer is usually here or just after. */
  private hint = 0;

  private find(c: number): number {
    const h = this.hint;
    const c0 = this.c0;
    if (h < this.n && c0[h] <= c) {
      if (h + 1 >= this.n || c0[h + 1] > c) return h;
      if (h + 2 >= this.n || c0[h + 2] > c) return (this.hint = h + 1);
    }
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.c0[mid] <= c) lo = mid;
      else hi = mid - 1;
    }
    return (this.hint = lo);
  }

  /** Source offset (UTF-16) where clean character `c` starts; past the end, the end of the mapped source. */
  start(c: number): number {
    if (this.n === 0) return 0;
    const k = this.find(c);
    const off = c - this.c0[k];
    if (off >= this.cl[k]) return this.s0[k] + this.sl[k];
    return this.verbatim[k] ? this.s0[k] + off : this.s0[k];
  }

  /** Source offset (UTF-16) just past clean character `ce - 1`. */
  end(ce: number): number {
    if (this.n === 0 || ce <= 0) return this.start(0);
    const c = ce - 1;
    const k = this.find(c);
    const off = c - this.c0[k];
    if (off >= this.cl[k]) return this.s0[k] + this.sl[k];
    return this.verbatim[k] ? this.s0[k] + off + 1 : this.s0[k] + this.sl[k];
  }
}

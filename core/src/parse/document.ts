/**
 * The parsed document: clean text with a map back to the source, paragraphs,
 * sentences, headings and sections. Built once per check; every rule reads it.
 *
 * Offsets named `cs`/`ce` are UTF-16 offsets into {@link Doc.clean}; source
 * offsets come from `srcStart`/`srcEnd`.
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
  /** Source offset of the start of each clean character. */
  srcStart: Int32Array;
  /** Source offset just past each clean character. */
  srcEnd: Int32Array;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  headings: Heading[];
  items: Item[];
  /** Heading index of the document title, or -1. */
  title: number;
  comments: SourceComment[];
  /** Source offsets at which each line starts (line 1 at index 0). */
  lineStarts: number[];
}

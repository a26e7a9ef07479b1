/**
 * The nlcst tree of a parsed document: Root → Paragraph → Sentence →
 * Word / Punctuation / WhiteSpace, with positions in the source.
 *
 * Word nodes are coarse (a run of non-punctuation, non-space characters) and
 * built only when a plugin first reads a sentence's `children`; positions are
 * computed on first read too. Rules match lexicons on sentence text through
 * the analysis, so the hot path creates neither per-word nodes nor points.
 */
import type { Paragraph, Punctuation, Root, Sentence, SentenceContent, WhiteSpace, Word } from 'nlcst';
import type { Position } from 'unist';
import type { Analysis } from '../analysis/analysis.js';
import { isPunct, isSpace } from '../text/chars.js';

/** A sentence node whose `position` and `children` are computed on first read (prototype getters, no per-node closures). */
class LazySentence {
  readonly type = 'SentenceNode';
  readonly data: { index: number };
  private readonly a: Analysis;
  private p?: Position;
  private c?: SentenceContent[];
  constructor(a: Analysis, index: number) {
    this.a = a;
    this.data = { index };
  }
  get position(): Position {
    const s = this.a.doc.sentences[this.data.index];
    return (this.p ??= this.a.position(s.cs, s.ce));
  }
  set position(v: Position) {
    this.p = v;
  }
  get children(): SentenceContent[] {
    const s = this.a.doc.sentences[this.data.index];
    return (this.c ??= words(this.a, s.cs, s.ce));
  }
  set children(v: SentenceContent[]) {
    this.c = v;
  }
}

/** A paragraph node whose `position` is computed on first read. */
class LazyParagraph {
  readonly type = 'ParagraphNode';
  readonly children: Sentence[];
  readonly data: { index: number; heading: number };
  private readonly a: Analysis;
  private p?: Position;
  constructor(a: Analysis, index: number, children: Sentence[]) {
    this.a = a;
    this.children = children;
    this.data = { index, heading: a.doc.paragraphs[index].heading };
  }
  get position(): Position {
    const para = this.a.doc.paragraphs[this.data.index];
    return (this.p ??= this.a.position(para.cs, para.ce));
  }
  set position(v: Position) {
    this.p = v;
  }
}

/**
 * Builds the tree for analysis `a`: Root → Paragraph → Sentence → Word /
 * Punctuation / WhiteSpace. The root is a plain object (unified requires one)
 * whose `children` and `position` are computed on first read; nodes below are
 * lazy too (Redline's own rules read the analysis, not the tree).
 */
export function buildTree(a: Analysis): Root {
  let children: Paragraph[] | undefined;
  let position: Position | undefined;
  const root = { type: 'RootNode' } as Root;
  Object.defineProperty(root, 'children', {
    enumerable: true,
    configurable: true,
    get: () => (children ??= paragraphsOf(a)),
    set: (v: Paragraph[]) => (children = v),
  });
  Object.defineProperty(root, 'position', {
    enumerable: true,
    configurable: true,
    get: () => (position ??= { start: a.point(0), end: a.point(a.doc.source.length) }),
    set: (v: Position) => (position = v),
  });
  return root;
}

function paragraphsOf(a: Analysis): Paragraph[] {
  const { doc } = a;
  const children: Paragraph[] = [];
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    const sentences: Sentence[] = [];
    for (let si = para.s0; si < para.s1; si++) sentences.push(new LazySentence(a, si) as unknown as Sentence);
    children.push(new LazyParagraph(a, p, sentences) as unknown as Paragraph);
  }
  return children;
}

function words(a: Analysis, cs: number, ce: number): SentenceContent[] {
  const t = a.doc.clean;
  const out: SentenceContent[] = [];
  let i = cs;
  while (i < ce) {
    const c = t.charCodeAt(i);
    let j = i + 1;
    if (isSpace(c)) {
      while (j < ce && isSpace(t.charCodeAt(j))) j++;
      out.push({ type: 'WhiteSpaceNode', value: t.slice(i, j), position: a.position(i, j) } as WhiteSpace);
    } else if (isPunct(c)) {
      out.push({ type: 'PunctuationNode', value: t.slice(i, j), position: a.position(i, j) } as Punctuation);
    } else {
      while (j < ce && !isSpace(t.charCodeAt(j)) && !isPunct(t.charCodeAt(j))) j++;
      out.push({ type: 'WordNode', children: [{ type: 'TextNode', value: t.slice(i, j), position: a.position(i, j) }], position: a.position(i, j) } as Word);
    }
    i = j;
  }
  return out;
}

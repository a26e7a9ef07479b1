/**
 * The nlcst tree of a parsed document: Root → Paragraph → Sentence →
 * Word / Punctuation / WhiteSpace, with positions in the source.
 *
 * Word nodes are coarse (a run of non-punctuation, non-space characters) and
 * built only when a plugin first reads a sentence's `children`: rules match
 * lexicons on sentence text through the analysis, so the hot path never
 * creates per-word nodes.
 */
import type { Paragraph, Punctuation, Root, Sentence, SentenceContent, WhiteSpace, Word } from 'nlcst';
import type { Analysis } from '../analysis/analysis.js';
import { isPunct, isSpace } from '../text/chars.js';

/** Builds the tree for analysis `a`. */
export function buildTree(a: Analysis): Root {
  const { doc } = a;
  const children: Paragraph[] = [];
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    const sentences: Sentence[] = [];
    for (let si = para.s0; si < para.s1; si++) {
      const s = doc.sentences[si];
      const node = { type: 'SentenceNode', position: a.position(s.cs, s.ce), data: { index: si } } as unknown as Sentence;
      Object.defineProperty(node, 'children', {
        configurable: true,
        enumerable: true,
        get(this: Sentence) {
          const built = words(a, s.cs, s.ce);
          Object.defineProperty(this, 'children', { value: built, writable: true, enumerable: true, configurable: true });
          return built;
        },
        set(this: Sentence, v: SentenceContent[]) {
          Object.defineProperty(this, 'children', { value: v, writable: true, enumerable: true, configurable: true });
        },
      });
      sentences.push(node);
    }
    children.push({ type: 'ParagraphNode', children: sentences, position: a.position(para.cs, para.ce), data: { index: p, heading: para.heading } } as Paragraph);
  }
  const end = a.point(doc.source.length);
  return { type: 'RootNode', children, position: { start: a.point(0), end } };
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

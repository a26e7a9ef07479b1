/** Where document-level findings go: the title, else the first heading, else the first sentence. */
import type { Analysis } from '../../analysis/analysis.js';

/** Clean range [cs, ce) to place a document-level finding on. */
export function documentAnchor(a: Analysis): [number, number] {
  const { doc } = a;
  if (doc.title >= 0) return [doc.headings[doc.title].cs, doc.headings[doc.title].ce];
  const first = doc.headings.find((h) => h.kind === 'line');
  if (first) return [first.cs, first.ce];
  const s = doc.sentences[0];
  return s ? [s.cs, s.ce] : [0, 0];
}

/** Han characters (U+4E00–U+9FFF) in the whole clean text, counted by the parser. */
export function documentHan(a: Analysis): number {
  return a.doc.han;
}

/** Whether any sentence mentions lexicon `id` (bit tests only). */
export function documentMentions(a: Analysis, id: Parameters<Analysis['mentions']>[1]): boolean {
  for (let si = 0; si < a.doc.sentences.length; si++) if (a.mentions(si, id)) return true;
  return false;
}

/**
 * Lexicons built from other data files, so that they join the one automaton:
 * `formulation` — the non-standard variants of fixed formulations
 * (data/formulations.json), tagged with the entry's index.
 */
import formulations from '../data/formulations.json' with { type: 'json' };
import type { LexiconDef } from './index.js';

/** A fixed formulation: its standard form, the wrong variants seen, the source of the standard form. */
export interface Formulation {
  standard: string;
  variants: string[];
  /** Document (and section) where the standard form is used, with its date. */
  source: string;
  date: string;
  /** 现行 (in force) or 废止 (repealed: flag the formulation itself as outdated). */
  status: '现行' | '废止';
  /** Flag variants only inside quotation marks. */
  quoted?: boolean;
  /** The members of a numbered formulation (四个意识: 政治意识、大局意识、核心意识、看齐意识), all with one suffix of two characters. */
  members?: string[];
  /** Where the members are set out, with the date. */
  membersSource?: string;
  tests: { flag: string[]; pass: string[] };
}

/** The formulation list. */
export const FORMULATIONS: readonly Formulation[] = formulations.entries as Formulation[];

/** The `formulation` lexicon: every variant (and, for 废止 entries, the standard form) tagged with its entry index. */
export const FORMULATION_LEXICON: LexiconDef = {
  id: 'formulation',
  name: '规范提法误写',
  description: formulations.description,
  source: 'data/formulations.json（每条注明出处）',
  entries: FORMULATIONS.flatMap((f, i) => [...f.variants, ...(f.status === '废止' ? [f.standard] : [])].map((text) => ({ text, tag: String(i) }))),
};

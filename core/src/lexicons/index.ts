/**
 * Lexicons: data files (`*.json` beside this file) compiled once into one
 * Aho–Corasick automaton over all scanned lexicons.
 *
 * A lexicon file is `{ id, name, description, source, scan?, entries }`;
 * an entry is a phrase or `{ text, tag?, notBefore?, notAfter?, tests? }`,
 * where `notBefore`/`notAfter` list characters that must not stand right
 * before/after the phrase (so 要 in 重要 is no directive), and `tests`
 * holds must-match / must-not-match lines run by the generic lexicon test.
 */
import { Automaton } from '../match/automaton.js';
import { SpanBuffer, type Spans } from '../match/columns.js';
import actor from './actor.json' with { type: 'json' };
import assessment from './assessment.json' with { type: 'json' };
import businessLink from './business-link.json' with { type: 'json' };
import business from './business.json' with { type: 'json' };
import campaign from './campaign.json' with { type: 'json' };
import carrier from './carrier.json' with { type: 'json' };
import claim from './claim.json' with { type: 'json' };
import deliverable from './deliverable.json' with { type: 'json' };
import dimension from './dimension.json' with { type: 'json' };
import directive from './directive.json' with { type: 'json' };
import evidence from './evidence.json' with { type: 'json' };
import formWord from './form-word.json' with { type: 'json' };
import formula from './formula.json' with { type: 'json' };
import mass from './mass.json' with { type: 'json' };
import mechanism from './mechanism.json' with { type: 'json' };
import morpheme from './morpheme.json' with { type: 'json' };
import past from './past.json' with { type: 'json' };
import political from './political.json' with { type: 'json' };
import problem from './problem.json' with { type: 'json' };
import promotion from './promotion.json' with { type: 'json' };
import resultUse from './result-use.json' with { type: 'json' };
import section from './section.json' with { type: 'json' };
import slogan from './slogan.json' with { type: 'json' };
import stockPhrase from './stock-phrase.json' with { type: 'json' };
import time from './time.json' with { type: 'json' };
import vagueTarget from './vague-target.json' with { type: 'json' };
import { FORMULATION_LEXICON } from './generated.js';

/** One entry of a lexicon file. */
export interface LexiconEntryDef {
  /** The phrase, matched literally on clean text. */
  text: string;
  /** Sub-category within the lexicon (e.g. `vague` in `time`). */
  tag?: string;
  /** Characters that must not immediately precede the phrase. */
  notBefore?: string;
  /** Characters that must not immediately follow the phrase. */
  notAfter?: string;
  /** Lines the phrase must match in, and lines it must not match in. */
  tests?: { match?: string[]; noMatch?: string[] };
}

/** A lexicon data file. */
export interface LexiconDef {
  id: string;
  /** Chinese name shown to users. */
  name: string;
  description: string;
  /** Seed paper and section the lexicon comes from. */
  source: string;
  /** False for lexicons used only on short strings (brand-name morphemes), not scanned over documents. */
  scan?: boolean;
  entries: Array<string | LexiconEntryDef>;
}

/** The built-in lexicons, in a fixed order. */
export const LEXICONS: readonly LexiconDef[] = [
  stockPhrase,
  slogan,
  formWord,
  campaign,
  mechanism,
  claim,
  evidence,
  actor,
  time,
  vagueTarget,
  deliverable,
  carrier,
  formula,
  business,
  political,
  mass,
  promotion,
  assessment,
  dimension,
  resultUse,
  businessLink,
  morpheme,
  directive,
  past,
  problem,
  section,
  FORMULATION_LEXICON,
] as LexiconDef[];

/** Ids of the built-in lexicons. */
export type LexiconId =
  | 'stock-phrase'
  | 'slogan'
  | 'form-word'
  | 'campaign'
  | 'mechanism'
  | 'claim'
  | 'evidence'
  | 'actor'
  | 'time'
  | 'vague-target'
  | 'deliverable'
  | 'carrier'
  | 'formula'
  | 'business'
  | 'political'
  | 'mass'
  | 'promotion'
  | 'assessment'
  | 'dimension'
  | 'result-use'
  | 'business-link'
  | 'morpheme'
  | 'directive'
  | 'past'
  | 'problem'
  | 'section'
  | 'formulation';

/** Words an organisation adds to or removes from a lexicon (`.redlinerc.json` → `lexicons`). */
export interface LexiconOverride {
  add?: Array<string | { text: string; tag?: string }>;
  remove?: string[];
}

/** A compiled entry. `id` indexes {@link LexiconSet.entries}. */
export interface CompiledEntry {
  id: number;
  lexicon: number;
  text: string;
  tag: string;
  notBefore: string;
  notAfter: string;
}

/** Lexicon hits, sorted by end offset: clean-text ranges, each with its entry id as `value`. */
export type Hits = Spans;

/** Normalises an entry to its object form. */
export function entryDef(e: string | LexiconEntryDef): LexiconEntryDef {
  return typeof e === 'string' ? { text: e } : e;
}

/**
 * All lexicons compiled: entries with guards, per-lexicon indexes and one
 * automaton over the scanned ones. Immutable; build one per distinct set of
 * overrides and reuse it (see {@link LexiconSet.for}).
 */
export class LexiconSet {
  readonly defs: readonly LexiconDef[];
  readonly entries: CompiledEntry[] = [];
  /** Entries of each lexicon, by lexicon index. */
  readonly byLexicon: CompiledEntry[][] = [];
  private readonly indexOf = new Map<string, number>();
  /**
   * Lexicon index by id, as a plain object with one property per lexicon
   * added in a fixed order: every analysis shares it, and a lookup with a
   * constant id compiles to a property load (a null-prototype object would be
   * a hash table).
   */
  readonly ids: Readonly<Record<string, number>> = {};
  private readonly automaton: Automaton;
  private readonly patternEntries: number[][] = [];

  private constructor(defs: readonly LexiconDef[]) {
    this.defs = defs;
    const patterns: string[] = [];
    const patternIndex = new Map<string, number>();
    defs.forEach((def, li) => {
      this.indexOf.set(def.id, li);
      (this.ids as Record<string, number>)[def.id] = li;
      const list: CompiledEntry[] = [];
      const seen = new Set<string>();
      for (const raw of def.entries) {
        const e = entryDef(raw);
        if (!e.text || seen.has(e.text)) continue;
        seen.add(e.text);
        const ce: CompiledEntry = { id: this.entries.length, lexicon: li, text: e.text, tag: e.tag ?? '', notBefore: e.notBefore ?? '', notAfter: e.notAfter ?? '' };
        this.entries.push(ce);
        list.push(ce);
        if (def.scan === false) continue;
        let p = patternIndex.get(e.text);
        if (p === undefined) {
          p = patterns.length;
          patterns.push(e.text);
          patternIndex.set(e.text, p);
          this.patternEntries.push([]);
        }
        this.patternEntries[p].push(ce.id);
      }
      this.byLexicon.push(list);
    });
    this.automaton = new Automaton(patterns);
    this.simple = new Uint8Array(this.entries.length);
    for (const e of this.entries) this.simple[e.id] = e.notBefore || e.notAfter ? 0 : 1;
  }

  /** 1 for entries without a notBefore/notAfter guard. */
  private readonly simple: Uint8Array;

  private static cache = new Map<string, LexiconSet>();

  /**
   * The compiled set for the built-in lexicons with `overrides` applied,
   * cached by the overrides' JSON (compiling takes a few milliseconds).
   * @throws Error naming the lexicon when an override names an unknown lexicon.
   */
  static for(overrides?: Record<string, LexiconOverride>): LexiconSet {
    const key = JSON.stringify(overrides ?? null);
    let set = LexiconSet.cache.get(key);
    if (!set) {
      set = new LexiconSet(applyOverrides(LEXICONS, overrides));
      if (LexiconSet.cache.size > 32) LexiconSet.cache.clear();
      LexiconSet.cache.set(key, set);
    }
    return set;
  }

  /** Compiles exactly the given lexicon definitions (for tests and lexicon self-tests). */
  static compile(defs: readonly LexiconDef[]): LexiconSet {
    return new LexiconSet(defs);
  }

  /** Index of lexicon `id`. @throws Error for an unknown id. */
  lexicon(id: LexiconId | string): number {
    const i = this.indexOf.get(id);
    if (i === undefined) throw new Error(`未知词表：${id}`);
    return i;
  }

  /** Whether lexicon `id` exists. */
  has(id: string): boolean {
    return this.indexOf.has(id);
  }

  /**
   * Finds every guarded entry occurrence in `text[from, to)`, overlaps included.
   * Offsets are UTF-16 offsets into `text`; hits come sorted by end offset.
   */
  scan(text: string, from = 0, to = text.length): Hits {
    // (About one hit per eight characters of Party prose: sized so a long document rarely regrows.)
    const out = new SpanBuffer(Math.max(256, (to - from) >> 3));
    this.scanInto(text, from, to, out);
    return out;
  }

  /** {@link scan}, appending the hits of `text[from, to)` to `out`. */
  scanInto(text: string, from: number, to: number, out: SpanBuffer): void {
    const entries = this.entries;
    const patternEntries = this.patternEntries;
    const simple = this.simple;
    this.automaton.scan(
      text,
      (s, e, p) => {
        const ids = patternEntries[p];
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k];
          // Most entries have no guard: skip the entry lookup and the character tests.
          if (!simple[id]) {
            const ce = entries[id];
            if (ce.notBefore && s > 0 && ce.notBefore.includes(text[s - 1])) continue;
            if (ce.notAfter && e < text.length && ce.notAfter.includes(text[e])) continue;
          }
          out.push(s, e, id);
        }
      },
      from,
      to,
    );
  }
}

/** Applies add/remove overrides to lexicon definitions. @throws Error for an unknown lexicon id. */
export function applyOverrides(defs: readonly LexiconDef[], overrides?: Record<string, LexiconOverride>): LexiconDef[] {
  if (!overrides) return [...defs];
  const ids = new Set(defs.map((d) => d.id));
  for (const id of Object.keys(overrides)) if (!ids.has(id)) throw new Error(`未知词表：${id}（可用：${[...ids].join('、')}）`);
  return defs.map((d) => {
    const o = overrides[d.id];
    if (!o) return d;
    const remove = new Set(o.remove ?? []);
    const entries = d.entries.filter((e) => !remove.has(entryDef(e).text));
    for (const a of o.add ?? []) entries.push(typeof a === 'string' ? a : { text: a.text, tag: a.tag });
    return { ...d, entries };
  });
}

/**
 * Generic lexicon test: every data file is well-formed, has no duplicate
 * entries, and every entry's own test lines hold — `match` lines contain a
 * hit of that entry, `noMatch` lines do not.
 */
import { describe, expect, it } from 'vitest';
import { entryDef, LEXICONS, LexiconSet } from '../src/index.js';

describe('lexicon files', () => {
  it.each(LEXICONS.map((l) => [l.id, l] as const))('%s is well-formed', (_id, lex) => {
    expect(lex.id).toMatch(/^[a-z-]+$/);
    expect(lex.name.length).toBeGreaterThan(1);
    expect(lex.description.length).toBeGreaterThan(10);
    expect(lex.source).toMatch(/\d{3}|rules\.md|data\//);
    const texts = lex.entries.map((e) => entryDef(e).text);
    expect(texts.every((t) => t.length > 0)).toBe(true);
    const dup = texts.filter((t, i) => texts.indexOf(t) !== i);
    expect(dup).toEqual([]);
  });

  it('ids are unique', () => {
    const ids = LEXICONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('lexicon entry tests', () => {
  const set = LexiconSet.for();
  const cases: Array<[string, string, string, boolean]> = [];
  for (const lex of LEXICONS) {
    if (lex.scan === false) continue;
    for (const raw of lex.entries) {
      const e = entryDef(raw);
      for (const line of e.tests?.match ?? []) cases.push([lex.id, e.text, line, true]);
      for (const line of e.tests?.noMatch ?? []) cases.push([lex.id, e.text, line, false]);
    }
  }
  it('has test lines', () => expect(cases.length).toBeGreaterThan(30));
  it.each(cases)('%s「%s」in “%s” → %s', (id, text, line, should) => {
    const li = set.lexicon(id);
    const hits = set.scan(line);
    let found = false;
    for (let i = 0; i < hits.length; i++) {
      const e = set.entries[hits.value[i]];
      if (e.lexicon === li && e.text === text) found = true;
    }
    expect(found).toBe(should);
  });
});

describe('overrides', () => {
  it('adds and removes words', () => {
    const set = LexiconSet.for({ 'stock-phrase': { add: ['全力以赴'], remove: ['高度重视'] } });
    const li = set.lexicon('stock-phrase');
    const words = set.byLexicon[li].map((e) => e.text);
    expect(words).toContain('全力以赴');
    expect(words).not.toContain('高度重视');
  });
  it('rejects an unknown lexicon', () => {
    expect(() => LexiconSet.for({ nope: { add: ['x'] } })).toThrow(/未知词表：nope/);
  });
});

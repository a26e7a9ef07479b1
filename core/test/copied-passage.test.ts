import { describe, expect, it } from 'vitest';
import {
  check,
  COPY_DEFAULTS,
  copyOptions,
  countedText,
  documentCopies,
  effectiveSeverities,
  findCopies,
  parseConfig,
  parseDocument,
  RedlineConfigError,
  RULE_MAP,
  shingle,
  winnow,
  type CopyDoc,
  type Format,
} from '../src/index.js';
import { prng } from '../bench/drafts.js';

/** Deterministic pseudo-random Han text (no two calls with different seeds share a 8-character run in practice). */
function han(n: number, seed: number): string {
  const r = prng(seed);
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(0x4e00 + Math.floor(r() * 0x4000));
  return out;
}
/** Han text with sentence punctuation every 10–25 characters; `n` counted characters. */
function prose(n: number, seed: number): string {
  const r = prng(seed * 7 + 3);
  const chars = han(n, seed);
  let out = '';
  let next = 10 + Math.floor(r() * 15);
  for (let i = 0; i < n; i++) {
    out += chars[i];
    if (i === next) {
      out += r() < 0.3 ? '。' : '，';
      next += 10 + Math.floor(r() * 15);
    }
  }
  return out + '。';
}
const doc = (text: string, format: Format = 'text', template = false): CopyDoc => ({ shingled: shingle(parseDocument(text, format)), template });

describe('winnow', () => {
  it('finds a shared fingerprint in every shared run of k + w - 1 characters', () => {
    const { k, w } = COPY_DEFAULTS;
    for (let seed = 1; seed <= 40; seed++) {
      const shared = han(k + w - 1, seed * 101);
      const a = Uint16Array.from(han(60, seed) + shared + han(50, seed + 1000), (c) => c.charCodeAt(0));
      const b = Uint16Array.from(han(33, seed + 2000) + shared + han(70, seed + 3000), (c) => c.charCodeAt(0));
      const fa = new Set(winnow(a, k, w).hashes);
      const fb = winnow(b, k, w).hashes;
      expect(fb.some((h) => fa.has(h))).toBe(true);
    }
  });
  it('never builds a shingle across a break (0)', () => {
    const chars = Uint16Array.from('甲乙丙丁戊己庚\0辛壬癸子丑寅卯辰', (c) => c.charCodeAt(0));
    expect(winnow(chars, 8, 4).hashes.length).toBe(1);
  });
});

describe('shingle', () => {
  it('drops punctuation and spaces, folds full-width letters and digits', () => {
    expect(countedText('党建，品牌 ＡＢ１２ ab')).toBe('党建品牌ab12ab');
    const s = shingle(parseDocument('支部，开展 学习！', 'text'));
    expect(String.fromCharCode(...s.chars)).toBe('支部开展学习');
    expect(s.counted).toBe(6);
    // Positions map back to the source.
    expect([...s.start].map((o) => '支部，开展 学习！'[o]).join('')).toBe('支部开展学习');
  });
  it('masks headings and fixed political formulas', () => {
    const s = shingle(parseDocument('# 一、指导思想\n\n坚持以习近平新时代中国特色社会主义思想为指导，支部开展学习。\n', 'markdown'));
    expect(String.fromCharCode(...s.chars).replace(/\0/g, '|')).toMatch(/^\|+支部开展学习$/);
    expect(s.counted).toBe(6);
  });
});

describe('findCopies', () => {
  it('finds a near-duplicate passage (a unit name swapped in) and the share copied', () => {
    const passage = prose(300, 7);
    const edited = passage.slice(0, 80) + '运输车间' + passage.slice(84, 200) + '检修班组' + passage.slice(204);
    const a = prose(400, 1) + '\n\n' + passage + '\n\n' + prose(300, 2);
    const b = prose(200, 3) + '\n\n' + edited + '\n\n' + prose(500, 4);
    const docs = [doc(a), doc(b)];
    const { pairs } = findCopies(docs);
    expect(pairs).toHaveLength(1);
    const [p] = pairs;
    expect(p.passages).toHaveLength(1);
    expect(p.aShare).toBeGreaterThan(0.28);
    expect(p.aShare).toBeLessThan(0.32);
    expect(p.bShare).toBeGreaterThan(0.28);
    expect(p.bShare).toBeLessThan(0.32);
    // The passage maps back to the copied text in both sources.
    const s = docs[0].shingled;
    const pa = p.passages[0];
    expect(countedText(a.slice(s.start[pa.aStart], s.end[pa.aEnd - 1]))).toBe(countedText(passage));
    const per = documentCopies(docs, { pairs, common: 0 });
    expect(per[0].stretches).toHaveLength(1);
    expect(per[0].stretches[0].partners[0].doc).toBe(1);
    expect(per[0].share).toBeCloseTo(p.aShare, 5);
  });

  it('sees through re-punctuation and line wrapping', () => {
    const passage = prose(120, 9);
    const rewrapped = passage.replace(/，/g, ',').replace(/(.{17})/g, '$1\n');
    const { pairs } = findCopies([doc(prose(200, 10) + passage), doc(rewrapped + '\n\n' + prose(200, 11))]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].passages[0].aChars).toBeGreaterThanOrEqual(118);
  });

  it('ignores unrelated documents, short shared runs, headings and boilerplate', () => {
    const short = han(20, 55);
    const heading = '# 一、以习近平新时代中国特色社会主义思想为指导深入推进党建品牌创建工作的主要做法和经验体会\n\n';
    const formula = '坚持以习近平新时代中国特色社会主义思想为指导，增强“四个意识”、坚定“四个自信”、做到“两个维护”，充分发挥党支部战斗堡垒作用和党员先锋模范作用。';
    const a = heading + prose(300, 21) + short + prose(100, 22) + formula;
    const b = heading + prose(300, 23) + short + prose(100, 24) + formula;
    expect(findCopies([doc(a, 'markdown'), doc(b, 'markdown'), doc(prose(500, 25))]).pairs).toEqual([]);
  });

  it("ignores the call's five dimensions with their scores and the stages of a schedule", () => {
    const scores = '每年12月，由局机关党委从运行机制（20分）、措施落实（25分）、创建成效（25分）、群众公认度（15分）、品牌影响力（15分）五个方面评分。';
    const stages = '2025年1—3月为部署阶段，4—10月为实施阶段，11—12月为总结阶段。';
    expect(findCopies([doc(prose(300, 61) + scores + stages), doc(stages + prose(300, 62) + scores)]).pairs).toEqual([]);
  });

  it('honours a custom boilerplate list and minChars', () => {
    const notice = prose(60, 31);
    const a = prose(200, 32) + notice;
    const b = notice + prose(200, 33);
    expect(findCopies([doc(a), doc(b)]).pairs).toHaveLength(1);
    const masked = (t: string) => ({ shingled: shingle(parseDocument(t, 'text'), { boilerplate: [notice] }) });
    expect(findCopies([masked(a), masked(b)]).pairs).toEqual([]);
    expect(findCopies([doc(a), doc(b)], { minChars: 80 }).pairs).toEqual([]);
  });

  it('pairs submissions with templates but never templates with each other', () => {
    const tpl = prose(200, 41);
    const docs = [doc(prose(100, 42) + tpl), doc(tpl + prose(150, 43)), doc(tpl, 'text', true), doc(tpl + prose(10, 44), 'text', true)];
    const { pairs } = findCopies(docs);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
    ]);
    expect(pairs.find((p) => p.a === 0 && p.b === 2)!.bShare).toBeCloseTo(1, 1);
  });

  it('treats wording most submissions share as common, unless a template holds it', () => {
    const call = prose(80, 51);
    const subs = Array.from({ length: 24 }, (_, i) => doc(prose(150, 100 + i) + call + prose(100, 200 + i)));
    const r = findCopies(subs);
    expect(r.pairs).toEqual([]);
    expect(r.common).toBeGreaterThan(0);
    // Raising the threshold, or adding a template that holds the passage, reports it.
    expect(findCopies(subs, { commonMin: 30 }).pairs.length).toBe((24 * 23) / 2);
    const withTpl = findCopies([...subs, doc(call, 'text', true)]);
    expect(withTpl.pairs.length).toBe((24 * 23) / 2 + 24);
  });

  it('does not pair a document through wording it repeats (its unit name), but still finds a passage copied through it', () => {
    // Both documents repeat the same unit name in many sentences: every occurrence would pair with every other.
    const unit = '运输车间第二党支部';
    const refrain = (seed: number) => Array.from({ length: 30 }, (_, i) => `${unit}${prose(25, seed * 100 + i)}`).join('');
    const a = refrain(1);
    const b = refrain(2);
    expect(findCopies([doc(a), doc(b)]).pairs).toEqual([]);
    // With maxRepeat raised the refrain pairs them, but its runs stay short of a passage: same result, more work.
    expect(findCopies([doc(a), doc(b)], { maxRepeat: 1000 }).pairs).toEqual([]);
    // A passage copied with the unit name inside it is found all the same.
    const passage = `${prose(30, 71)}${unit}${prose(40, 72)}`;
    const r = findCopies([doc(a + passage), doc(passage + b)]);
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0].passages[0].aChars).toBeGreaterThanOrEqual(countedText(passage).length - 2);
    // A document holding a passage a few times (up to maxRepeat) still pairs through it.
    const twice = findCopies([doc(`${prose(50, 81)}${passage}${prose(50, 82)}${passage}`), doc(`${passage}${prose(60, 83)}`)]);
    expect(twice.pairs).toHaveLength(1);
  });

  it('with a short minChars, pairs documents sharing a single fingerprint', () => {
    // k + w − 1 = 15 shared characters are always fingerprinted once; below 2w + k − 1 one fingerprint can be all a passage has.
    let found = 0;
    for (let seed = 0; seed < 20; seed++) {
      const run = han(15, 800 + seed);
      const docs = [doc(`${prose(60, 900 + seed)}。${run}。${prose(60, 1000 + seed)}`), doc(`${prose(50, 1100 + seed)}。${run}。${prose(40, 1200 + seed)}`)];
      const { pairs } = findCopies(docs, { minChars: 15 });
      expect(pairs, `seed ${seed}`).toHaveLength(1);
      if (docs[0].shingled.hashes.filter((h) => docs[1].shingled.hashes.includes(h)).length === 1) found++;
    }
    // Some of these runs are fingerprinted exactly once (the case the two-fingerprint shortcut must not drop).
    expect(found).toBeGreaterThan(0);
  });

  it('finds a passage of exactly minChars characters (at least two fingerprints in each document)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const passage = han(COPY_DEFAULTS.minChars, 300 + seed);
      const { pairs } = findCopies([doc(`${prose(100, 400 + seed)}。${passage}。${prose(80, 500 + seed)}`), doc(`${prose(90, 600 + seed)}。${passage}。${prose(70, 700 + seed)}`)]);
      expect(pairs, `seed ${seed}`).toHaveLength(1);
    }
  });

  it('is deterministic', () => {
    const base = prose(150, 61);
    const docs = [doc(base + prose(100, 62)), doc(prose(80, 63) + base), doc(base.slice(40) + prose(90, 64))];
    expect(JSON.stringify(findCopies(docs))).toBe(JSON.stringify(findCopies(docs)));
  });
});

describe('brand/copied-passage in the registry', () => {
  it('is known to the registry and the config, with validated options', () => {
    expect(RULE_MAP.get('brand/copied-passage')?.meta.batch).toBe(true);
    expect(effectiveSeverities('submission')['brand/copied-passage']).toBe('error');
    const config = parseConfig({ rules: { 'brand/copied-passage': ['warning', { minChars: 50, boilerplate: ['某某公司党委'] }] } });
    expect(copyOptions((config.rules!['brand/copied-passage'] as [string, Record<string, unknown>])[1]).minChars).toBe(50);
    expect(() => parseConfig({ rules: { 'brand/copied-passage': ['warning', { minChars: 'x' }] } })).toThrow(RedlineConfigError);
    expect(() => parseConfig({ rules: { 'brand/copied-passage': ['warning', { k: 3 }] } })).toThrow(RedlineConfigError);
  });
  it('does not run inside single-document check()', () => {
    const p = prose(200, 71);
    const out = check(p + '\n\n' + p, { preset: 'submission' });
    expect(out.messages.some((m) => m.ruleId === 'brand/copied-passage')).toBe(false);
  });
});

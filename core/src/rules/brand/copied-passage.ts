/**
 * brand/copied-passage — (batch mode) a passage shared with another
 * submission of the batch or with a known template: copying a superior's
 * template or another unit's success story, "上下一般粗、左右一个样".
 * Source: 002 §2.2 同质化严重.
 *
 * This rule needs the whole batch, so it never runs inside single-document
 * `check()` (its plugin does nothing): a batch front end (the CLI) calls
 * {@link shingle} on each document and {@link findCopies} on all of them,
 * then turns {@link documentCopies} into messages with this `meta`.
 *
 * Method: winnowing (Schleimer, Wilkerson & Aiken, SIGMOD 2003, the method
 * behind MOSS). Each document is reduced to its counted characters (Han,
 * Latin letters, digits; punctuation and spaces dropped, full-width folded,
 * so re-punctuating a sentence does not hide it); headings and fixed
 * political formulas are masked out. Every k-character shingle is hashed,
 * and in every window of `w` consecutive shingles the smallest hash is kept
 * as a fingerprint with its position. Any run of at least k + w − 1 shared
 * characters therefore shares a fingerprint. Shared fingerprints (found
 * with one radix sort over the batch) seed exact matches, which are
 * extended to maximal runs and then chained across small edits (a unit's
 * name swapped in) into passages. Pure: no DOM, no Node APIs.
 */
import { z } from 'zod';
import type { Doc } from '../../parse/document.js';
import { ruleUrl, type Rule, type RuleMeta } from '../rule.js';

/** Options of brand/copied-passage in `.redlinerc.json`: `["warning", { … }]`. */
export const copiedPassageOptions = z
  .object({
    /** Shortest passage reported, in counted characters (Han, letters, digits). */
    minChars: z.number().int().min(10).max(10000).optional(),
    /** Largest edit (in counted characters, on each side) bridged inside one passage. */
    maxGap: z.number().int().min(0).max(200).optional(),
    /** Extra fixed wording never counted as copied (the call's required sentences, the organisation's name…). */
    boilerplate: z.array(z.string().min(2)).optional(),
    /**
     * A fingerprint found in more than this share of the submissions (and in
     * more than `commonMin` of them) is common wording, not copying — unless
     * a template (`--against`) holds it too.
     */
    commonShare: z.number().min(0).max(1).optional(),
    /** See `commonShare`. */
    commonMin: z.number().int().min(2).optional(),
  })
  .strict();

/** Resolved options of {@link findCopies} and {@link shingle}. */
export interface CopyOptions {
  minChars: number;
  maxGap: number;
  boilerplate: readonly string[];
  commonShare: number;
  commonMin: number;
  /** Shingle length in counted characters. */
  k: number;
  /** Winnowing window, in shingles. Runs of k + w − 1 shared characters are always found. */
  w: number;
  /** A fingerprint in more documents than this is never paired (bounds the work on huge clusters). */
  maxCluster: number;
  /**
   * A fingerprint one document repeats more than this many times (its own
   * unit's name, a refrain) does not pair that document: pairing every
   * occurrence with every occurrence elsewhere would cost the product of the
   * counts. A passage copied through it is still found by its other
   * fingerprints (a 30-character passage holds at least two).
   */
  maxRepeat: number;
}

/** Defaults: 30-character passages, 8-character shingles, window 8 (so any shared run of 15 characters is seen). */
export const COPY_DEFAULTS: CopyOptions = { minChars: 30, maxGap: 12, boilerplate: [], commonShare: 0.5, commonMin: 20, k: 8, w: 8, maxCluster: 200, maxRepeat: 8 };

/** Options from a `.redlinerc.json` rule setting (already validated) over {@link COPY_DEFAULTS}. */
export function copyOptions(options: Record<string, unknown> = {}): CopyOptions {
  const o = copiedPassageOptions.parse(options);
  const out: CopyOptions = { ...COPY_DEFAULTS };
  if (o.minChars !== undefined) out.minChars = o.minChars;
  if (o.maxGap !== undefined) out.maxGap = o.maxGap;
  if (o.boilerplate) out.boilerplate = o.boilerplate;
  if (o.commonShare !== undefined) out.commonShare = o.commonShare;
  if (o.commonMin !== undefined) out.commonMin = o.commonMin;
  return out;
}

export const meta: RuleMeta = {
  id: 'brand/copied-passage',
  family: 'brand',
  description: '照搬照抄：与同批其他材料或上级模板有成段相同的文字',
  rationale: '照搬上级模板或其他单位的成功案例，品牌就会“上下一般粗”“左右一个样”，看不出本单位的职能和业务特点，评审也无从比较。',
  sources: [{ seed: '002', section: '§2.2', point: '倾向于照搬上级的模板或直接借鉴其他单位的成功案例，品牌呈现“上下一般粗”“左右一个样”的雷同景象' }],
  severity: { summary: 'warning', publicity: 'warning', submission: 'error' },
  document: false,
  batch: true,
  examples: {
    bad: '（两份申报材料）坚持把党建品牌创建作为推动中心工作的重要抓手，以“一支部一品牌”为载体……（整段相同，只换了单位名称）',
    good: '检修班组党支部围绕3号高炉大修，组建2支党员突击队……（写本单位自己的任务、做法和数据）',
  },
  options: copiedPassageOptions,
  url: ruleUrl('brand/copied-passage'),
};

/** Needs the batch: does nothing inside single-document `check()`. */
export const plugin: Rule['plugin'] = () => () => {};

export default { meta, plugin } satisfies Rule;

/**
 * Fixed political formulas every submission may carry verbatim; they never
 * count as copied (matched on counted characters, so punctuation may vary).
 */
export const BOILERPLATE: readonly string[] = [
  '以习近平新时代中国特色社会主义思想为指导',
  '坚持以习近平新时代中国特色社会主义思想为指导',
  '深入学习贯彻习近平新时代中国特色社会主义思想',
  '习近平新时代中国特色社会主义思想',
  '全面贯彻党的二十大精神',
  '深入贯彻党的二十大精神',
  '党的二十大和二十届历次全会精神',
  '党的二十大和二十届二中三中全会精神',
  '深入贯彻新时代党的建设总要求',
  '新时代党的建设总要求',
  '新时代党的组织路线',
  '增强四个意识坚定四个自信做到两个维护',
  '深刻领悟两个确立的决定性意义',
  '两个确立',
  '两个维护',
  '不忘初心牢记使命',
  '全面从严治党',
  '以党的政治建设为统领',
  '把党的政治建设摆在首位',
  '充分发挥党支部战斗堡垒作用和党员先锋模范作用',
  '充分发挥基层党组织战斗堡垒作用和党员先锋模范作用',
  '基层党组织战斗堡垒作用',
  '党员先锋模范作用',
  '一支部一品牌',
  '以高质量党建引领高质量发展',
  '在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致',
  '以习近平同志为核心的党中央',
  '完整准确全面贯彻新发展理念',
  '服务和融入新发展格局',
  '融入新发展格局',
  '加快构建新发展格局',
  '坚持稳中求进工作总基调',
  '着力推动高质量发展',
  '统筹发展和安全',
  '深入贯彻中央八项规定精神学习教育',
  '中央八项规定精神',
  '整治形式主义为基层减负',
  '政治判断力政治领悟力政治执行力',
  '稳就业稳企业稳市场稳预期',
  '学习贯彻习近平新时代中国特色社会主义思想主题教育',
  '党史学习教育',
  '党纪学习教育',
  '推动经济实现质的有效提升和量的合理增长',
  '基本实现社会主义现代化',
  '向大会报告工作请予审议',
  // The five assessment dimensions of 000 §2.2 三, and the usual stages of a plan's schedule: every
  // submission answering one call names them, often with the call's own scores.
  '运行机制',
  '措施落实',
  '创建成效',
  '公认度',
  '影响力',
  '动员部署阶段',
  '部署阶段',
  '组织实施阶段',
  '实施阶段',
  '集中攻坚阶段',
  '总结提升阶段',
  '巩固提升阶段',
  '总结阶段',
  '启动阶段',
  '准备阶段',
  '宣传发动阶段',
  '深化提升阶段',
  '总结验收阶段',
  '验收阶段',
];

/** A document reduced for near-duplicate search. Indices ("positions") are into {@link Shingled.chars}. */
export interface Shingled {
  /** Counted characters (lower-cased, full-width folded); 0 marks a break: a heading or masked boilerplate. */
  chars: Uint16Array;
  /** Source offset (UTF-16 code units of the checked text) of each entry of `chars`, and just past it. */
  start: Int32Array;
  end: Int32Array;
  /** Counted (non-zero) characters. */
  counted: number;
  /** Fingerprint hashes (unsigned 32-bit) and the position of each fingerprint's shingle. */
  hashes: Uint32Array;
  at: Uint32Array;
}

function foldChar(c: number): number {
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 0x30;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xff21 + 0x61;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xff41 + 0x61;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return c;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007) return c;
  return 0;
}

/** The counted characters of `s` as a string (what boilerplate phrases are matched as). */
export function countedText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = foldChar(s.charCodeAt(i));
    if (c) out += String.fromCharCode(c);
  }
  return out;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Reduces a parsed document (from `parseDocument`, or the `Doc` a check
 * produced) to counted characters and winnowed fingerprints. Heading lines
 * (and run-in/label heading titles) and {@link BOILERPLATE} plus
 * `options.boilerplate` phrases are masked (kept as 0 entries so positions
 * still map to the source, never counted, never part of a shingle).
 */
export function shingle(doc: Pick<Doc, 'clean' | 'map' | 'headings' | 'paragraphs'>, options: Partial<CopyOptions> = {}): Shingled {
  const k = options.k ?? COPY_DEFAULTS.k;
  const w = options.w ?? COPY_DEFAULTS.w;
  const clean = doc.clean;
  // Heading ranges in clean text.
  const masks: Array<[number, number]> = [];
  for (const h of doc.headings) {
    if (h.kind === 'line') {
      const p = doc.paragraphs[h.paragraph];
      masks.push(p ? [p.cs, p.ce] : [h.cs, h.ce]);
    } else masks.push([h.cs, h.ce]);
  }
  masks.sort((a, b) => a[0] - b[0]);
  const n = clean.length;
  const chars = new Uint16Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let len = 0;
  let mi = 0;
  let lastBreak = true;
  for (let i = 0; i < n; i++) {
    while (mi < masks.length && masks[mi][1] <= i) mi++;
    const masked = mi < masks.length && masks[mi][0] <= i;
    if (masked) {
      if (!lastBreak) {
        chars[len] = 0;
        start[len] = doc.map.start(i);
        end[len] = start[len];
        len++;
        lastBreak = true;
      }
      continue;
    }
    const c = foldChar(clean.charCodeAt(i));
    if (!c) continue;
    chars[len] = c;
    start[len] = doc.map.start(i);
    end[len] = doc.map.end(i + 1);
    len++;
    lastBreak = false;
  }
  const out = { chars: chars.slice(0, len), start: start.slice(0, len), end: end.slice(0, len) };
  // Boilerplate: longest phrases first, matched on counted characters.
  const phrases = [...new Set([...BOILERPLATE, ...(options.boilerplate ?? [])].map(countedText).filter((p) => p.length >= 2))].sort((a, b) => b.length - a.length);
  if (phrases.length && len) {
    let str = '';
    for (let i = 0; i < len; i += 4096) str += String.fromCharCode(...out.chars.subarray(i, Math.min(len, i + 4096)));
    for (const p of phrases) {
      for (let at = str.indexOf(p); at >= 0; at = str.indexOf(p, at + p.length)) out.chars.fill(0, at, at + p.length);
    }
  }
  let counted = 0;
  for (let i = 0; i < len; i++) if (out.chars[i]) counted++;
  const { hashes, at } = winnow(out.chars, k, w);
  return { ...out, counted, hashes, at };
}

/** Winnowed fingerprints of `chars` (0 = break): hash of each k-gram, robust winnowing over windows of `w` k-grams per run. */
export function winnow(chars: Uint16Array, k: number, w: number): { hashes: Uint32Array; at: Uint32Array } {
  const n = chars.length;
  const B = 0x01000193;
  let Bk = 1; // B^(k-1) mod 2^32
  for (let i = 0; i < k - 1; i++) Bk = Math.imul(Bk, B);
  const hs: number[] = [];
  const ps: number[] = [];
  // Per run of non-zero characters: rolling hash, then a monotonic deque of the window minimum.
  const gh = new Uint32Array(Math.max(0, n));
  let i = 0;
  while (i < n) {
    while (i < n && chars[i] === 0) i++;
    const r0 = i;
    while (i < n && chars[i] !== 0) i++;
    const r1 = i;
    const grams = r1 - r0 - k + 1;
    if (grams <= 0) continue;
    let h = 0;
    for (let j = r0; j < r0 + k; j++) h = (Math.imul(h, B) + chars[j]) | 0;
    gh[0] = fmix32(h);
    for (let g = 1; g < grams; g++) {
      h = (Math.imul(h - Math.imul(chars[r0 + g - 1], Bk), B) + chars[r0 + g + k - 1]) | 0;
      gh[g] = fmix32(h);
    }
    // Robust winnowing: the rightmost minimum of each window; record when it changes.
    const dq = new Int32Array(grams);
    let head = 0;
    let tail = 0;
    let last = -1;
    const win = Math.min(w, grams);
    for (let g = 0; g < grams; g++) {
      while (tail > head && gh[dq[tail - 1]] >= gh[g]) tail--;
      dq[tail++] = g;
      if (dq[head] <= g - win) head++;
      if (g >= win - 1 && dq[head] !== last) {
        last = dq[head];
        hs.push(gh[last]);
        ps.push(r0 + last);
      }
    }
  }
  return { hashes: Uint32Array.from(hs), at: Uint32Array.from(ps) };
}

/** A document of the batch: its fingerprints, and whether it is a template (`--against`) rather than a submission. */
export interface CopyDoc {
  shingled: Shingled;
  template?: boolean;
}

/** A passage shared by documents `a` and `b`: position ranges [start, end) in each, and counted characters in each. */
export interface Passage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  aChars: number;
  bChars: number;
}

/** Everything documents `a` < `b` share: passages, and the share of each one's counted characters they cover (0–1). */
export interface PairCopies {
  a: number;
  b: number;
  passages: Passage[];
  aChars: number;
  bChars: number;
  aShare: number;
  bShare: number;
}

/** What {@link findCopies} returns: pairs sorted by `a`, then `b`; `common`: fingerprints ignored as common wording. */
export interface CopyResult {
  pairs: PairCopies[];
  common: number;
}

function prefixCounts(chars: Uint16Array): Int32Array {
  const p = new Int32Array(chars.length + 1);
  for (let i = 0; i < chars.length; i++) p[i + 1] = p[i] + (chars[i] ? 1 : 0);
  return p;
}

/** Sorts the triples (h, d, p) by h: LSD radix sort on two 16-bit digits. */
function radixSort(h: Uint32Array, d: Uint32Array, p: Uint32Array): void {
  const n = h.length;
  let h2: Uint32Array = new Uint32Array(n);
  let d2: Uint32Array = new Uint32Array(n);
  let p2: Uint32Array = new Uint32Array(n);
  let hs: Uint32Array = h;
  let ds: Uint32Array = d;
  let ps: Uint32Array = p;
  for (const shift of [0, 16]) {
    const count = new Uint32Array(65537);
    for (let i = 0; i < n; i++) count[((hs[i] >>> shift) & 0xffff) + 1]++;
    for (let i = 1; i <= 65536; i++) count[i] += count[i - 1];
    for (let i = 0; i < n; i++) {
      const j = count[(hs[i] >>> shift) & 0xffff]++;
      h2[j] = hs[i];
      d2[j] = ds[i];
      p2[j] = ps[i];
    }
    [hs, h2] = [h2, hs];
    [ds, d2] = [d2, ds];
    [ps, p2] = [p2, ps];
  }
  // After two passes the sorted data is back in the original arrays.
}

/**
 * Finds the passages every pair of documents shares (submission–submission
 * and submission–template; template–template pairs are skipped). A passage
 * is kept when it covers at least `minChars` counted characters on both
 * sides. Deterministic: the same documents in the same order give the same
 * result.
 * @param docs the batch, in a stable order (indices are used in the result)
 */
export function findCopies(docs: readonly CopyDoc[], options: Partial<CopyOptions> = {}): CopyResult {
  const o: CopyOptions = { ...COPY_DEFAULTS, ...options };
  let total = 0;
  for (const d of docs) total += d.shingled.hashes.length;
  const H = new Uint32Array(total);
  const D = new Uint32Array(total);
  const P = new Uint32Array(total);
  let t = 0;
  docs.forEach((doc, di) => {
    const s = doc.shingled;
    H.set(s.hashes, t);
    D.fill(di, t, t + s.hashes.length);
    P.set(s.at, t);
    t += s.hashes.length;
  });
  radixSort(H, D, P);
  const submissions = docs.filter((d) => !d.template).length;
  const commonLimit = Math.max(o.commonMin, Math.ceil(o.commonShare * submissions));
  // Anchors per pair of documents: key a * 2^21 + b → flat [posA, posB, …].
  const anchors = new Map<number, number[]>();
  let common = 0;
  // Positions of common fingerprints per document: a run holding one is common wording as a whole
  // (winnowing may pick a common run's edge shingles in only some documents).
  const commonAt = new Map<number, number[]>();
  const seenDocs = new Set<number>();
  // Entries of the current cluster that take part in pairing.
  let kept = new Uint32Array(64);
  for (let i = 0; i < total; ) {
    let j = i + 1;
    while (j < total && H[j] === H[i]) j++;
    if (j - i > 1) {
      seenDocs.clear();
      let templates = 0;
      for (let x = i; x < j; x++) {
        if (!seenDocs.has(D[x])) {
          seenDocs.add(D[x]);
          if (docs[D[x]].template) templates++;
        }
      }
      const subs = seenDocs.size - templates;
      if (seenDocs.size < 2 || (templates === 0 && subs < 2)) {
        // one document repeating itself
      } else if (seenDocs.size > o.maxCluster || (templates === 0 && subs > commonLimit)) {
        common++;
        for (let x = i; x < j; x++) {
          let list = commonAt.get(D[x]);
          if (!list) commonAt.set(D[x], (list = []));
          list.push(P[x]);
        }
      } else {
        if (kept.length < j - i) kept = new Uint32Array(2 * (j - i));
        // Entries of one document are contiguous (the sort is stable): leave out documents repeating the fingerprint.
        let m = 0;
        for (let x = i, r = i; x < j; x = r) {
          while (r < j && D[r] === D[x]) r++;
          if (r - x <= o.maxRepeat) for (let e = x; e < r; e++) kept[m++] = e;
        }
        for (let u = 0; u < m; u++) {
          const x = kept[u];
          for (let v = u + 1; v < m; v++) {
            const y = kept[v];
            let a = D[x];
            let b = D[y];
            if (a === b || (docs[a].template && docs[b].template)) continue;
            let pa = P[x];
            let pb = P[y];
            if (a > b) {
              [a, b] = [b, a];
              [pa, pb] = [pb, pa];
            }
            const key = a * 2097152 + b;
            let list = anchors.get(key);
            if (!list) anchors.set(key, (list = []));
            list.push(pa, pb);
          }
        }
      }
    }
    i = j;
  }
  const prefix = new Map<number, Int32Array>();
  const prefixOf = (di: number) => {
    let p = prefix.get(di);
    if (!p) prefix.set(di, (p = prefixCounts(docs[di].shingled.chars)));
    return p;
  };
  const commonSorted = new Map<number, Int32Array>();
  for (const [di, list] of commonAt) commonSorted.set(di, Int32Array.from(list).sort());
  const pairs: PairCopies[] = [];
  const keys = [...anchors.keys()].sort((x, y) => x - y);
  // A passage of minChars counted characters holds two disjoint windows of w shingles when
  // minChars ≥ 2w + k − 1, so both documents fingerprint it at least twice: a pair of documents
  // sharing a single fingerprint (a stock phrase) shares no passage.
  const minAnchors = o.minChars >= 2 * o.w + o.k - 1 ? 2 : 1;
  for (const key of keys) {
    const list = anchors.get(key)!;
    if (list.length < 2 * minAnchors) continue;
    const a = Math.floor(key / 2097152);
    const b = key - a * 2097152;
    const passages = alignPair(docs[a].shingled, docs[b].shingled, list, prefixOf(a), prefixOf(b), o, commonSorted.get(a), commonSorted.get(b));
    if (!passages.length) continue;
    const aChars = unionCount(passages.map((p) => [p.aStart, p.aEnd]), prefixOf(a));
    const bChars = unionCount(passages.map((p) => [p.bStart, p.bEnd]), prefixOf(b));
    pairs.push({
      a,
      b,
      passages,
      aChars,
      bChars,
      aShare: docs[a].shingled.counted ? aChars / docs[a].shingled.counted : 0,
      bShare: docs[b].shingled.counted ? bChars / docs[b].shingled.counted : 0,
    });
  }
  return { pairs, common };
}

/** Counted characters in the union of position ranges. */
function unionCount(ranges: Array<[number, number] | number[]>, prefix: Int32Array): number {
  const r = [...ranges].sort((x, y) => x[0] - y[0]);
  let n = 0;
  let cs = -1;
  let ce = -1;
  for (const [s, e] of r) {
    if (s > ce) {
      if (ce > cs) n += prefix[ce] - prefix[cs];
      cs = s;
      ce = e;
    } else if (e > ce) ce = e;
  }
  if (ce > cs) n += prefix[ce] - prefix[cs];
  return n;
}

interface Run {
  aS: number;
  aE: number;
  bS: number;
  bE: number;
}

/** Exact runs seeded by the anchors, extended both ways, chained across small edits into passages. */
/** Whether a sorted position list holds a shingle lying inside [s, e). */
function holdsShingle(sorted: Int32Array | undefined, s: number, e: number, k: number): boolean {
  if (!sorted) return false;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] + k <= e;
}

function alignPair(A: Shingled, Bd: Shingled, list: number[], pa: Int32Array, pb: Int32Array, o: CopyOptions, commonA?: Int32Array, commonB?: Int32Array): Passage[] {
  const ca = A.chars;
  const cb = Bd.chars;
  const order: number[] = [];
  for (let i = 0; i < list.length; i += 2) order.push(i);
  order.sort((x, y) => list[x] - list[y] || list[x + 1] - list[y + 1]);
  const runs: Run[] = [];
  const diagEnd = new Map<number, number>();
  for (const i of order) {
    const a0 = list[i];
    const b0 = list[i + 1];
    const diag = b0 - a0;
    if ((diagEnd.get(diag) ?? -1) > a0) continue;
    let aS = a0;
    let bS = b0;
    while (aS > 0 && bS > 0 && ca[aS - 1] !== 0 && ca[aS - 1] === cb[bS - 1]) {
      aS--;
      bS--;
    }
    let aE = a0;
    let bE = b0;
    while (aE < ca.length && bE < cb.length && ca[aE] !== 0 && ca[aE] === cb[bE]) {
      aE++;
      bE++;
    }
    diagEnd.set(diag, aE);
    if (aE - aS < o.k) continue; // a hash collision
    if (holdsShingle(commonA, aS, aE, o.k) || holdsShingle(commonB, bS, bE, o.k)) continue; // common wording
    runs.push({ aS, aE, bS, bE });
  }
  runs.sort((x, y) => x.aS - y.aS || x.bS - y.bS);
  // Chains of runs in the same order on both sides with gaps of at most maxGap counted characters;
  // several chains stay open so a stray repeated phrase elsewhere does not cut a passage in two.
  interface Chain extends Run {
    matchedA: number;
    matchedB: number;
  }
  const out: Passage[] = [];
  let open: Chain[] = [];
  const close = (c: Chain) => {
    if (c.matchedA >= o.minChars && c.matchedB >= o.minChars) {
      out.push({ aStart: c.aS, aEnd: c.aE, bStart: c.bS, bEnd: c.bE, aChars: pa[c.aE] - pa[c.aS], bChars: pb[c.bE] - pb[c.bS] });
    }
  };
  for (const r of runs) {
    // Chains that no later run can reach any more.
    open = open.filter((c) => {
      if (r.aS > c.aE && pa[r.aS] - pa[c.aE] > o.maxGap) {
        close(c);
        return false;
      }
      return true;
    });
    let joined = false;
    for (const c of open) {
      // Counted characters between the chain and this run on each side; overlap counts as 0, going backwards rejects.
      const gapA = r.aS >= c.aE ? pa[r.aS] - pa[c.aE] : r.aS >= c.aS ? 0 : -1;
      const gapB = r.bS >= c.bE ? pb[r.bS] - pb[c.bE] : r.bS >= c.bS ? 0 : -1;
      if (gapA < 0 || gapA > o.maxGap || gapB < 0 || gapB > o.maxGap) continue;
      c.matchedA += Math.max(0, pa[r.aE] - pa[Math.max(r.aS, c.aE)]);
      c.matchedB += Math.max(0, pb[r.bE] - pb[Math.max(r.bS, c.bE)]);
      c.aE = Math.max(c.aE, r.aE);
      c.bE = Math.max(c.bE, r.bE);
      joined = true;
      break;
    }
    if (!joined) open.push({ ...r, matchedA: pa[r.aE] - pa[r.aS], matchedB: pb[r.bE] - pb[r.bS] });
  }
  for (const c of open) close(c);
  out.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
  return out;
}

/** One copied stretch of a document, with the documents it is shared with. Positions are into the document's `chars`. */
export interface CopiedStretch {
  start: number;
  end: number;
  /** Counted characters in [start, end). */
  chars: number;
  /** The other documents, longest shared passage first. */
  partners: Array<{ doc: number; start: number; end: number; chars: number }>;
}

/** Per-document view of a {@link CopyResult}: overlapping passages merged, and the share of the document they cover. */
export interface DocumentCopies {
  stretches: CopiedStretch[];
  /** Counted characters covered by any stretch. */
  chars: number;
  /** `chars` / the document's counted characters (0–1). */
  share: number;
}

/**
 * For each document: its copied stretches (passages shared with any other
 * document, overlapping ones merged) and the share of its counted text they
 * cover. Index i of the result is document i.
 */
export function documentCopies(docs: readonly CopyDoc[], result: CopyResult): DocumentCopies[] {
  const per: Array<Array<{ start: number; end: number; doc: number; pStart: number; pEnd: number; chars: number }>> = docs.map(() => []);
  for (const pair of result.pairs) {
    for (const p of pair.passages) {
      per[pair.a].push({ start: p.aStart, end: p.aEnd, doc: pair.b, pStart: p.bStart, pEnd: p.bEnd, chars: p.bChars });
      per[pair.b].push({ start: p.bStart, end: p.bEnd, doc: pair.a, pStart: p.aStart, pEnd: p.aEnd, chars: p.aChars });
    }
  }
  return per.map((list, di) => {
    const prefix = prefixCounts(docs[di].shingled.chars);
    list.sort((x, y) => x.start - y.start || x.doc - y.doc);
    const stretches: CopiedStretch[] = [];
    for (const x of list) {
      const last = stretches[stretches.length - 1];
      const partner = { doc: x.doc, start: x.pStart, end: x.pEnd, chars: x.chars };
      if (last && x.start < last.end) {
        last.end = Math.max(last.end, x.end);
        last.partners.push(partner);
      } else stretches.push({ start: x.start, end: x.end, chars: 0, partners: [partner] });
    }
    let chars = 0;
    for (const s of stretches) {
      s.chars = prefix[s.end] - prefix[s.start];
      chars += s.chars;
      s.partners.sort((x, y) => y.chars - x.chars || x.doc - y.doc);
    }
    const counted = docs[di].shingled.counted;
    return { stretches, chars, share: counted ? chars / counted : 0 };
  });
}

/**
 * Aho–Corasick automaton over UTF-16 code units.
 *
 * Built once from all patterns; a scan is one pass over the text whatever the
 * number of patterns. The root has a direct 64 K transition table (most
 * characters of a text start no pattern and cost one array read); other
 * states keep their few edges in flat sorted arrays.
 */
export class Automaton {
  /** Pattern strings, by pattern index. */
  readonly patterns: readonly string[];
  private readonly root: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeCount: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Pattern ending at a state, or -1. */
  private readonly out: Int32Array;
  /** Next state on the failure chain that has an output, or 0. */
  private readonly dict: Int32Array;

  /**
   * @param patterns non-empty strings; duplicates are allowed (each keeps its index,
   *   and a match reports every index with that text).
   */
  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    // Build the trie with Maps, then flatten.
    const children: Array<Map<number, number>> = [new Map()];
    const outs: number[][] = [[]];
    for (let p = 0; p < patterns.length; p++) {
      const s = patterns[p];
      if (!s) continue;
      let node = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        let next = children[node].get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          outs.push([]);
          children[node].set(c, next);
        }
        node = next;
      }
      outs[node].push(p);
    }
    const n = children.length;
    // Duplicate patterns: chain extra indices through virtual "same" lists.
    this.same = new Map();
    const out = new Int32Array(n).fill(-1);
    for (let s = 0; s < n; s++) {
      if (outs[s].length) {
        out[s] = outs[s][0];
        if (outs[s].length > 1) this.same.set(outs[s][0], outs[s].slice(1));
      }
    }
    const edgeStart = new Int32Array(n);
    const edgeCount = new Int32Array(n);
    let total = 0;
    for (let s = 0; s < n; s++) total += children[s].size;
    const edgeChar = new Uint16Array(total);
    const edgeTarget = new Int32Array(total);
    let k = 0;
    for (let s = 0; s < n; s++) {
      edgeStart[s] = k;
      const entries = [...children[s]].sort((a, b) => a[0] - b[0]);
      edgeCount[s] = entries.length;
      for (const [c, t] of entries) {
        edgeChar[k] = c;
        edgeTarget[k] = t;
        k++;
      }
    }
    const root = new Int32Array(65536);
    for (const [c, t] of children[0]) root[c] = t;
    // Failure and dictionary links, breadth first.
    const fail = new Int32Array(n);
    const dict = new Int32Array(n);
    const queue: number[] = [];
    for (const [, t] of children[0]) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, t] of children[s]) {
        let f = fail[s];
        let target = 0;
        for (;;) {
          const g = f === 0 ? root[c] : this.step(f, c, edgeStart, edgeCount, edgeChar, edgeTarget);
          if (g > 0 && g !== t) {
            target = g;
            break;
          }
          if (f === 0) break;
          f = fail[f];
        }
        fail[t] = target;
        dict[t] = out[target] >= 0 ? target : dict[target];
        queue.push(t);
      }
    }
    this.root = root;
    this.edgeStart = edgeStart;
    this.edgeCount = edgeCount;
    this.edgeChar = edgeChar;
    this.edgeTarget = edgeTarget;
    this.fail = fail;
    this.out = out;
    this.dict = dict;
  }

  private readonly same: Map<number, number[]>;

  private step(s: number, c: number, start: Int32Array, count: Int32Array, chars: Uint16Array, targets: Int32Array): number {
    const a = start[s];
    const b = a + count[s];
    for (let i = a; i < b; i++) {
      const ch = chars[i];
      if (ch === c) return targets[i];
      if (ch > c) return 0;
    }
    return 0;
  }

  /**
   * Scans `text[from, to)` and calls `onMatch(start, end, pattern)` for every
   * occurrence of every pattern, overlapping ones included, in order of `end`.
   * Offsets are UTF-16 offsets into `text`.
   */
  scan(text: string, onMatch: (start: number, end: number, pattern: number) => void, from = 0, to = text.length): void {
    const { root, edgeStart, edgeCount, edgeChar, edgeTarget, fail, out, dict, patterns, same } = this;
    let s = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (s === 0) {
        s = root[c];
        if (s === 0) continue;
      } else {
        for (;;) {
          let t = 0;
          const a = edgeStart[s];
          const b = a + edgeCount[s];
          for (let e = a; e < b; e++) {
            const ch = edgeChar[e];
            if (ch === c) {
              t = edgeTarget[e];
              break;
            }
            if (ch > c) break;
          }
          if (t !== 0) {
            s = t;
            break;
          }
          s = fail[s];
          if (s === 0) {
            s = root[c];
            break;
          }
        }
        if (s === 0) continue;
      }
      let o = out[s] >= 0 ? s : dict[s];
      while (o !== 0) {
        const p = out[o];
        const end = i + 1;
        onMatch(end - patterns[p].length, end, p);
        const more = same.get(p);
        if (more) for (const q of more) onMatch(end - patterns[q].length, end, q);
        o = dict[o];
      }
    }
  }
}

/** Growable typed-array columns (the hit and anchor buffer, the parser's segment map). */

/** A copy of `a` with twice the capacity and the same contents. */
export function doubled<T extends Int32Array | Uint8Array>(a: T): T {
  return grown(a, Math.max(1, a.length * 2));
}

/** A copy of `a` with capacity `cap` (at least its length) and the same contents. */
export function grown<T extends Int32Array | Uint8Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

/** The capacity to grow a column of capacity `cap` to so that it holds `need` rows: at least double. */
export function grownCapacity(cap: number, need: number): number {
  return Math.max(need, cap * 2);
}

/** Copies rows [from, to) of `src` into `dst` from row `at`, each value moved by `delta` (offsets after an edit). */
export function copyShifted(dst: Int32Array, src: Int32Array, from: number, to: number, at: number, delta: number): void {
  if (delta === 0) {
    dst.set(src.subarray(from, to), at);
    return;
  }
  for (let i = from, j = at; i < to; i++, j++) dst[j] = src[i] + delta;
}

/** Rows of clean-text ranges with one value each, in parallel Int32 columns: lexicon hits (the entry id), anchors (the kind bits). */
export interface Spans {
  /** Start of each range, UTF-16 offset. */
  start: Int32Array;
  /** End of each range, UTF-16 offset. */
  end: Int32Array;
  /** The row's value: a lexicon entry id for hits, AnchorKind bits for anchors. */
  value: Int32Array;
  length: number;
}

/** Growable {@link Spans}. */
export class SpanBuffer implements Spans {
  start: Int32Array;
  end: Int32Array;
  value: Int32Array;
  length = 0;

  /** @param capacity rows held before the columns grow (they double when full) */
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
  }

  /** Appends rows [from, to) of `src`, their offsets moved by `delta` UTF-16 units. */
  append(src: Spans, from: number, to: number, delta: number): void {
    const n = this.length;
    const need = n + to - from;
    if (need > this.start.length) {
      const cap = grownCapacity(this.start.length, need);
      this.start = grown(this.start, cap);
      this.end = grown(this.end, cap);
      this.value = grown(this.value, cap);
    }
    copyShifted(this.start, src.start, from, to, n, delta);
    copyShifted(this.end, src.end, from, to, n, delta);
    copyShifted(this.value, src.value, from, to, n, 0);
    this.length = need;
  }

  /** Appends one row: range [s, e) with value `v`. */
  push(s: number, e: number, v: number): void {
    const n = this.length;
    if (n === this.start.length) {
      this.start = doubled(this.start);
      this.end = doubled(this.end);
      this.value = doubled(this.value);
    }
    this.start[n] = s;
    this.end[n] = e;
    this.value[n] = v;
    this.length = n + 1;
  }
}

/** Growable typed-array columns (hit and anchor buffers, the parser's segment map). */

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

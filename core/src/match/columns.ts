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

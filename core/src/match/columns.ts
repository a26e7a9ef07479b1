/** Growable typed-array columns (hit and anchor buffers, the parser's segment map). */

/** A copy of `a` with twice the capacity and the same contents. */
export function doubled<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(1, a.length * 2));
  b.set(a);
  return b;
}

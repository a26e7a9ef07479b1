/** The JSON reporter. */
import type { FileResult } from '../batch/types.js';

/**
 * The JSON report: `[{ path, messages, report }]` (failed files carry
 * `error` instead of `report`). `brand/copied-passage` messages carry a
 * `copied` object (partners with their places, share of text copied).
 */
export function jsonReport(results: FileResult[]): string {
  return [...jsonChunks(results)].join('');
}

/** {@link jsonReport} in pieces (one per file), the same text as `JSON.stringify(array, null, 2)`. */
export function* jsonChunks(results: FileResult[]): Generator<string> {
  if (!results.length) {
    yield '[]';
    return;
  }
  yield '[\n';
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const item = r.error ? { path: r.path, messages: [], error: r.error } : { path: r.path, messages: r.messages, report: r.report };
    // Strings in JSON hold no raw line breaks, so indenting every line nests the item exactly as stringify would.
    yield JSON.stringify(item, null, 2).replace(/^/gm, '  ') + (i < results.length - 1 ? ',\n' : '\n');
  }
  yield ']';
}

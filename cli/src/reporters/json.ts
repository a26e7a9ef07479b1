/** The JSON reporter. */
import type { FileResult } from '../batch/types.js';

/**
 * The JSON report: `[{ path, messages, report }]` (failed files carry
 * `error` instead of `report`). `brand/copied-passage` messages carry a
 * `copied` object (partners with their places, share of text copied).
 */
export function jsonReport(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => (r.error ? { path: r.path, messages: [], error: r.error } : { path: r.path, messages: r.messages, report: r.report })),
    null,
    2,
  );
}

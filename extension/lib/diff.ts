/**
 * Keeping findings on the right words while the text changes under them:
 * a check answers for the text it was sent, and the user may have typed
 * since. The edit is found as the common prefix/suffix of the two texts;
 * findings before it keep their offsets, findings after it shift, findings
 * that touch it are dropped until the next check.
 */

/** The changed region between two texts: `old[start, oldEnd)` became `now[start, newEnd)`. */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The single edit that turns `before` into `after` (common prefix and suffix); null when equal. O(n). */
export function editBetween(before: string, after: string): Edit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: p, oldEnd: before.length - s, newEnd: after.length - s };
}

/** A range in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Maps `span` of the old text through `edit`.
 * @returns the span in the new text, or null when the span overlaps the edit
 * (an insertion exactly at a span's edge does not overlap it)
 */
export function shiftSpan(span: Span, edit: Edit | null): Span | null {
  if (!edit) return span;
  if (span.end <= edit.start) return span;
  if (span.start >= edit.oldEnd) {
    const d = edit.newEnd - edit.oldEnd;
    return { start: span.start + d, end: span.end + d };
  }
  return null;
}

/** The key that identifies a finding across edits for 忽略一次: rule, words, and a little context before them. */
export function ignoreKey(ruleId: string, text: string, start: number, end: number): string {
  return `${ruleId}|${text.slice(Math.max(0, start - 6), start)}|${text.slice(start, end)}`;
}

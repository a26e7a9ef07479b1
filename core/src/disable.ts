/**
 * Inline disable comments, in any format (they are HTML comments, invisible
 * in Markdown and HTML and removed from plain text before checking):
 *
 *     <!-- redline-disable formalism/empty-slogan -->   … <!-- redline-enable -->
 *     <!-- redline-disable -->                          (all rules)
 *     <!-- redline-disable-next-line measure/* -->      (the next line only)
 *
 * Rule lists are separated by spaces or commas; `family/*` names a family.
 */
import type { SourceComment } from './parse/source.js';

interface Range {
  start: number;
  end: number;
  rules: string[] | null;
}

const DIRECTIVE_RE = /^redline-(disable-next-line|disable|enable)\b\s*(.*)$/;

/** A predicate telling whether a message of `ruleId` starting at source offset `offset` is disabled. */
export function disabledBy(comments: readonly SourceComment[], source: string): (ruleId: string, offset: number) => boolean {
  const ranges: Range[] = [];
  const open = new Map<string, number>(); // rule (or '*') → start offset
  for (const c of comments) {
    const m = DIRECTIVE_RE.exec(c.body);
    if (!m) continue;
    const rules = m[2].split(/[\s,，]+/).filter(Boolean);
    if (m[1] === 'disable-next-line') {
      const nl = source.indexOf('\n', c.end);
      const start = nl < 0 ? source.length : nl + 1;
      const end2 = source.indexOf('\n', start);
      ranges.push({ start, end: end2 < 0 ? source.length : end2, rules: rules.length ? rules : null });
    } else if (m[1] === 'disable') {
      for (const r of rules.length ? rules : ['*']) if (!open.has(r)) open.set(r, c.end);
    } else {
      const keys = rules.length ? rules : [...open.keys()];
      for (const r of keys) {
        const s = open.get(r);
        if (s === undefined) continue;
        ranges.push({ start: s, end: c.start, rules: r === '*' ? null : [r] });
        open.delete(r);
      }
    }
  }
  for (const [r, s] of open) ranges.push({ start: s, end: source.length, rules: r === '*' ? null : [r] });
  if (!ranges.length) return () => false;
  const matches = (pattern: string, id: string) => pattern === id || (pattern.endsWith('/*') && id.startsWith(pattern.slice(0, -1))) || pattern === '*';
  return (ruleId, offset) => ranges.some((r) => offset >= r.start && offset <= r.end && (!r.rules || r.rules.some((p) => matches(p, ruleId))));
}

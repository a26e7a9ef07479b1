/**
 * Fill-in templates: core `expected` strings mark placeholders as 【…】
 * (e.g. `由【责任部门/责任人】负责，…`). In an editor each becomes a snippet tab
 * stop `${n:…}`; several insertions into the same sentence can be merged
 * into one template with numbered stops.
 */

const PLACEHOLDER = /【([^【】]*)】/g;

/** Whether a replacement contains 【…】 placeholders. */
export function hasPlaceholders(s: string): boolean {
  return /【[^【】]*】/.test(s);
}

/** Escapes text for LSP/TextMate snippet syntax (outside placeholders): `\`, `$` and `}`. */
export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

/**
 * Turns each 【…】 into a tab stop `${n:…}`, numbered from `first` in order of
 * appearance; the rest of the text is escaped. Returns the snippet and the
 * next free tab-stop number.
 */
export function toSnippet(s: string, first = 1): { snippet: string; next: number } {
  let n = first;
  let out = '';
  let last = 0;
  for (const m of s.matchAll(PLACEHOLDER)) {
    out += escapeSnippet(s.slice(last, m.index));
    out += `\${${n++}:${escapeSnippet(m[1])}}`;
    last = m.index! + m[0].length;
  }
  out += escapeSnippet(s.slice(last));
  return { snippet: out, next: n };
}

/** The plain text a snippet inserts when tab stops keep their defaults (used by tests and by clients without snippets). */
export function snippetDefaultText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      const colon = snippet.indexOf(':', i);
      let depth = 1;
      let j = colon + 1;
      let inner = '';
      for (; j < snippet.length && depth > 0; j++) {
        if (snippet[j] === '\\') {
          inner += snippet[++j];
          continue;
        }
        if (snippet[j] === '}') {
          depth--;
          if (depth === 0) break;
        }
        inner += snippet[j];
      }
      out += inner;
      i = j;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** The edit that turns `actual` into `expected`, as the smallest differing middle: `expected = prefix + insert + suffix` with `actual = prefix + removed + suffix`. */
export function diffEdit(actual: string, expected: string): { at: number; removed: string; insert: string } {
  let p = 0;
  const max = Math.min(actual.length, expected.length);
  while (p < max && actual.charCodeAt(p) === expected.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && actual.charCodeAt(actual.length - 1 - s) === expected.charCodeAt(expected.length - 1 - s)) s++;
  const ins = expected.slice(p, expected.length - s);
  return { at: p, removed: actual.slice(p, actual.length - s), insert: ins };
}

/**
 * Merges several single-insertion templates of the same `actual` text into
 * one text (insertions applied in order of position, ties in the given
 * order). Returns undefined when any template is not a pure insertion.
 */
export function mergeInsertions(actual: string, templates: readonly string[]): string | undefined {
  const edits = templates.map((t, i) => ({ ...diffEdit(actual, t), i }));
  if (edits.some((e) => e.removed !== '' || e.insert === '')) return undefined;
  edits.sort((a, b) => a.at - b.at || a.i - b.i);
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += actual.slice(last, e.at) + e.insert;
    last = e.at;
  }
  return out + actual.slice(last);
}

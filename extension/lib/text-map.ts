/**
 * DOM → plain text with a map back to the DOM.
 *
 * Web editors keep a draft as a DOM tree (contenteditable elements and
 * designMode/iframe bodies): Chinese text split across many text nodes
 * (`<span>`, `<strong>`, autosave markers), `<br>` line breaks and nested
 * blocks. Redline's core checks plain text and reports UTF-16 offsets into
 * it; this module builds that text the way the browser renders it (block
 * elements and `<br>` as newlines, collapsible white space collapsed,
 * zero-width fillers dropped) and keeps a map from every text offset to a
 * (Text node, offset) pair and back.
 */

/** A run of text characters that come from one Text node, contiguously. */
export interface Segment {
  /** Offset of the run in {@link TextMap.text} (UTF-16 code units). */
  start: number;
  /** Length of the run (UTF-16 code units); equal in the text and in the node. */
  length: number;
  /** The DOM text node. */
  node: Text;
  /** Offset of the run's first character in `node.data`. */
  nodeStart: number;
}

/** The plain text of a DOM subtree and the map back to it. */
export interface TextMap {
  /** The text as the core sees it: blocks separated by `\n`. */
  text: string;
  /** Runs in document order; characters not covered (synthetic newlines, collapsed spaces) map to no node. */
  segments: Segment[];
  /** The subtree's root. */
  root: Node;
}

/** A DOM point: a node and an offset in it (characters for Text, children for elements). */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** Options of {@link buildTextMap}. */
export interface TextMapOptions {
  /**
   * Read computed styles (`display`, `white-space`) where the DOM has layout.
   * Default false: tag names decide which elements are blocks, `<pre>`
   * keeps white space, everything else collapses it.
   */
  styles?: boolean;
}

/** Elements rendered as blocks: a boundary between blocks is one `\n`. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);

/** Elements whose content is never prose of the draft. */
const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'IMG', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Zero-width characters editors insert as fillers (CKEditor's U+2060, ZWSP, BOM): not part of the draft. */
const FILLER = /[\u200b\u2060\ufeff]/;

const ELEMENT = 1;
const TEXT = 3;

function isSkipped(el: Element, styles: boolean): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-redline-ignore')) return true;
  if (styles) {
    const view = el.ownerDocument.defaultView;
    const cs = view?.getComputedStyle(el);
    if (cs && cs.display === 'none') return true;
  }
  return false;
}

function isBlock(el: Element, styles: boolean): boolean {
  if (styles) {
    const cs = el.ownerDocument.defaultView?.getComputedStyle(el);
    if (cs && cs.display) {
      return !(cs.display === 'inline' || cs.display === 'contents' || cs.display.startsWith('inline-') || cs.display === 'none');
    }
  }
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function keepsSpace(el: Element | null, styles: boolean): boolean {
  if (!el) return false;
  if (styles) {
    const ws = el.ownerDocument.defaultView?.getComputedStyle(el).whiteSpace ?? '';
    if (ws) return ws.startsWith('pre') || ws === 'break-spaces';
  }
  return el.closest('pre') !== null;
}

/**
 * Builds the plain text of `root`'s subtree with its map to the DOM.
 *
 * - Block elements start and end a line; several block boundaries in a row
 *   give one `\n` (no leading or trailing newlines).
 * - `<br>` gives `\n`, except the last `<br>` of a block, which browsers do
 *   not render as an extra line (`<p>甲<br></p>` is one line; `<p><br></p>`
 *   between paragraphs is a blank line).
 * - White space collapses as in `white-space: normal` (runs become one space,
 *   none at a line start), except in `<pre>` or, with `styles`, elements
 *   whose computed `white-space` keeps it.
 * - Zero-width fillers (U+200B, U+2060, U+FEFF), scripts, styles, form
 *   controls, images and elements with `hidden` or `data-redline-ignore`
 *   give nothing.
 *
 * Cost: one walk of the subtree, O(nodes + characters).
 */
export function buildTextMap(root: Node, options: TextMapOptions = {}): TextMap {
  const styles = options.styles ?? false;
  const out: string[] = [];
  let len = 0;
  let last = ''; // last emitted character
  const segments: Segment[] = [];
  let pending = 0; // newlines owed before the next character
  let brs = 0; // <br>s seen since the last character or block boundary
  const spaceCache = new Map<Element, boolean>();

  let lineHasContent = false; // a character was emitted since the last block boundary
  const boundary = () => {
    // A block boundary owes at least one newline. <br>s before it add lines, except a
    // block's trailing <br> after text, which browsers do not render as an extra line.
    const extra = brs > 0 ? (lineHasContent ? brs - 1 : brs) : 0;
    pending = Math.max(pending, 1) + extra;
    brs = 0;
    lineHasContent = false;
  };
  /** Emits `ch` for `node.data[i]`, after any owed newlines. */
  const accept = (node: Text, i: number, ch: string) => {
    if (pending > 0 || brs > 0) {
      const n = pending + brs;
      if (len > 0) {
        out.push('\n'.repeat(n));
        len += n;
      }
      pending = 0;
      brs = 0;
    }
    const prev = segments[segments.length - 1];
    if (prev && prev.node === node && prev.nodeStart + prev.length === i && prev.start + prev.length === len) prev.length++;
    else segments.push({ start: len, length: 1, node, nodeStart: i });
    out.push(ch);
    len++;
    last = ch;
    lineHasContent = true;
  };

  const text = (node: Text) => {
    const data = node.data;
    if (!data) return;
    const parent = node.parentElement;
    let pre = false;
    if (parent) {
      let p = spaceCache.get(parent);
      if (p === undefined) spaceCache.set(parent, (p = keepsSpace(parent, styles)));
      pre = p;
    }
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (FILLER.test(ch)) continue;
      if (!pre && (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f')) {
        // Collapsible white space: one space, none at a line start or after a space.
        if (len === 0 || pending > 0 || brs > 0 || last === ' ' || last === '\n') continue;
        accept(node, i, ' ');
        continue;
      }
      accept(node, i, ch);
    }
  };

  // Iterative walk: enter/leave events so block boundaries are seen on both sides.
  type Frame = { node: Node; leave: boolean };
  const stack: Frame[] = [{ node: root, leave: false }];
  while (stack.length) {
    const { node, leave } = stack.pop()!;
    if (node.nodeType === TEXT) {
      text(node as Text);
      continue;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node.nodeType === ELEMENT ? (node as Element) : null;
    if (leave) {
      if (el && isBlock(el, styles)) boundary();
      continue;
    }
    if (el && node !== root && isSkipped(el, styles)) continue;
    if (el && el.tagName.toUpperCase() === 'BR') {
      brs++;
      continue;
    }
    const block = el ? isBlock(el, styles) : false;
    if (block && node !== root) boundary();
    stack.push({ node, leave: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], leave: false });
  }
  // Inline <br>s at the very end are not lines of text; trailing newlines are dropped.
  return { text: out.join(''), segments, root };
}

/** Index of the last segment whose start is ≤ `offset` (`strict`: < `offset`), or -1. */
function segmentAt(map: TextMap, offset: number, strict = false): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? segs[mid].start < offset : segs[mid].start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * The DOM point of text offset `offset` (0 ≤ offset ≤ text.length).
 * An offset between runs (at a synthetic newline, a collapsed space or an
 * element boundary) goes to the end of the run before it (`backward`, for
 * range ends) or the start of the run after it (`forward`, for range starts).
 * @returns null when the text is empty or the offset is out of range
 */
export function locate(map: TextMap, offset: number, affinity: 'forward' | 'backward' = 'forward'): DomPoint | null {
  const segs = map.segments;
  if (!segs.length || offset < 0 || offset > map.text.length) return null;
  if (affinity === 'backward') {
    const j = segmentAt(map, offset, true);
    if (j < 0) return { node: segs[0].node, offset: segs[0].nodeStart };
    const s = segs[j];
    return { node: s.node, offset: s.nodeStart + Math.min(offset - s.start, s.length) };
  }
  const i = segmentAt(map, offset);
  if (i >= 0 && offset < segs[i].start + segs[i].length) return { node: segs[i].node, offset: segs[i].nodeStart + (offset - segs[i].start) };
  if (i + 1 < segs.length) return { node: segs[i + 1].node, offset: segs[i + 1].nodeStart };
  const s = segs[segs.length - 1];
  return { node: s.node, offset: s.nodeStart + s.length };
}

/**
 * A live DOM Range over text offsets [start, end) (UTF-16 code units).
 * Browsers keep a live Range attached while the editor changes the text.
 * @returns null when either end cannot be located
 */
export function toRange(map: TextMap, start: number, end: number): Range | null {
  const a = locate(map, start, 'forward');
  const b = locate(map, Math.max(start, end), end > start ? 'backward' : 'forward');
  if (!a || !b) return null;
  const doc = a.node.ownerDocument!;
  const r = doc.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}

/**
 * The text offset of a DOM point (e.g. the caret): offsets inside a mapped
 * run are exact; a point elsewhere maps to the start of the next run (or the
 * text's end). Uses boundary-point comparison, O(log segments).
 */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const segs = map.segments;
  if (!segs.length) return 0;
  if (node.nodeType === TEXT) {
    // Fast path: a run of this very node.
    for (let k = 0; k < segs.length; k++) {
      const s = segs[k];
      if (s.node === node && offset >= s.nodeStart && offset <= s.nodeStart + s.length) return s.start + (offset - s.nodeStart);
    }
  }
  const doc = node.ownerDocument ?? (node as Document);
  const probe = doc.createRange();
  probe.setStart(node, offset);
  probe.collapse(true);
  // First run whose start point is at or after the point.
  let lo = 0;
  let hi = segs.length - 1;
  let ans = segs.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    // comparePoint: -1 when (node, offset) is before the probe.
    const cmp = probe.comparePoint(s.node, s.nodeStart);
    if (cmp >= 0) {
      ans = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (ans > 0) {
    const p = segs[ans - 1];
    if (probe.comparePoint(p.node, p.nodeStart + p.length) >= 0) return p.start + p.length;
  }
  return ans < segs.length ? segs[ans].start : map.text.length;
}

/**
 * Editor adapters: one interface over a `<textarea>`/`<input>` (value and
 * selection offsets) and a contenteditable or designMode body (DOM text
 * nodes, through {@link buildTextMap}). Offsets are UTF-16 code units of the
 * adapter's text. Fixes go through the editor's own input path
 * (`execCommand('insertText')`, which fires `beforeinput`/`input` and joins
 * the native undo stack) so editor models, Ctrl+Z and autosave see them.
 */
import { buildTextMap, offsetOf, toRange, type TextMap } from './text-map';
import type { EditorKind } from './discover';

/** What the controller needs from an editor. */
export interface Adapter {
  readonly kind: EditorKind;
  /** The element that receives input: the textarea/input, the editing host, or the designMode body. */
  readonly el: HTMLElement;
  readonly doc: Document;
  /** The current text (cached until the editor changes). */
  text(): string;
  /** Marks cached text stale (call on input/mutation). */
  invalidate(): void;
  /** A live DOM Range for rich editors (null for form fields). */
  range(start: number, end: number): Range | null;
  /** Client rects (in this document's viewport) of the text range, clipped to the editor's visible box. */
  rects(start: number, end: number): DOMRect[];
  /** The caret's text offset when the selection is in this editor, else null. */
  caret(): number | null;
  /** Replaces [start, end) with `insert` through the editor's input path. Resolves true when the text shows it. */
  apply(start: number, end: number, insert: string): Promise<boolean>;
  /** Focuses the editor, selects [start, end) and scrolls it into view. */
  reveal(start: number, end: number): void;
  /** Removes anything the adapter added (mirror elements). */
  dispose(): void;
}

const nextFrame = (win: Window) => new Promise<void>((r) => win.requestAnimationFrame(() => r()));

function intersect(r: DOMRect, box: DOMRect): boolean {
  return r.bottom > box.top - 1 && r.top < box.bottom + 1 && r.right > box.left - 1 && r.left < box.right + 1;
}

/** The first 【…】 placeholder in `s`, as [start, end) offsets, or null. */
export function firstPlaceholder(s: string): [number, number] | null {
  const a = s.indexOf('【');
  if (a < 0) return null;
  const b = s.indexOf('】', a);
  return b < 0 ? null : [a, b + 1];
}

/** `<textarea>` and `<input type=text>`: text is the value; geometry comes from a hidden mirror. */
export class FieldAdapter implements Adapter {
  readonly kind: EditorKind;
  readonly el: HTMLTextAreaElement | HTMLInputElement;
  readonly doc: Document;
  private mirror: HTMLDivElement | null = null;
  private mirrorText: Text | null = null;
  private mirrorFor = '';

  /** @param layer a container (in a shadow root) where the hidden mirror may live */
  constructor(el: HTMLTextAreaElement | HTMLInputElement, private readonly layer: () => HTMLElement) {
    this.el = el;
    this.doc = el.ownerDocument;
    this.kind = el.tagName === 'TEXTAREA' ? 'textarea' : 'input';
  }

  text(): string {
    return this.el.value;
  }

  invalidate(): void {
    /* value is always current */
  }

  range(): Range | null {
    return null;
  }

  /** Lays the mirror exactly over the field: same box, font, padding, wrapping and scroll. */
  private syncMirror(): { box: DOMRect; text: Text } {
    const el = this.el;
    const win = this.doc.defaultView!;
    if (!this.mirror || !this.mirror.isConnected) {
      this.mirror = this.doc.createElement('div');
      this.mirror.setAttribute('aria-hidden', 'true');
      this.mirrorText = this.doc.createTextNode('');
      this.mirror.append(this.mirrorText);
      this.layer().append(this.mirror);
      this.mirrorFor = '';
    }
    const cs = win.getComputedStyle(el);
    const m = this.mirror.style;
    const r = el.getBoundingClientRect();
    const props = [
      'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing',
      'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'direction', 'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom',
      'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'overflowWrap', 'wordBreak', 'lineBreak',
    ] as const;
    for (const p of props) (m as unknown as Record<string, string>)[p] = (cs as unknown as Record<string, string>)[p];
    m.position = 'fixed';
    m.left = `${r.left}px`;
    m.top = `${r.top}px`;
    m.width = `${r.width}px`;
    m.height = `${r.height}px`;
    m.margin = '0';
    m.borderStyle = 'solid';
    m.borderColor = 'transparent';
    m.visibility = 'hidden';
    m.pointerEvents = 'none';
    const area = this.kind === 'textarea';
    m.whiteSpace = area ? 'pre-wrap' : 'pre';
    m.overflowX = 'hidden';
    m.overflowY = area && el.scrollHeight > el.clientHeight ? 'scroll' : 'hidden';
    const value = el.value + (area && el.value.endsWith('\n') ? ' ' : '');
    if (this.mirrorFor !== value) {
      this.mirrorText!.data = value;
      this.mirrorFor = value;
    }
    this.mirror.scrollTop = el.scrollTop;
    this.mirror.scrollLeft = el.scrollLeft;
    // The visible text box: the field's client area.
    const box = new DOMRect(r.left + el.clientLeft, r.top + el.clientTop, el.clientWidth, el.clientHeight);
    return { box, text: this.mirrorText! };
  }

  rects(start: number, end: number): DOMRect[] {
    const { box, text } = this.syncMirror();
    const n = text.data.length;
    const r = this.doc.createRange();
    r.setStart(text, Math.min(start, n));
    r.setEnd(text, Math.min(Math.max(start, end), n));
    return [...r.getClientRects()].filter((x) => x.width > 0 && intersect(x, box));
  }

  caret(): number | null {
    if (this.doc.activeElement !== this.el) return null;
    return this.el.selectionStart;
  }

  async apply(start: number, end: number, insert: string): Promise<boolean> {
    const el = this.el;
    if (el.value.length < end) return false;
    el.focus();
    el.setSelectionRange(start, end);
    // insertText joins the field's native undo stack and fires beforeinput/input like typing.
    let ok = false;
    try {
      ok = this.doc.execCommand('insertText', false, insert);
    } catch {
      ok = false;
    }
    if (!ok || el.value.slice(start, start + insert.length) !== insert) {
      el.setRangeText(insert, start, end, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: insert }));
    }
    const ph = firstPlaceholder(insert);
    if (ph) el.setSelectionRange(start + ph[0], start + ph[1]);
    return el.value.slice(start, start + insert.length) === insert;
  }

  reveal(start: number, end: number): void {
    const el = this.el;
    el.focus();
    el.setSelectionRange(start, end);
    const rects = this.rects(start, end);
    if (!rects.length && this.kind === 'textarea') {
      // Out of the visible area: scroll the field so the start line shows.
      const { text } = this.syncMirror();
      const r = this.doc.createRange();
      r.setStart(text, Math.min(start, text.data.length));
      r.collapse(true);
      const pos = r.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      el.scrollTop += pos.top - box.top - el.clientHeight / 3;
    }
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  dispose(): void {
    this.mirror?.remove();
    this.mirror = null;
  }
}

/** Contenteditable hosts and designMode bodies: text from the DOM through a {@link TextMap}. */
export class RichAdapter implements Adapter {
  readonly kind: EditorKind;
  readonly el: HTMLElement;
  readonly doc: Document;
  private map: TextMap | null = null;

  constructor(el: HTMLElement, kind: EditorKind) {
    this.el = el;
    this.kind = kind;
    this.doc = el.ownerDocument;
  }

  /** The current map (rebuilt when stale). */
  textMap(): TextMap {
    if (!this.map || !this.map.root.isConnected) this.map = buildTextMap(this.el, { styles: true });
    return this.map;
  }

  text(): string {
    return this.textMap().text;
  }

  invalidate(): void {
    this.map = null;
  }

  range(start: number, end: number): Range | null {
    return toRange(this.textMap(), start, end);
  }

  rects(start: number, end: number): DOMRect[] {
    const r = this.range(start, end);
    if (!r) return [];
    const box = this.el === this.doc.body ? new DOMRect(0, 0, this.doc.defaultView!.innerWidth, this.doc.defaultView!.innerHeight) : this.el.getBoundingClientRect();
    return [...r.getClientRects()].filter((x) => x.width > 0 && intersect(x, box));
  }

  caret(): number | null {
    const sel = this.doc.getSelection();
    if (!sel || !sel.rangeCount) return null;
    const n = sel.focusNode;
    if (!n || !this.el.contains(n)) return null;
    return offsetOf(this.textMap(), n, sel.focusOffset);
  }

  private focus(): void {
    const win = this.doc.defaultView!;
    if (this.kind === 'designmode' || this.el === this.doc.body) win.focus();
    this.el.focus({ preventScroll: true });
  }

  private select(start: number, end: number): Range | null {
    const r = this.range(start, end);
    if (!r) return null;
    const sel = this.doc.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
    return r;
  }

  async apply(start: number, end: number, insert: string): Promise<boolean> {
    this.invalidate();
    if (this.text().length < end) return false;
    this.focus();
    if (!this.select(start, end)) return false;
    // Let editors that track the DOM selection (CKEditor 5, ProseMirror, Quill) see it before the input.
    const win = this.doc.defaultView!;
    await nextFrame(win);
    this.select(start, end);
    const done = () => {
      this.invalidate();
      return this.text().slice(start, start + insert.length) === insert;
    };
    // 1. Editors that own a model and handle `beforeinput` (CKEditor 5) apply the replacement
    //    themselves, through their own undo. A spell checker's replacement looks just like this.
    const r = this.range(start, end);
    const W = win as unknown as { StaticRange: typeof StaticRange; InputEvent: typeof InputEvent };
    const targetRanges = r ? [new W.StaticRange({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset })] : [];
    const before = new W.InputEvent('beforeinput', { inputType: 'insertReplacementText', data: insert, targetRanges, bubbles: true, cancelable: true, composed: true });
    this.el.dispatchEvent(before);
    await nextFrame(win);
    if (done()) return this.after(start, insert);
    // 2. Everyone else: the browser's own editing command, which joins the native undo stack and
    //    fires `input` (ProseMirror and Quill read the DOM change into their models).
    if (before.defaultPrevented) this.select(start, end);
    let ok = false;
    try {
      ok = this.doc.execCommand('insertText', false, insert);
    } catch {
      ok = false;
    }
    if (ok && this.el.matches('.mce-content-body')) {
      // TinyMCE records an undo level for a replacement only on `input` of type insertReplacementText
      // (what Chrome's spell checker fires); execCommand reports insertText.
      this.el.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', data: insert, bubbles: true }));
    }
    await nextFrame(win);
    if (!ok || !done()) return false;
    return this.after(start, insert);
  }

  /** After a fix: select the first 【…】 placeholder for the user to fill in. */
  private after(start: number, insert: string): boolean {
    const ph = firstPlaceholder(insert);
    if (ph) this.select(start + ph[0], start + ph[1]);
    return true;
  }

  reveal(start: number, end: number): void {
    this.focus();
    const r = this.select(start, end);
    const target = r?.startContainer.nodeType === 1 ? (r.startContainer as Element) : r?.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (this.doc.defaultView && this.doc.defaultView !== this.doc.defaultView.top) {
      try {
        this.doc.defaultView.frameElement?.scrollIntoView({ block: 'nearest' });
      } catch {
        /* cross-origin parent */
      }
    }
  }

  dispose(): void {
    this.map = null;
  }
}

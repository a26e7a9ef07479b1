/**
 * Which fields Redline attaches to: `<textarea>`, wide single-line text
 * inputs, contenteditable editing hosts and `designMode` documents. Skipped:
 * fields (or ancestors) marked `spellcheck="false"` (except the roots of
 * known rich-text editors, see {@link RICH_EDITOR_ROOTS}) or `data-redline="off"`,
 * password/search/e-mail/url/number inputs, read-only or disabled fields,
 * and tiny fields.
 */

/** The kinds of editors. */
export type EditorKind = 'textarea' | 'input' | 'contenteditable' | 'designmode';

/** Narrowest single-line input that is checked (CSS px): titles, yes; name boxes, no. */
export const MIN_INPUT_WIDTH = 320;
/** Smallest contenteditable/textarea box that is checked (CSS px). */
export const MIN_BOX = { width: 120, height: 18 };

/**
 * Editing roots of rich-text editors that turn the browser's spell checker
 * off by default (TinyMCE's `browser_spellcheck: false`, Quill, CKEditor 5):
 * on these `spellcheck="false"` is the editor's default, not the page
 * author's opt-out, so only `data-redline="off"` skips them.
 */
export const RICH_EDITOR_ROOTS = '.mce-content-body, .ck-editor__editable, .ql-editor, .ProseMirror, .ke-content, body.view';

function optedOut(el: Element): boolean {
  if (el.closest('[data-redline="off"]')) return true;
  const sc = el.closest('[spellcheck]');
  if (!sc || sc.getAttribute('spellcheck')?.toLowerCase() !== 'false') return false;
  return !el.matches(RICH_EDITOR_ROOTS);
}

/** True for a field that is not rendered (display:none itself or through an ancestor), where layout exists. */
function notRendered(el: HTMLElement): boolean {
  const view = el.ownerDocument.defaultView;
  const cs = view?.getComputedStyle(el);
  if (cs && (cs.display === 'none' || cs.visibility === 'hidden')) return true;
  // offsetParent is null for display:none subtrees (and fixed elements); only trust it when the document has layout.
  const laidOut = (el.ownerDocument.documentElement?.clientWidth ?? 0) > 0;
  return laidOut && el.offsetParent === null && cs?.position !== 'fixed' && el !== el.ownerDocument.body;
}

function tooSmall(el: HTMLElement): boolean {
  // Without layout (unit tests, hidden fields) offset sizes are 0: only judge laid-out elements.
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  if (w === 0 && h === 0) return false;
  return w < MIN_BOX.width || h < MIN_BOX.height;
}

/**
 * The editor kind of `el` when Redline should check it, else null.
 * For contenteditable, `el` must be the editing host (its parent not editable).
 */
export function editorKind(el: Element): EditorKind | null {
  const h = el as HTMLElement;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') {
    const t = el as HTMLTextAreaElement;
    if (t.readOnly || t.disabled || optedOut(el) || notRendered(h) || tooSmall(h)) return null;
    return 'textarea';
  }
  if (tag === 'INPUT') {
    const i = el as HTMLInputElement;
    const type = (i.getAttribute('type') ?? 'text').toLowerCase();
    if (type !== 'text' || i.readOnly || i.disabled || optedOut(el)) return null;
    if (i.offsetWidth < MIN_INPUT_WIDTH) return null;
    return 'input';
  }
  if (tag === 'BODY' && el.ownerDocument.designMode === 'on') return optedOut(el) ? null : 'designmode';
  if (isEditingHost(el)) {
    if (optedOut(el) || notRendered(h) || tooSmall(h)) return null;
    return 'contenteditable';
  }
  return null;
}

/** True for an element that is contenteditable while its parent is not (an editing host). */
export function isEditingHost(el: Element): boolean {
  const h = el as HTMLElement;
  const attr = el.getAttribute('contenteditable');
  if (attr === null || attr.toLowerCase() === 'false') return false;
  if (h.isContentEditable === false) return false;
  const parent = el.parentElement;
  if (!parent) return true;
  const pa = parent.closest('[contenteditable]');
  return !pa || pa.getAttribute('contenteditable')?.toLowerCase() === 'false';
}

/** The editing host that contains `node`, or null. */
export function editingHostOf(node: Node | null): HTMLElement | null {
  let el: Element | null = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  let host: HTMLElement | null = null;
  while (el) {
    const attr = el.getAttribute('contenteditable');
    if (attr !== null) {
      if (attr.toLowerCase() === 'false') break;
      host = el as HTMLElement;
    }
    el = el.parentElement;
  }
  return host;
}

/** Every checkable field in `doc`, in document order. */
export function findEditors(doc: Document): Array<{ el: HTMLElement; kind: EditorKind }> {
  const out: Array<{ el: HTMLElement; kind: EditorKind }> = [];
  if (doc.designMode === 'on' && doc.body) {
    const k = editorKind(doc.body);
    if (k) out.push({ el: doc.body, kind: k });
    return out;
  }
  for (const el of doc.querySelectorAll('textarea, input, [contenteditable]')) {
    const k = editorKind(el);
    if (k) out.push({ el: el as HTMLElement, kind: k });
  }
  return out;
}

/**
 * The content script's controller for one document (one per frame): finds
 * editors (also ones created later and documents rewritten by
 * `document.open()/write()`), schedules checks off the input path, paints
 * findings, and runs the hover card and fixes.
 *
 * Input path budget: a keystroke only marks the editor dirty and (re)arms a
 * timer. Reading the text, the check (in the background), mapping and
 * painting happen later: after 350 ms of quiet, or at least every 1.5 s while
 * typing goes on, one check in flight per editor.
 */
import type { RedlineMessage, Severity } from '@redline/core';
import { browser } from 'wxt/browser';
import { FieldAdapter, RichAdapter, type Adapter } from './adapters';
import { HoverCard } from './card';
import { editBetween, ignoreKey, shiftSpan } from './diff';
import { editingHostOf, editorKind, findEditors, type EditorKind } from './discover';
import { toUi, uiPlaceFor } from './frames';
import { send } from './messaging';
import { HighlightPainter, hasHighlightApi, Layer, OverlayPainter } from './painter';
import type { CheckResponse, ContentRequest, RuleInfo } from './protocol';
import { SETTINGS_KEY, updateSettings } from './settings';

/** Quiet time before a check (ms). */
export const DEBOUNCE_MS = 350;
/** Longest wait for a check while typing continues (ms). */
export const MAX_WAIT_MS = 1500;
/** Longest text checked (UTF-16 code units); longer drafts are not checked in the page. */
export const MAX_TEXT = 200_000;
/** Quiet time before a form field's bars are redrawn after typing (ms). */
export const FIELD_REPAINT_MS = 200;
/** Most findings painted per editor. */
export const MAX_PAINTED = 400;

/** A finding as painted: the message, its current span, and a live Range for rich editors. */
export interface Finding {
  msg: RedlineMessage;
  start: number;
  end: number;
  range: Range | null;
  key: string;
}

interface Managed {
  id: string;
  adapter: Adapter;
  label: string;
  findings: Finding[];
  rules: Record<string, RuleInfo>;
  /** Text of the last completed check. */
  checked: string | null;
  /** The last completed check and the text it was for. */
  last: { text: string; res: CheckResponse } | null;
  /** Text the findings' offsets refer to (fields: updated on every input). */
  basis: string;
  inflight: boolean;
  again: boolean;
  timer: number;
  dirtySince: number;
  ignored: Set<string>;
  overlay: OverlayPainter | null;
  repaintTimer: number;
  observer: MutationObserver | null;
  lastMs: number;
}

let seq = 0;
const FRAME = Math.random().toString(36).slice(2, 8);

function labelOf(el: HTMLElement, kind: EditorKind): string {
  const cls = typeof el.className === 'string' ? el.className : '';
  if (/ck-editor__editable|ck-content/.test(cls)) return 'CKEditor 5';
  if (/ql-editor/.test(cls)) return 'Quill';
  if (/ProseMirror/.test(cls)) return 'ProseMirror';
  if (/mce-content-body/.test(cls)) return 'TinyMCE';
  if (/ke-content/.test(cls)) return 'KindEditor';
  if (kind === 'designmode') return '网页编辑器（设计模式）';
  if (el === el.ownerDocument.body) return '网页编辑器（iframe）';
  const name = el.getAttribute('aria-label') || el.getAttribute('name') || el.id || el.getAttribute('placeholder') || '';
  const base = kind === 'textarea' ? '文本框' : kind === 'input' ? '单行输入框' : '可编辑区域';
  return name ? `${base}「${name.slice(0, 20)}」` : base;
}

function topHost(): string {
  try {
    return window.top!.location.hostname;
  } catch {
    const ao = (location as unknown as { ancestorOrigins?: DOMStringList }).ancestorOrigins;
    if (ao && ao.length) {
      try {
        return new URL(ao[ao.length - 1]).hostname;
      } catch {
        /* fall through */
      }
    }
    return location.hostname;
  }
}

/** Runs Redline in one document. */
export class Controller {
  private readonly editors = new Map<HTMLElement, Managed>();
  private readonly byId = new Map<string, Managed>();
  private painter: HighlightPainter | null = null;
  private layer: Layer | null = null;
  private card: HoverCard | null = null;
  private cardDoc: Document | null = null;
  private enabled = false;
  private docObserver: MutationObserver | null = null;
  private scanTimer = 0;
  private alive = false;
  private hoverFrame = 0;
  private hoverAt: { x: number; y: number; target: EventTarget | null } | null = null;
  private repaintFrame = 0;
  private readonly repaintQueue = new Set<Managed>();
  private disposed = false;
  /** True between compositionstart and compositionend (IME input in progress). */
  private composing = false;

  constructor(private readonly doc: Document) {}

  /** Starts: asks whether this site is on, then attaches. */
  async start(): Promise<void> {
    browser.storage.onChanged.addListener(this.onStorage);
    browser.runtime.onMessage.addListener(this.onMessage);
    await this.refreshEnabled();
    this.docObserver = new MutationObserver(this.onDocMutations);
    this.docObserver.observe(this.doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  }

  private async refreshEnabled(): Promise<void> {
    let enabled = false;
    try {
      enabled = (await send({ type: 'hello', host: topHost(), top: window === window.top })).enabled;
    } catch {
      enabled = false;
    }
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    if (enabled) {
      this.ensureListeners();
      this.scan();
    } else {
      for (const m of [...this.editors.values()]) this.detach(m);
      this.card?.hide(false, true);
    }
  }

  // ---- document listeners (re-added after document.open() erased them) ----

  private readonly onPing = () => {
    this.alive = true;
  };

  private ensureListeners(): void {
    this.alive = false;
    try {
      this.doc.dispatchEvent(new CustomEvent('redline-ping'));
    } catch {
      /* no document yet */
    }
    if (this.alive) return;
    const d = this.doc;
    d.addEventListener('redline-ping', this.onPing);
    d.addEventListener('input', this.onInput, true);
    d.addEventListener('compositionstart', this.onCompositionStart, true);
    d.addEventListener('compositionend', this.onCompositionEnd, true);
    d.addEventListener('focusin', this.onFocusIn, true);
    d.addEventListener('mousemove', this.onMouseMove, { capture: true, passive: true });
    d.addEventListener('keydown', this.onKeyDown, true);
    d.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    d.defaultView?.addEventListener('resize', this.onScroll, { passive: true });
    d.defaultView?.addEventListener('focus', this.onWindowFocus);
  }

  private readonly onDocMutations = (records: MutationRecord[]) => {
    if (!this.enabled) return;
    // Mutations inside editors we manage are their own business (their observers handle them).
    let outside = false;
    for (const r of records) {
      const t = r.target;
      let inside = false;
      for (const el of this.editors.keys()) {
        if (el === t || el.contains(t)) {
          inside = r.type !== 'attributes' || el !== t;
          if (inside) break;
        }
      }
      if (!inside) {
        outside = true;
        break;
      }
    }
    if (!outside) return;
    this.ensureListeners();
    if (!this.scanTimer) {
      this.scanTimer = window.setTimeout(() => {
        this.scanTimer = 0;
        this.scan();
      }, 150);
    }
  };

  /** Finds new editors and drops ones that left the document. */
  scan(): void {
    if (!this.enabled || this.disposed) return;
    for (const m of [...this.editors.values()]) {
      if (!m.adapter.el.isConnected || editorKind(m.adapter.el) === null) this.detach(m);
    }
    for (const { el, kind } of findEditors(this.doc)) if (!this.editors.has(el)) this.attach(el, kind);
  }

  private attach(el: HTMLElement, kind: EditorKind): Managed {
    const adapter: Adapter =
      kind === 'textarea' || kind === 'input' ? new FieldAdapter(el as HTMLTextAreaElement, () => this.getLayer().container()) : new RichAdapter(el, kind);
    const m: Managed = {
      id: `${FRAME}-${++seq}`,
      adapter,
      label: labelOf(el, kind),
      findings: [],
      rules: {},
      checked: null,
      last: null,
      basis: '',
      inflight: false,
      again: false,
      timer: 0,
      dirtySince: 0,
      ignored: new Set(),
      overlay: null,
      repaintTimer: 0,
      observer: null,
      lastMs: 0,
    };
    if (adapter instanceof RichAdapter) {
      m.observer = new MutationObserver(() => {
        adapter.invalidate();
        this.schedule(m);
      });
      m.observer.observe(el, { childList: true, subtree: true, characterData: true });
    }
    this.editors.set(el, m);
    this.byId.set(m.id, m);
    // Prefilled drafts are checked without waiting for the user.
    this.schedule(m, 0);
    return m;
  }

  private detach(m: Managed): void {
    window.clearTimeout(m.timer);
    window.clearTimeout(m.repaintTimer);
    m.observer?.disconnect();
    this.painter?.clear(m.id);
    m.overlay?.clear();
    m.adapter.dispose();
    this.editors.delete(m.adapter.el);
    this.byId.delete(m.id);
    send({ type: 'forget', editorId: m.id }).catch(() => {});
  }

  private managedFor(node: EventTarget | null): Managed | undefined {
    if (!node || !(node as Node).nodeType) return undefined;
    const direct = this.editors.get(node as HTMLElement);
    if (direct) return direct;
    const host = editingHostOf(node as Node);
    if (host) {
      const m = this.editors.get(host);
      if (m) return m;
    }
    if (this.doc.designMode === 'on' && this.doc.body) return this.editors.get(this.doc.body);
    return undefined;
  }

  // ---- scheduling ----

  /** Arms the check timer: `DEBOUNCE_MS` of quiet, at most `MAX_WAIT_MS` after the first change. */
  schedule(m: Managed, delay = DEBOUNCE_MS): void {
    const now = performance.now();
    if (!m.dirtySince) m.dirtySince = now;
    const wait = Math.max(0, Math.min(delay, MAX_WAIT_MS - (now - m.dirtySince)));
    window.clearTimeout(m.timer);
    m.timer = window.setTimeout(() => void this.run(m), wait);
  }

  private async run(m: Managed, force = false): Promise<void> {
    m.timer = 0;
    if (!this.editors.has(m.adapter.el)) return;
    if (m.inflight) {
      m.again = true;
      return;
    }
    if (this.composing && !force) {
      // An IME is composing (pinyin in the DOM): wait for the committed characters.
      window.clearTimeout(m.timer);
      m.timer = window.setTimeout(() => void this.run(m), DEBOUNCE_MS);
      return;
    }
    m.dirtySince = 0;
    const text = m.adapter.text();
    if (!force && text === m.checked) {
      // Same text, but an editor may have rebuilt its DOM (TinyMCE's undo sets innerHTML): live
      // ranges then collapse or detach. Re-place the last result on the new nodes.
      if (m.last && this.rangesStale(m)) this.applyResult(m, m.last.text, m.last.res);
      return;
    }
    if (text.length > MAX_TEXT) {
      m.findings = [];
      m.checked = text;
      this.paint(m);
      return;
    }
    m.inflight = true;
    let res: CheckResponse | null = null;
    try {
      res = await send({ type: 'check', editorId: m.id, kind: m.adapter.kind, label: m.label, text, focused: this.isFocused(m) });
    } catch {
      res = null;
    }
    m.inflight = false;
    if (!res || !this.editors.has(m.adapter.el)) return;
    m.checked = text;
    m.last = { text, res };
    m.lastMs = res.ms;
    m.rules = res.rules;
    this.applyResult(m, text, res);
    if (m.again) {
      m.again = false;
      this.schedule(m, 0);
    }
  }

  /** True when a painted range no longer covers its words (collapsed, or its nodes left the editor). */
  private rangesStale(m: Managed): boolean {
    for (const f of m.findings) {
      const r = f.range;
      if (!r) continue;
      if (r.collapsed || !m.adapter.el.contains(r.startContainer) || !m.adapter.el.contains(r.endContainer)) return true;
    }
    return false;
  }

  private isFocused(m: Managed): boolean {
    const a = this.doc.activeElement;
    return !!a && (a === m.adapter.el || m.adapter.el.contains(a)) && this.doc.hasFocus();
  }

  /** Places `res` (computed for `text`) on the editor's current text. */
  private applyResult(m: Managed, text: string, res: CheckResponse): void {
    const current = m.adapter.text();
    const edit = editBetween(text, current);
    const out: Finding[] = [];
    for (const msg of res.messages) {
      if (msg.document) continue;
      const s0 = msg.place.start.offset ?? 0;
      const e0 = msg.place.end.offset ?? s0;
      if (e0 <= s0) continue;
      const span = shiftSpan({ start: s0, end: e0 }, edit);
      if (!span) continue;
      const key = ignoreKey(msg.ruleId, current, span.start, span.end);
      if (m.ignored.has(key)) continue;
      out.push({ msg, start: span.start, end: span.end, range: m.adapter.range(span.start, span.end), key });
      if (out.length >= MAX_PAINTED) break;
    }
    m.findings = out;
    m.basis = current;
    this.paint(m);
  }

  // ---- painting ----

  private getLayer(): Layer {
    return (this.layer ??= new Layer(this.doc));
  }

  private paint(m: Managed): void {
    const rich = m.adapter instanceof RichAdapter;
    if (rich && hasHighlightApi(this.doc)) {
      this.painter ??= new HighlightPainter(this.doc);
      this.painter.paint(
        m.id,
        m.findings.filter((f) => f.range).map((f) => ({ range: f.range!, severity: f.msg.severity })),
      );
      return;
    }
    this.repaintQueue.add(m);
    if (!this.repaintFrame) {
      this.repaintFrame = window.requestAnimationFrame(() => {
        this.repaintFrame = 0;
        const list = [...this.repaintQueue];
        this.repaintQueue.clear();
        for (const x of list) this.paintOverlay(x);
      });
    }
  }

  /** Overlay bars for fields (and rich editors without the Highlight API); runs in an animation frame. */
  private paintOverlay(m: Managed): void {
    if (!this.editors.has(m.adapter.el)) return;
    m.overlay ??= new OverlayPainter(this.getLayer());
    const active = this.card?.shown;
    m.overlay.paint(
      m.findings.map((f) => ({
        rects: f.range ? [...f.range.getClientRects()] : m.adapter.rects(f.start, f.end),
        severity: f.msg.severity as Severity,
        active: f.msg === active,
      })),
    );
  }

  private repaintOverlays(): void {
    for (const m of this.editors.values()) if (m.overlay) this.paint(m);
  }

  // ---- events ----

  private readonly onInput = (e: Event) => {
    const m = this.managedFor(e.target);
    if (!m) {
      const t = e.target as HTMLElement;
      if (t && t.nodeType === 1) {
        const k = editorKind(t);
        if (k && !this.editors.has(t)) this.attach(t, k);
      }
      return;
    }
    if (m.adapter instanceof FieldAdapter) {
      // Keep bars on their words until the next check: shift by the edit (cheap, O(n) compare).
      const now = m.adapter.text();
      const edit = editBetween(m.basis, now);
      if (edit) {
        m.findings = m.findings.flatMap((f) => {
          const s = shiftSpan(f, edit);
          return s ? [{ ...f, start: s.start, end: s.end }] : [];
        });
        m.basis = now;
        // Repainting bars needs the mirror's layout: not on every keystroke, only once typing pauses.
        window.clearTimeout(m.repaintTimer);
        m.repaintTimer = window.setTimeout(() => this.paint(m), FIELD_REPAINT_MS);
      }
    }
    this.schedule(m);
  };

  private readonly onCompositionStart = () => {
    this.composing = true;
  };

  private readonly onCompositionEnd = () => {
    this.composing = false;
  };

  private readonly onFocusIn = (e: Event) => {
    if (!this.enabled) return;
    let m = this.managedFor(e.target);
    if (!m) {
      const t = e.target as HTMLElement;
      const host = t && t.nodeType === 1 ? (editorKind(t) ? t : editingHostOf(t)) : null;
      const k = host ? editorKind(host) : null;
      if (host && k && !this.editors.has(host)) m = this.attach(host, k);
    }
    if (m) send({ type: 'focus', editorId: m.id }).catch(() => {});
  };

  private readonly onWindowFocus = () => {
    if (this.doc.designMode === 'on' && this.doc.body) {
      const m = this.editors.get(this.doc.body);
      if (m) send({ type: 'focus', editorId: m.id }).catch(() => {});
    }
  };

  private readonly onScroll = () => {
    this.repaintOverlays();
    if (this.card?.shown && !this.card.hovered) this.card.hide(false);
  };

  private readonly onMouseMove = (e: MouseEvent) => {
    this.hoverAt = { x: e.clientX, y: e.clientY, target: e.target };
    if (this.hoverFrame) return;
    this.hoverFrame = window.requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const h = this.hoverAt;
      if (h) this.hover(h.x, h.y, h.target);
    });
  };

  /** The finding under viewport point (x, y) in editor `m`, with the rect hit. */
  findingAt(m: Managed, x: number, y: number): { f: Finding; rect: DOMRect } | null {
    // Findings nest (a sentence-level one around a word-level one): the narrowest wins.
    let best: { f: Finding; rect: DOMRect } | null = null;
    for (const f of m.findings) {
      if (best && f.end - f.start >= best.f.end - best.f.start) continue;
      const rects = f.range ? [...f.range.getClientRects()] : m.adapter.rects(f.start, f.end);
      for (const r of rects) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 4) {
          best = { f, rect: r };
          break;
        }
      }
    }
    return best;
  }

  private hover(x: number, y: number, target: EventTarget | null): void {
    const m = this.managedFor(target);
    const hit = m ? this.findingAt(m, x, y) : null;
    if (m && hit) {
      if (this.card?.shown !== hit.f.msg) this.showCard(m, hit.f, hit.rect, false);
      else this.card?.cancelHide();
    } else if (this.card?.shown && !this.card.hovered) {
      this.card.hideSoon();
    }
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    // Alt+Enter: open the card of the finding at the caret, focus in it.
    if (!(e.altKey && e.key === 'Enter')) return;
    const m = this.managedFor(e.target);
    if (!m) return;
    const c = m.adapter.caret();
    if (c === null) return;
    let f: Finding | undefined;
    for (const x of m.findings) if (c >= x.start && c <= x.end && (!f || x.end - x.start < f.end - f.start)) f = x;
    if (!f) return;
    e.preventDefault();
    e.stopPropagation();
    const rect = (f.range ? f.range.getClientRects()[0] : m.adapter.rects(f.start, f.end)[0]) ?? m.adapter.el.getBoundingClientRect();
    this.showCard(m, f, rect, true);
  };

  // ---- hover card and actions ----

  /** Shows the card of finding `f` anchored at `rect` (this document's viewport). */
  showCard(m: Managed, f: Finding, rect: DOMRect, focus: boolean): void {
    const place = uiPlaceFor(this.doc);
    if (!this.card || this.cardDoc !== place.doc) {
      this.card?.remove();
      this.card = new HoverCard(place.doc);
      this.cardDoc = place.doc;
    }
    this.painter?.active(f.range);
    this.card.show(f.msg, m.rules[f.msg.ruleId], toUi(rect, place), {
      fix: (rep) => void this.applyFix(m, f, rep),
      ignore: () => {
        m.ignored.add(f.key);
        m.findings = m.findings.filter((x) => x !== f);
        this.painter?.active(null);
        this.paint(m);
        m.adapter.reveal(f.end, f.end);
      },
      disableRule: () => {
        this.painter?.active(null);
        void updateSettings(browser.storage.local, (s) => {
          s.rules[f.msg.ruleId] = 'off';
        });
        m.adapter.reveal(f.end, f.end);
      },
      closed: (byKeyboard) => {
        this.painter?.active(null);
        if (m.overlay) this.paint(m);
        if (byKeyboard) m.adapter.reveal(f.end, f.end);
      },
    }, focus);
    if (m.overlay) this.paint(m);
  }

  /** Applies replacement `rep` to finding `f` through the editor's input path, then re-checks. */
  async applyFix(m: Managed, f: Finding, rep: string): Promise<boolean> {
    this.painter?.active(null);
    // The live range may have moved with edits: re-derive the offsets from the current text.
    let { start, end } = f;
    const text = m.adapter.text();
    if (text.slice(start, end) !== f.msg.actual && f.msg.actual) {
      const near = text.indexOf(f.msg.actual, Math.max(0, start - 40));
      if (near < 0) return false;
      start = near;
      end = near + f.msg.actual.length;
    }
    const ok = await m.adapter.apply(start, end, rep);
    m.findings = m.findings.filter((x) => x !== f);
    // The painted findings no longer match any checked text (an undo may bring the old text back
    // before the next check has run): always check again.
    m.checked = null;
    this.paint(m);
    this.schedule(m, 50);
    return ok;
  }

  // ---- extension messages ----

  private readonly onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !changes[SETTINGS_KEY]) return;
    void this.refreshEnabled().then(() => {
      if (!this.enabled) return;
      for (const m of this.editors.values()) {
        m.checked = null;
        this.schedule(m, 0);
      }
    });
  };

  private readonly onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const req = msg as ContentRequest;
    if (!req || typeof req !== 'object') return false;
    if (req.type === 'reveal') {
      const m = this.byId.get(req.editorId);
      if (!m) return false;
      m.adapter.reveal(req.start, req.end);
      const f = m.findings.find((x) => x.start === req.start && x.end === req.end);
      if (f) {
        this.painter?.active(f.range);
        window.setTimeout(() => this.painter?.active(null), 1500);
      }
      sendResponse(true);
      return false;
    }
    if (req.type === 'recheck') {
      for (const m of this.editors.values()) void this.run(m, true);
      sendResponse(true);
      return false;
    }
    return false;
  };

  /** Test and benchmark hook: per-editor state summary. */
  summary(): Array<{ id: string; kind: string; label: string; findings: number; lastMs: number }> {
    return [...this.editors.values()].map((m) => ({ id: m.id, kind: m.adapter.kind, label: m.label, findings: m.findings.length, lastMs: m.lastMs }));
  }

  /** Detaches everything (extension context invalidated). */
  dispose(): void {
    this.disposed = true;
    for (const m of [...this.editors.values()]) this.detach(m);
    this.docObserver?.disconnect();
    this.card?.remove();
    this.layer?.remove();
    browser.storage.onChanged.removeListener(this.onStorage);
    browser.runtime.onMessage.removeListener(this.onMessage);
  }
}

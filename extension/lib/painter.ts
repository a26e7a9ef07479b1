/**
 * Painting underlines without touching the editor's DOM.
 *
 * - {@link HighlightPainter}: CSS Custom Highlight API, one registry per
 *   document (each iframe has its own), `::highlight()` rules added through
 *   `adoptedStyleSheets`. Ranges are live: they follow the text as the user
 *   types until the next check repaints.
 * - {@link OverlayPainter}: thin bars in a fixed, pointer-transparent layer
 *   inside a shadow root, for form fields (no text nodes to highlight) and
 *   browsers without the Highlight API.
 */
import type { Severity } from '@redline/core';

export const SEVERITY_COLORS: Record<Severity, string> = { error: '#d93025', warning: '#e37400', info: '#1a73e8' };
const NAMES: Record<Severity, string> = { error: 'redline-error', warning: 'redline-warning', info: 'redline-info' };
const ACTIVE = 'redline-active';

/** Whether `doc`'s window supports the CSS Custom Highlight API. */
export function hasHighlightApi(doc: Document): boolean {
  const w = doc.defaultView as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown } | null;
  return !!(w && w.CSS && w.CSS.highlights && typeof w.Highlight === 'function');
}

const CSS_TEXT = `
::highlight(redline-error){text-decoration:underline wavy ${SEVERITY_COLORS.error};text-decoration-thickness:1.5px;text-underline-offset:3px;text-decoration-skip-ink:none}
::highlight(redline-warning){text-decoration:underline wavy ${SEVERITY_COLORS.warning};text-decoration-thickness:1.5px;text-underline-offset:3px;text-decoration-skip-ink:none}
::highlight(redline-info){text-decoration:underline dotted ${SEVERITY_COLORS.info};text-decoration-thickness:2px;text-underline-offset:3px;text-decoration-skip-ink:none}
::highlight(redline-active){background-color:rgba(255,214,0,.35)}
`;

type HighlightCtor = new (...ranges: AbstractRange[]) => { add(r: AbstractRange): void; delete(r: AbstractRange): boolean; clear(): void; priority: number };
type Registry = Map<string, unknown>;

/** One per document: keeps each editor's ranges in per-severity highlights. */
export class HighlightPainter {
  private readonly byEditor = new Map<string, Array<{ range: Range; severity: Severity }>>();
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  private registry(): { reg: Registry; H: HighlightCtor } {
    const w = this.doc.defaultView as unknown as { CSS: { highlights: Registry }; Highlight: HighlightCtor; CSSStyleSheet: typeof CSSStyleSheet };
    this.ensureSheet(w.CSSStyleSheet);
    return { reg: w.CSS.highlights, H: w.Highlight };
  }

  /** Adds the ::highlight rules (again, after document.open() replaced the document's sheets). */
  private ensureSheet(Sheet: typeof CSSStyleSheet): void {
    if (!this.sheet) {
      this.sheet = new Sheet();
      this.sheet.replaceSync(CSS_TEXT);
    }
    const list = this.doc.adoptedStyleSheets;
    if (!list.includes(this.sheet)) this.doc.adoptedStyleSheets = [...list, this.sheet];
  }

  private highlight(name: string, priority: number) {
    const { reg, H } = this.registry();
    let h = reg.get(name) as InstanceType<HighlightCtor> | undefined;
    if (!h) {
      h = new H();
      h.priority = priority;
      reg.set(name, h);
    }
    return h;
  }

  /** Replaces editor `id`'s underlines with `items`. */
  paint(id: string, items: Array<{ range: Range; severity: Severity }>): void {
    const old = this.byEditor.get(id) ?? [];
    for (const o of old) (this.highlight(NAMES[o.severity], 0) as InstanceType<HighlightCtor>).delete(o.range);
    for (const it of items) this.highlight(NAMES[it.severity], it.severity === 'error' ? 3 : it.severity === 'warning' ? 2 : 1).add(it.range);
    this.byEditor.set(id, items);
  }

  /** Marks `range` as the finding being shown (null clears). */
  active(range: Range | null): void {
    const h = this.highlight(ACTIVE, 5);
    h.clear();
    if (range) h.add(range);
  }

  /** Removes editor `id`'s underlines. */
  clear(id: string): void {
    this.paint(id, []);
    this.byEditor.delete(id);
  }
}

/** A fixed, pointer-transparent layer in a shadow root, for bars and mirrors. */
export class Layer {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private box: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  /** The container inside the shadow root (created on first use, re-created if the page removed it). */
  container(): HTMLElement {
    if (this.host && this.host.isConnected && this.box) return this.box;
    this.host = this.doc.createElement('redline-layer');
    this.host.setAttribute('data-redline-ignore', '');
    this.host.style.cssText = 'all:initial;position:fixed;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483646;pointer-events:none;';
    this.root = this.host.attachShadow({ mode: 'open' });
    this.box = this.doc.createElement('div');
    this.root.append(this.box);
    (this.doc.documentElement ?? this.doc).append(this.host);
    return this.box;
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
  }
}

/** Underline bars for one editor in a {@link Layer}. */
export class OverlayPainter {
  private group: HTMLElement | null = null;

  constructor(private readonly layer: Layer) {}

  /** Draws one bar under each rect (rects in the layer document's viewport). */
  paint(items: Array<{ rects: DOMRect[]; severity: Severity; active?: boolean }>): void {
    const c = this.layer.container();
    if (!this.group || !this.group.isConnected) {
      this.group = c.ownerDocument.createElement('div');
      c.append(this.group);
    }
    const parts: string[] = [];
    for (const it of items) {
      const color = SEVERITY_COLORS[it.severity];
      for (const r of it.rects) {
        const bg = it.active ? `<div style="position:fixed;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;background:rgba(255,214,0,.35)"></div>` : '';
        const line =
          it.severity === 'info'
            ? `background-image:linear-gradient(to right,${color} 50%,transparent 50%);background-size:4px 2px`
            : `background:${color}`;
        parts.push(`${bg}<div data-sev="${it.severity}" style="position:fixed;left:${r.left}px;top:${r.bottom - 1}px;width:${r.width}px;height:2px;${line}"></div>`);
      }
    }
    this.group.innerHTML = parts.join('');
  }

  clear(): void {
    this.group?.remove();
    this.group = null;
  }
}

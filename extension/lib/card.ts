/**
 * The hover card: a small Chinese dialog in a closed shadow root, placed in
 * the UI document (see frames.ts) next to a finding. It shows the message,
 * a short explanation with the source paper, the fixes, 忽略一次 and
 * 关闭此规则. Keyboard: opened with focus on the first button, Tab/Shift+Tab
 * cycle inside it, Esc closes and gives focus back to the editor.
 */
import type { RedlineMessage } from '@redline/core';
import { SEED_TITLES, SEVERITY_NAMES, type RuleInfo } from './protocol';
import { SEVERITY_COLORS } from './painter';

/** What the card does when a button is used. */
export interface CardActions {
  fix(replacement: string): void;
  ignore(): void;
  disableRule(): void;
  /** Called when the card closes (Esc, ×, or after an action); `byKeyboard` when Esc was pressed. */
  closed(byKeyboard: boolean): void;
}

const STYLE = `
:host{all:initial}
.card{position:fixed;z-index:2147483647;box-sizing:border-box;width:340px;max-width:calc(100vw - 16px);background:#fff;color:#202124;border:1px solid #dadce0;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.18);font:14px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;padding:12px 14px;pointer-events:auto}
.head{display:flex;align-items:center;gap:8px;margin-bottom:6px}
.sev{font-size:12px;color:#fff;border-radius:4px;padding:0 6px;flex:none}
.title{font-weight:600;flex:1}
.x{border:none;background:none;font-size:18px;line-height:1;cursor:pointer;color:#5f6368;padding:2px 4px}
.reason{margin:0 0 6px}
.why{margin:0 0 6px;color:#5f6368;font-size:13px}
.src{margin:0 0 8px;color:#5f6368;font-size:12px}
.fixes{display:flex;flex-direction:column;gap:6px;margin-bottom:8px}
button{font:inherit}
.fix{text-align:left;border:1px solid #1a73e8;background:#e8f0fe;color:#174ea6;border-radius:6px;padding:4px 8px;cursor:pointer}
.row{display:flex;gap:8px}
.act{border:1px solid #dadce0;background:#f8f9fa;color:#3c4043;border-radius:6px;padding:2px 10px;cursor:pointer}
button:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
`;

/** One card per UI document. */
export class HoverCard {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private actions: CardActions | null = null;
  private hideTimer = 0;
  /** The message shown, or null. */
  shown: RedlineMessage | null = null;
  /** True while the pointer is over the card. */
  hovered = false;

  constructor(private readonly doc: Document) {}

  private ensure(): ShadowRoot {
    if (this.host && this.host.isConnected && this.root) return this.root;
    this.host = this.doc.createElement('redline-card');
    this.host.setAttribute('data-redline-ignore', '');
    this.host.style.cssText = 'all:initial;position:fixed;left:0;top:0;width:0;height:0;z-index:2147483647;';
    this.root = this.host.attachShadow({ mode: 'open' });
    (this.doc.documentElement ?? this.doc).append(this.host);
    return this.root;
  }

  /** The card's host element (for tests and hit-testing), or null. */
  element(): HTMLElement | null {
    return this.host;
  }

  /**
   * Shows the card for `msg` under `anchor` (a rect in the UI document's viewport).
   * @param focus move keyboard focus into the card (keyboard-opened)
   */
  show(msg: RedlineMessage, info: RuleInfo | undefined, anchor: DOMRect, actions: CardActions, focus: boolean): void {
    const root = this.ensure();
    this.cancelHide();
    this.actions = actions;
    this.shown = msg;
    const d = this.doc;
    root.replaceChildren();
    const style = d.createElement('style');
    style.textContent = STYLE;
    const card = d.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', `Redline：${info?.description ?? msg.reason}`);
    card.dataset.rule = msg.ruleId;

    const head = d.createElement('div');
    head.className = 'head';
    const sev = d.createElement('span');
    sev.className = 'sev';
    sev.style.background = SEVERITY_COLORS[msg.severity];
    sev.textContent = SEVERITY_NAMES[msg.severity];
    const title = d.createElement('span');
    title.className = 'title';
    title.textContent = info?.description ?? msg.ruleId;
    const x = d.createElement('button');
    x.className = 'x';
    x.textContent = '×';
    x.title = '关闭';
    x.setAttribute('aria-label', '关闭');
    x.addEventListener('click', () => this.hide(false));
    head.append(sev, title, x);

    const reason = d.createElement('p');
    reason.className = 'reason';
    reason.textContent = msg.reason;
    card.append(head, reason);

    // The note ends with the seed reference ("依据：002 §3.3…"); the source line below names the paper.
    const why = (msg.note || info?.rationale || '').replace(/\s*依据：\d{3}[^。]*。?\s*$/, '');
    if (why) {
      const p = d.createElement('p');
      p.className = 'why';
      p.textContent = why;
      card.append(p);
    }
    const src = info?.sources?.[0];
    if (src) {
      const p = d.createElement('p');
      p.className = 'src';
      p.textContent = `依据：《${SEED_TITLES[src.seed] ?? src.seed}》${src.section}${src.point ? ` — ${src.point}` : ''}`;
      card.append(p);
    }

    if (msg.expected.length && !msg.document) {
      const fixes = d.createElement('div');
      fixes.className = 'fixes';
      for (const e of msg.expected.slice(0, 4)) {
        const b = d.createElement('button');
        b.className = 'fix';
        b.dataset.fix = e;
        b.textContent = e.includes('【') ? `插入模板：${e}` : `改为：${e}`;
        b.addEventListener('click', () => {
          const a = this.actions;
          this.hide(false, true);
          a?.fix(e);
        });
        fixes.append(b);
      }
      card.append(fixes);
    }

    const row = d.createElement('div');
    row.className = 'row';
    const ignore = d.createElement('button');
    ignore.className = 'act';
    ignore.dataset.action = 'ignore';
    ignore.textContent = '忽略一次';
    ignore.addEventListener('click', () => {
      const a = this.actions;
      this.hide(false, true);
      a?.ignore();
    });
    const off = d.createElement('button');
    off.className = 'act';
    off.dataset.action = 'disable-rule';
    off.textContent = '关闭此规则';
    off.addEventListener('click', () => {
      const a = this.actions;
      this.hide(false, true);
      a?.disableRule();
    });
    row.append(ignore, off);
    card.append(row);

    card.addEventListener('keydown', (e) => this.onKey(e, card));
    card.addEventListener('mouseenter', () => {
      this.hovered = true;
      this.cancelHide();
    });
    card.addEventListener('mouseleave', () => {
      this.hovered = false;
      this.hideSoon();
    });
    root.append(style, card);

    // Place below the anchor, or above when there is no room; keep inside the viewport.
    const vw = d.documentElement.clientWidth || 800;
    const vh = d.documentElement.clientHeight || 600;
    const h = card.offsetHeight || 160;
    const w = card.offsetWidth || 340;
    let top = anchor.bottom + 6;
    if (top + h > vh && anchor.top - h - 6 > 0) top = anchor.top - h - 6;
    const left = Math.max(8, Math.min(anchor.left, vw - w - 8));
    card.style.left = `${left}px`;
    card.style.top = `${Math.max(8, top)}px`;
    if (focus) (card.querySelector('button.fix, button.act') as HTMLButtonElement | null)?.focus();
  }

  private onKey(e: KeyboardEvent, card: HTMLElement): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.hide(true);
      return;
    }
    if (e.key === 'Tab') {
      const items = [...card.querySelectorAll('button')] as HTMLButtonElement[];
      const i = items.indexOf(this.root!.activeElement as HTMLButtonElement);
      const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i >= items.length - 1 ? 0 : i + 1;
      e.preventDefault();
      items[next]?.focus();
    }
  }

  /** Hides after a short delay unless the pointer comes back (to the card or the word). */
  hideSoon(ms = 400): void {
    this.cancelHide();
    const w = this.doc.defaultView;
    if (!w) return;
    this.hideTimer = w.setTimeout(() => {
      if (!this.hovered) this.hide(false);
    }, ms);
  }

  cancelHide(): void {
    if (this.hideTimer) this.doc.defaultView?.clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  /** Hides the card; `silent` skips the closed() callback (an action follows). */
  hide(byKeyboard: boolean, silent = false): void {
    this.cancelHide();
    if (!this.shown) return;
    this.shown = null;
    this.hovered = false;
    this.root?.replaceChildren();
    const a = this.actions;
    this.actions = null;
    if (!silent) a?.closed(byKeyboard);
  }

  /** Removes the card from the page. */
  remove(): void {
    this.hide(false, true);
    this.host?.remove();
    this.host = null;
  }
}

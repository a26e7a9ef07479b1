/**
 * Launching Debian Chromium with the built extension (playwright-core, never
 * `playwright install`), and helpers shared by the E2E tests and the
 * benchmark: editor pages, typing, reading highlights across frames.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
export const EXT_DIR = resolve(HERE, '..', '.output', 'chrome-mv3');
export const CHROMIUM = process.env.REDLINE_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = resolve(HERE, '..', '..', 'artifacts', 'extension');

/** Whether the E2E tests can run here, and why not. */
export function e2eAvailability(): { run: boolean; reason: string } {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) return { run: true, reason: '' }; // CI must fail loudly, not skip
    return { run: false, reason: `跳过浏览器端到端测试：未找到 ${CHROMIUM}（运行 extension/scripts/ci-setup.sh 安装 Debian Chromium）` };
  }
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) return { run: false, reason: `跳过：扩展未构建（${EXT_DIR}），先运行 pnpm build` };
  return { run: true, reason: '' };
}

/** A browser with the extension (or none) loaded. */
export interface Launched {
  ctx: BrowserContext;
  extensionId: string | null;
  worker: Worker | null;
  close(): Promise<void>;
}

/**
 * Launches a persistent context with the unpacked extension loaded (or
 * without it when `withExtension` is false). All hosts but 127.0.0.1 resolve
 * to nothing, so a request leaving the machine cannot succeed.
 */
export async function launch(withExtension = true): Promise<Launched> {
  const dir = mkdtempSync(join(tmpdir(), 'redline-e2e-'));
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`);
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : undefined,
    viewport: { width: 1100, height: 800 },
    locale: 'zh-CN',
  });
  let worker: Worker | null = null;
  let extensionId: string | null = null;
  if (withExtension) {
    worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    ctx,
    extensionId,
    worker,
    close: async () => {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Editors under test: page file, where the text lives, and how to focus it. */
export interface EditorCase {
  name: string;
  page: string;
  /** CSS selector of the iframe that holds the editing document, if any. */
  iframe?: string;
  /** CSS selector (inside the iframe when `iframe`) of the element to click. */
  target: string;
  /** The kind of painting expected. */
  paint: 'highlight' | 'overlay';
}

export const EDITORS: EditorCase[] = [
  { name: 'textarea', page: 'textarea.html', target: '#ed', paint: 'overlay' },
  { name: 'contenteditable', page: 'contenteditable.html', target: '#ed', paint: 'highlight' },
  { name: 'ueditor-iframe', page: 'ueditor.html', iframe: '#ueditor_0', target: 'body', paint: 'highlight' },
  { name: 'kindeditor', page: 'kindeditor.html', iframe: 'iframe.ke-edit-iframe', target: 'body', paint: 'highlight' },
  { name: 'tinymce', page: 'tinymce.html', iframe: 'iframe.tox-edit-area__iframe', target: 'body', paint: 'highlight' },
  { name: 'ckeditor5', page: 'ckeditor5.html', target: '.ck-editor__editable', paint: 'highlight' },
  { name: 'quill', page: 'quill.html', target: '.ql-editor', paint: 'highlight' },
  { name: 'prosemirror', page: 'prosemirror.html', target: '.ProseMirror', paint: 'highlight' },
];

/** Opens the editor page and waits until its editor API says ready. */
export async function openEditor(page: Page, origin: string, c: EditorCase): Promise<Frame> {
  await page.goto(`${origin}/pages/${c.page}`);
  await page.waitForFunction(() => (window as unknown as { editorApi?: { ready(): boolean } }).editorApi?.ready(), null, { timeout: 20000 });
  const frame = c.iframe ? await editorFrame(page, c.iframe) : page.mainFrame();
  return frame;
}

/** The frame of the iframe matching `selector`. */
export async function editorFrame(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector, { timeout: 20000 });
  const f = await handle.contentFrame();
  if (!f) throw new Error(`no frame for ${selector}`);
  return f;
}

/** Clicks into the editor (focus and caret at the end). */
export async function focusEditor(page: Page, frame: Frame, c: EditorCase): Promise<void> {
  const el = await frame.waitForSelector(c.target, { timeout: 20000 });
  await el.click();
  await page.keyboard.press('Control+End');
}

/** The editor's own content (its API: value, getData(), getContent(), getText(), state.doc). */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { editorApi: { text(): string } }).editorApi.text());
}

/** Texts of the ranges in the frame's `::highlight(name)` registry entry. */
export async function highlightTexts(frame: Frame, name: string): Promise<string[]> {
  return frame.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

/** Page coordinates of the first highlighted range whose text is `text` in `frame`. */
export async function highlightPoint(page: Page, frame: Frame, text: string): Promise<{ x: number; y: number } | null> {
  const p = await frame.evaluate((t) => {
    for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      for (const r of h) {
        if (r.toString() === t) {
          const b = r.getClientRects()[0];
          return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
        }
      }
    }
    return null;
  }, text);
  if (!p) return null;
  const off = await frameOffset(page, frame);
  return { x: p.x + off.x, y: p.y + off.y };
}

/** The offset of a frame's viewport in the page (sum of iframe content-box positions). */
export async function frameOffset(page: Page, frame: Frame): Promise<{ x: number; y: number }> {
  let x = 0;
  let y = 0;
  let f: Frame | null = frame;
  while (f && f !== page.mainFrame()) {
    const el = await f.frameElement();
    const box = await el.evaluate((node) => {
      const e = node as HTMLElement;
      const r = e.getBoundingClientRect();
      const cs = getComputedStyle(e);
      return { x: r.left + e.clientLeft + parseFloat(cs.paddingLeft), y: r.top + e.clientTop + parseFloat(cs.paddingTop) };
    });
    x += box.x;
    y += box.y;
    f = f.parentFrame();
  }
  return { x, y };
}

/** Overlay bars drawn for form fields: rect and severity of each. */
export async function overlayBars(page: Page): Promise<Array<{ x: number; y: number; w: number; sev: string }>> {
  return page.evaluate(() => {
    const out: Array<{ x: number; y: number; w: number; sev: string }> = [];
    for (const host of document.querySelectorAll('redline-layer')) {
      const root = (host as HTMLElement).shadowRoot;
      if (!root) continue;
      for (const b of root.querySelectorAll('[data-sev]')) {
        const r = (b as HTMLElement).getBoundingClientRect();
        out.push({ x: r.left, y: r.top, w: r.width, sev: (b as HTMLElement).dataset.sev! });
      }
    }
    return out;
  });
}

/**
 * End to end, in Debian Chromium with the built extension loaded: for every
 * real editor from npm, type a Chinese draft (keyboard and IME-like
 * insertText), see underlines on the right words, open the hover card, apply
 * a fix, read the editor's own content API, Ctrl+Z; then the side panel,
 * popup, options import, keyboard access, and no network use.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  EDITORS,
  e2eAvailability,
  editorText,
  focusEditor,
  highlightPoint,
  highlightTexts,
  launch,
  openEditor,
  overlayBars,
  type EditorCase,
  type Launched,
} from './harness';
import { startServer, type TestServer } from './server';

const avail = e2eAvailability();
if (!avail.run) console.warn(avail.reason);

const LINE1_KEYS = '支部将尽快组建党员服务队，';
const LINE1_IME = '近期完成职工需求调研。';
const LINE2_KEYS = '我们要高度重视党建品牌创建工作，';
const LINE2_IME = '切实加强组织领导，不断提升工作水平。';
const SLOGAN = '高度重视党建品牌创建工作，切实加强组织领导，不断提升工作水平';
const FIX = '于【20XX年X月底】前';

async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 8000): Promise<T> {
  const t0 = Date.now();
  let v = await fn();
  while (!ok(v)) {
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
    v = await fn();
  }
  return v;
}

/** Types the two-line draft: keyboard events for the first half of each line, IME-like insertText for the rest. */
async function typeDraft(page: Page): Promise<void> {
  await page.keyboard.type(LINE1_KEYS);
  await page.keyboard.insertText(LINE1_IME);
  await page.keyboard.press('Enter');
  await page.keyboard.type(LINE2_KEYS);
  await page.keyboard.insertText(LINE2_IME);
}

/** Viewport point over the finding on `word` (a highlight range, or an overlay bar for fields). */
async function pointOver(page: Page, frame: Frame, c: EditorCase, word: string): Promise<{ x: number; y: number }> {
  if (c.paint === 'highlight') {
    const p = await highlightPoint(page, frame, word);
    if (!p) throw new Error(`no highlight for ${word}`);
    return p;
  }
  // Fields: the narrow bar under `word` (word-level findings are narrower than sentence-level ones).
  const value = await editorText(page);
  const bars = await overlayBars(page);
  const box = (await page.locator(c.target).boundingBox())!;
  const n = word.length;
  const cands = bars.filter((b) => b.w > 10 * n && b.w < 22 * n && b.y > box.y && b.y < box.y + box.height).sort((a, b) => a.x - b.x);
  const idx = value.slice(0, value.indexOf(word)).split(/(尽快|近期)/).filter((x) => x === '尽快' || x === '近期').length;
  const bar = cands[idx];
  if (!bar) throw new Error(`no bar for ${word}: ${JSON.stringify(bars)}`);
  return { x: bar.x + bar.w / 2, y: bar.y - 8 };
}

describe.skipIf(!avail.run)('extension in Debian Chromium', () => {
  let srv: TestServer;
  let L: Launched;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    srv = await startServer();
    L = await launch(true);
    L.ctx.on('request', (r) => requests.push(r.url()));
  });

  beforeEach(async () => {
    // Every test starts from default settings (a failed test must not leave a site or rule off).
    await L.worker!.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.clear());
  });

  afterAll(async () => {
    await L?.close();
    await srv?.close();
  });

  for (const c of EDITORS) {
    it(`${c.name}: underlines, hover card, fix through the editor, Ctrl+Z`, async () => {
      const page = await L.ctx.newPage();
      try {
        const frame = await openEditor(page, srv.origin, c);
        await focusEditor(page, frame, c);
        await typeDraft(page);
        expect(await editorText(page)).toContain(LINE1_KEYS + LINE1_IME);

        // Underlines on the right words.
        if (c.paint === 'highlight') {
          const texts = await poll(() => highlightTexts(frame, 'redline-warning'), (t) => t.includes('尽快') && t.includes('近期') && t.includes(SLOGAN), 'highlights');
          expect(texts).toEqual(expect.arrayContaining(['尽快', '近期', SLOGAN]));
          // Nothing was drawn into the editor's DOM.
          expect(await frame.evaluate(() => document.querySelectorAll('redline-card, redline-layer').length)).toBe(0);
        } else {
          await poll(() => overlayBars(page), (b) => b.length >= 5, 'overlay bars');
          // The bar over 尽快 is where the browser itself puts 尽快: clicking there puts the caret inside it.
          const p = await pointOver(page, frame, c, '尽快');
          await page.mouse.click(p.x, p.y);
          const caret = await page.evaluate(() => (document.getElementById('ed') as HTMLTextAreaElement).selectionStart);
          const at = (await editorText(page)).indexOf('尽快');
          expect(caret).toBeGreaterThanOrEqual(at);
          expect(caret).toBeLessThanOrEqual(at + 2);
        }
        await page.screenshot({ path: join(ARTIFACTS, `${c.name}-underlines.png`) });

        // Hover card.
        const p = await pointOver(page, frame, c, '尽快');
        await page.mouse.move(p.x - 3, p.y);
        await page.mouse.move(p.x, p.y);
        const card = page.locator('redline-card .card');
        await card.waitFor({ timeout: 5000 });
        expect(await card.getAttribute('data-rule')).toBe('measure/vague-timeframe');
        const cardText = await card.textContent();
        expect(cardText).toContain('尽快');
        expect(cardText).toContain('依据：《');
        expect(cardText).toContain('忽略一次');
        expect(cardText).toContain('关闭此规则');
        await page.screenshot({ path: join(ARTIFACTS, `${c.name}-card.png`) });
        // A person reads the card before choosing. Editors group edits made within a short time into
        // one undo step (Quill: 1 s, ProseMirror: 0.5 s), so an instant click would undo the typing too.
        await new Promise((r) => setTimeout(r, 1100));

        // Fix: through the editor's own input path; its content API shows it.
        await page.locator(`redline-card button[data-fix="${FIX}"]`).click();
        await poll(() => editorText(page), (t) => t.includes(`支部将${FIX}组建`), 'fixed text in the editor API');
        await page.screenshot({ path: join(ARTIFACTS, `${c.name}-fixed.png`) });

        // Ctrl+Z restores the text; the re-check underlines 尽快 again.
        await page.keyboard.press('Control+z');
        await poll(() => editorText(page), (t) => t.includes('支部将尽快组建'), 'undo in the editor API');
        expect(await editorText(page)).not.toContain(FIX);
        if (c.paint === 'highlight') await poll(() => highlightTexts(frame, 'redline-warning'), (t) => t.includes('尽快'), 're-check after undo');
      } finally {
        await page.close();
      }
    });
  }

  it('keyboard: Alt+Enter opens the card with focus, Tab moves inside it, Esc returns to the editor', async () => {
    const page = await L.ctx.newPage();
    const c = EDITORS.find((e) => e.name === 'contenteditable')!;
    const frame = await openEditor(page, srv.origin, c);
    await focusEditor(page, frame, c);
    await typeDraft(page);
    await poll(() => highlightTexts(frame, 'redline-warning'), (t) => t.includes('近期'), 'highlights');
    // Caret inside 近期.
    await page.evaluate(() => {
      const ed = document.getElementById('ed')!;
      const walker = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('近期');
        if (i >= 0) {
          getSelection()!.collapse(n, i + 1);
          return;
        }
      }
    });
    await page.keyboard.press('Alt+Enter');
    const card = page.locator('redline-card .card');
    await card.waitFor({ timeout: 5000 });
    const focused = () => page.evaluate(() => (document.querySelector('redline-card')!.shadowRoot!.activeElement as HTMLElement | null)?.textContent ?? null);
    expect(await focused()).toContain('于【20XX年X月底】前');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('忽略一次');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('关闭此规则');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 3000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ed');

    // 忽略一次 removes only that underline.
    await page.keyboard.press('Alt+Enter');
    await card.waitFor({ timeout: 5000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await poll(() => highlightTexts(frame, 'redline-warning'), (t) => !t.includes('近期') && t.includes('尽快'), 'ignored once');

    // 关闭此规则 (keyboard only): turns the rule off in settings; its underline goes everywhere.
    await page.evaluate(() => {
      const ed = document.getElementById('ed')!;
      const walker = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('切实');
        if (i >= 0) {
          getSelection()!.collapse(n, i + 1);
          return;
        }
      }
    });
    await page.keyboard.press('Alt+Enter');
    await card.waitFor({ timeout: 5000 });
    expect(await card.getAttribute('data-rule')).toBe('formalism/empty-slogan');
    expect(await focused()).toBe('忽略一次');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('关闭此规则');
    await page.keyboard.press('Enter');
    await poll(() => highlightTexts(frame, 'redline-warning'), (t) => !t.includes(SLOGAN) && t.includes('尽快'), 'rule turned off');
    const stored = await L.worker!.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get('redline:settings'));
    expect((stored as Record<string, { rules: Record<string, string> }>)['redline:settings'].rules).toEqual({ 'formalism/empty-slogan': 'off' });
    await page.close();
  });

  it('IME composition (pinyin in the editor) is not checked; the committed characters are', async () => {
    const page = await L.ctx.newPage();
    const c = EDITORS.find((e) => e.name === 'prosemirror')!;
    const frame = await openEditor(page, srv.origin, c);
    await focusEditor(page, frame, c);
    const cdp = await L.ctx.newCDPSession(page);
    await page.keyboard.insertText('支部将');
    await cdp.send('Input.imeSetComposition', { text: 'jinkuai', selectionStart: 7, selectionEnd: 7 });
    await new Promise((r) => setTimeout(r, 900));
    expect(await highlightTexts(frame, 'redline-warning')).toEqual([]);
    await cdp.send('Input.insertText', { text: '尽快' });
    await page.keyboard.insertText('组建党员服务队。');
    await poll(() => highlightTexts(frame, 'redline-warning'), (t) => t.includes('尽快'), 'highlight after the IME commit');
    expect(await editorText(page)).toBe('支部将尽快组建党员服务队。');
    await page.close();
  });

  it('skips fields marked spellcheck="false" / data-redline="off"; attaches to editors created later', async () => {
    const page = await L.ctx.newPage();
    await page.goto(`${srv.origin}/pages/textarea.html`);
    await page.click('#code');
    await page.keyboard.insertText(LINE1_KEYS + LINE1_IME);
    await page.goto(`${srv.origin}/pages/contenteditable.html`);
    await page.click('#off');
    await page.keyboard.insertText(LINE1_KEYS + LINE1_IME);
    // The late editor (added after load) holds the empty slogan and gets underlined without focus.
    await poll(() => highlightTexts(page.mainFrame(), 'redline-warning'), (t) => t.includes(SLOGAN), 'late editor');
    await new Promise((r) => setTimeout(r, 800));
    expect(await highlightTexts(page.mainFrame(), 'redline-warning')).not.toContain('尽快');
    await page.goto(`${srv.origin}/pages/textarea.html`);
    await page.click('#code');
    await page.keyboard.insertText(LINE1_KEYS + LINE1_IME);
    await new Promise((r) => setTimeout(r, 800));
    expect(await overlayBars(page)).toEqual([]);
    await page.close();
  });

  it('side panel shows the focused editor’s score, radar and sections; clicking a finding selects it in the editor', async () => {
    const page = await L.ctx.newPage();
    const c = EDITORS.find((e) => e.name === 'ueditor-iframe')!;
    const frame = await openEditor(page, srv.origin, c);
    await focusEditor(page, frame, c);
    await typeDraft(page);
    await poll(() => highlightTexts(frame, 'redline-warning'), (t) => t.includes('近期'), 'highlights');

    const panel = await L.ctx.newPage();
    await panel.goto(`chrome-extension://${L.extensionId}/sidepanel.html`);
    const score = Number(await panel.locator('[data-testid=score]').textContent({ timeout: 5000 }));
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(100);
    expect(await panel.locator('[data-testid=radar] text').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('运行机制'), expect.stringContaining('影响力')]),
    );
    expect(await panel.locator('[data-testid=radar-area]').count()).toBe(1);
    expect(await panel.locator('[data-family=measure] button').count()).toBeGreaterThanOrEqual(2);
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel.png'), fullPage: true });

    // Profile switch: as a creation plan, the parts a plan must have are listed as missing.
    await panel.locator('[data-testid=profile]').selectOption('plan');
    await poll(() => panel.locator('[data-testid=sections] li.miss').count(), (n) => n >= 3, 'plan sections');
    expect(await panel.locator('[data-testid=sections]').textContent()).toContain('✗');
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-plan.png'), fullPage: true });
    await panel.locator('[data-testid=profile]').selectOption('auto');

    // Click the 近期 finding: the editor frame selects those words.
    await panel.locator('button.finding[data-rule="measure/vague-timeframe"]', { hasText: '近期' }).first().click();
    await poll(() => frame.evaluate(() => getSelection()!.toString()), (s) => s === '近期', 'selection from the side panel');

    // Popup for that tab: counts, and the site switch turns underlines off and on.
    const state = await panel.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage({ type: 'getFocused' }));
    const tabId = (state as { value: { tabId: number } }).value.tabId;
    const popup = await L.ctx.newPage();
    await popup.goto(`chrome-extension://${L.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-testid=counts]').waitFor();
    expect(Number(await popup.locator('[data-testid=counts] b[data-sev=warning]').textContent())).toBeGreaterThanOrEqual(3);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png') });
    await popup.locator('[data-testid=site-toggle]').uncheck();
    await poll(() => highlightTexts(frame, 'redline-warning'), (t) => t.length === 0, 'site switched off');
    await popup.locator('[data-testid=site-toggle]').check();
    await poll(() => highlightTexts(frame, 'redline-warning'), (t) => t.includes('近期'), 'site switched on');
    await Promise.all([panel.close(), popup.close(), page.close()]);
  });

  it('options: importing a .redlinerc.json changes what is checked; a bad file shows a Chinese error', async () => {
    const page = await L.ctx.newPage();
    const c = EDITORS.find((e) => e.name === 'quill')!;
    const frame = await openEditor(page, srv.origin, c);
    await focusEditor(page, frame, c);
    await typeDraft(page);
    await poll(() => highlightTexts(frame, 'redline-warning'), (t) => t.includes('尽快'), 'highlights');

    const dir = join(tmpdir(), `redline-rc-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const good = join(dir, '.redlinerc.json');
    writeFileSync(good, JSON.stringify({ preset: 'publicity', rules: { 'measure/vague-timeframe': 'off' } }));
    const bad = join(dir, 'bad.redlinerc.json');
    writeFileSync(bad, JSON.stringify({ rules: { 'measure/missing-owner': 'warn' } }));

    const options = await L.ctx.newPage();
    await options.goto(`chrome-extension://${L.extensionId}/options.html`);
    await options.locator('[data-testid=import]').setInputFiles(bad);
    await poll(() => options.locator('[data-testid=status]').textContent(), (t) => !!t && t.includes('导入失败'), 'error');
    expect(await options.locator('[data-testid=status]').textContent()).toContain('rules.measure/missing-owner');
    await options.locator('[data-testid=import]').setInputFiles(good);
    await poll(() => options.locator('[data-testid=status]').textContent(), (t) => !!t && t.includes('已导入'), 'import');
    expect(await options.locator('[data-testid=preset]').inputValue()).toBe('publicity');
    await poll(() => highlightTexts(frame, 'redline-warning'), (t) => !t.includes('尽快'), 'rule turned off by import');
    await options.screenshot({ path: join(ARTIFACTS, 'options.png'), fullPage: true });

    // Export writes the same format back.
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid=export]').click()]);
    const exported = join(dir, 'exported.json');
    await download.saveAs(exported);
    const text = (await import('node:fs')).readFileSync(exported, 'utf8');
    expect(JSON.parse(text)).toEqual({ preset: 'publicity', profile: 'auto', rules: { 'measure/vague-timeframe': 'off' } });


    // A rule pack (YAML) imported in the options page runs in the page: its error-level finding is painted.
    const pack = join(dir, 'org.yaml');
    writeFileSync(pack, 'name: org\nrules:\n  - id: service-team\n    kind: existence\n    message: 请写明服务队名称\n    level: error\n    tokens: [党员服务队]\n');
    await options.locator('[data-testid=import-pack]').setInputFiles(pack);
    await poll(() => options.locator('[data-testid=status]').textContent(), (t) => !!t && t.includes('已导入规则包'), 'pack import');
    expect(await options.locator('[data-testid=packs]').textContent()).toContain('org');
    await poll(() => highlightTexts(frame, 'redline-error'), (t) => t.includes('党员服务队'), 'pack rule painted');

    // Back to defaults for the tests after this one.
    await options.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.clear());
    await Promise.all([options.close(), page.close()]);
  });

  it('the pages made no network request the extension caused', () => {
    const foreign = requests.filter((u) => !u.startsWith(srv.origin) && !/^(chrome-extension|data|blob|about):/.test(u));
    expect(foreign).toEqual([]);
    const allowed = /^\/(pages|nm|build)\/|^\/favicon\.ico$/;
    const unexpected = srv.log.filter((r) => r.method !== 'GET' || !allowed.test(r.path));
    expect(unexpected).toEqual([]);
    expect(srv.log.length).toBeGreaterThan(10);
  });
});

if (!avail.run) {
  describe('extension in Debian Chromium (skipped)', () => {
    it.skip(avail.reason, () => {});
  });
}

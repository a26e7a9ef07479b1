/**
 * The HTML report in Debian's Chromium (playwright-core, never a
 * downloaded browser): the ranking table sorts and filters, no request
 * leaves the page, a screenshot and a PDF print are saved under
 * artifacts/ (gitignored). Skipped with a message when /usr/bin/chromium
 * is absent and CI is not set; on CI a missing Chromium fails.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBatch, run, tempDir } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(here, '../../artifacts');
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`跳过浏览器测试：没有 ${CHROMIUM}（运行 cli/scripts/ci-setup.sh 安装 Debian 的 chromium 和 fonts-noto-cjk；CI 上不会跳过）`);

describe.skipIf(!available && !process.env.CI)('HTML report in Chromium', () => {
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    const fx = await buildBatch();
    const out = join(tempDir('redline-html-'), 'report.html');
    const res = await run(['check', fx.sub, '--against', fx.tpl, '--preset', 'submission', '--format', 'html', '--out', out]);
    expect(res.code).toBe(2);
    url = pathToFileURL(out).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('sorts and filters the ranking table, requests nothing, and saves a screenshot and a PDF', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    // Anything but the report itself is blocked (and recorded above).
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    await expect(page.title()).resolves.toContain('批量审校报告');

    const scores = () => page.$$eval('#rank tbody tr:not([hidden]) td:nth-child(3)', (tds) => tds.map((td) => Number(td.getAttribute('data-v'))));
    const names = () => page.$$eval('#rank tbody tr:not([hidden]) td:nth-child(2) a', (as) => as.map((a) => a.textContent));
    const initial = await scores();
    expect(initial).toHaveLength(4);
    expect(initial).toEqual([...initial].sort((a, b) => b - a));
    const score = page.locator('#rank thead th', { hasText: '得分' });
    await score.click();
    expect(await score.getAttribute('aria-sort')).toBe('ascending');
    expect(await scores()).toEqual([...initial].sort((a, b) => a - b));
    await score.click();
    expect(await score.getAttribute('aria-sort')).toBe('descending');
    expect(await scores()).toEqual([...initial].sort((a, b) => b - a));
    // Sort by name (text column).
    await page.locator('#rank thead th', { hasText: '材料' }).click();
    const sortedNames = await names();
    expect(sortedNames).toEqual([...sortedNames].sort((a, b) => a!.localeCompare(b!, 'zh-CN')));

    // Filters: text, "only copied".
    await page.fill('#filter', '宣传稿');
    expect(await names()).toEqual(['c-宣传稿.md']);
    await expect(page.locator('#shown').textContent()).resolves.toBe('显示 1 / 4 份');
    await page.fill('#filter', '');
    await page.check('#only-copied');
    expect((await names()).sort()).toEqual(['a-申报书.docx', 'b-总结.txt', 'c-宣传稿.md']);
    await page.uncheck('#only-copied');

    // The similarity table and the findings are there.
    await expect(page.locator('#similar tbody tr').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(page.locator('ol.findings li[data-rule="brand/copied-passage"]').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.locator('svg.radar').count()).resolves.toBe(4);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'batch-report.png'), fullPage: false });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(ARTIFACTS, 'batch-report.pdf'), pdf);
    expect(statSync(join(ARTIFACTS, 'batch-report.png')).size).toBeGreaterThan(10_000);
    expect(pdf.length).toBeGreaterThan(10_000);

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await context.close();
  }, 90_000);
});

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ruleMetas } from '@redline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchMessage } from '../src/batch/types.js';
import { buildBatch, prose, run, tempDir } from './fixtures.js';

type JsonResult = { path: string; messages: BatchMessage[]; report?: { score: number; characters: number }; error?: string };

let fx: Awaited<ReturnType<typeof buildBatch>>;
let json: JsonResult[];
let code: number;
let stderr: string;

beforeAll(async () => {
  fx = await buildBatch();
  const out = await run(['check', fx.sub, '--format', 'json', '--preset', 'submission', '--against', fx.tpl, '-j', '2']);
  code = out.code;
  stderr = out.stderr;
  json = JSON.parse(out.stdout);
}, 60_000);

const byName = (name: string) => json.find((r) => basename(r.path) === name)!;
const copies = (r: JsonResult) => r.messages.filter((m) => m.ruleId === 'brand/copied-passage');

describe('redline check DIR (batch)', () => {
  it('gives one result per file, checked files in path order, unsupported files last', () => {
    expect(json.map((r) => basename(r.path))).toEqual(['a-申报书.docx', 'b-总结.txt', 'c-宣传稿.md', 'd-方案.html', 'e-空白.txt', 'f-损坏.docx', 'g-加密.docx', 'h-附件.pdf']);
  });

  it('reads .docx, GBK .txt, Markdown and UTF-16 HTML', () => {
    for (const n of ['a-申报书.docx', 'b-总结.txt', 'c-宣传稿.md', 'd-方案.html']) {
      expect(byName(n).error).toBeUndefined();
      expect(byName(n).report!.characters).toBeGreaterThan(300);
    }
  });

  it('gives a per-file Chinese error for empty, corrupt, encrypted and unknown files, and exits 2', () => {
    expect(byName('e-空白.txt').error).toMatch(/文件为空/);
    expect(byName('f-损坏.docx').error).toMatch(/损坏/);
    expect(byName('g-加密.docx').error).toMatch(/受密码保护/);
    expect(byName('h-附件.pdf').error).toMatch(/不支持的文件类型/);
    expect(code).toBe(2);
  });

  it('reports the near-duplicate passage in both files with both locations and the share copied', () => {
    const a = byName('a-申报书.docx');
    const b = byName('b-总结.txt');
    const [ma] = copies(a);
    const [mb] = copies(b);
    expect(copies(a)).toHaveLength(1);
    expect(copies(b)).toHaveLength(1);
    expect(ma.severity).toBe('error');
    expect(ma.copied!.partners[0].path).toBe(b.path);
    expect(mb.copied!.partners[0].path).toBe(a.path);
    // The partner place in b is where b's own message sits, and vice versa.
    expect(ma.copied!.partners[0].place).toEqual(mb.place);
    expect(mb.copied!.partners[0].place).toEqual(ma.place);
    // Known overlap: the shared passage over each file's counted text.
    expect(ma.copied!.share).toBeGreaterThan(fx.expect.aShare - 0.03);
    expect(ma.copied!.share).toBeLessThan(fx.expect.aShare + 0.03);
    expect(mb.copied!.share).toBeGreaterThan(fx.expect.bShare - 0.03);
    expect(mb.copied!.share).toBeLessThan(fx.expect.bShare + 0.03);
    expect(ma.reason).toMatch(/照搬照抄/);
    expect(ma.reason).toContain(`${Math.round(ma.copied!.share * 100)}%`);
    expect(ma.note).toContain('b-总结.txt');
    // The message's text is the passage (with the docx's Markdown, as checked).
    expect(ma.actual.replace(/\s/g, '')).toContain(ma.actual.replace(/\s/g, '').slice(0, 20));
    expect(ma.place.end.offset! - ma.place.start.offset!).toBeGreaterThan(350);
  });

  it('reports a passage copied from a template (--against)', () => {
    const c = byName('c-宣传稿.md');
    const [m] = copies(c);
    expect(m.copied!.partners).toEqual([expect.objectContaining({ template: true, path: join(fx.tpl, '模板.md') })]);
    expect(m.copied!.share).toBeGreaterThan(fx.expect.cTemplateShare - 0.03);
    expect(m.copied!.share).toBeLessThan(fx.expect.cTemplateShare + 0.03);
    expect(m.reason).toContain('模板《模板.md》');
  });

  it('does not flag unrelated files', () => {
    expect(copies(byName('d-方案.html'))).toEqual([]);
  });

  it('counts copied passages in the score', () => {
    const a = byName('a-申报书.docx') as JsonResult & { report: { deductions: Array<{ ruleId: string }> } };
    expect(a.report.deductions.some((d) => d.ruleId === 'brand/copied-passage')).toBe(true);
  });

  it('prints nothing on stderr but per-file errors when not writing a report file', () => {
    expect(stderr).toBe('');
  });

  it('gives the same results in the same order on one thread and on several', async () => {
    const one = await run(['check', fx.sub, '--format', 'json', '--preset', 'submission', '--against', fx.tpl, '-j', '1']);
    expect(JSON.parse(one.stdout)).toEqual(json);
  }, 60_000);
});

describe('copy detection settings', () => {
  /** Two files sharing a 200-character passage; `config` is written as .redlinerc.json. */
  const pair = (config?: unknown, extra = '') => {
    const dir = tempDir();
    const shared = prose(200, 500);
    writeFileSync(join(dir, 'x.txt'), `${prose(300, 501)}\n\n${shared}\n\n${extra}`);
    writeFileSync(join(dir, 'y.txt'), `${shared}\n\n${prose(300, 502)}\n\n${extra}`);
    if (config) writeFileSync(join(dir, '.redlinerc.json'), JSON.stringify(config));
    return dir;
  };
  const onlyCopies = (severity: string, options?: Record<string, unknown>) => ({
    rules: Object.fromEntries(ruleMetas().map((m) => [m.id, m.id === 'brand/copied-passage' ? (options ? [severity, options] : severity) : 'off'])),
  });

  it('exits 1 when the only findings are error-level copies, 0 when they are warnings', async () => {
    const e = await run(['check', pair(onlyCopies('error')), '--format', 'json']);
    expect(e.code).toBe(1);
    expect(JSON.parse(e.stdout).map((r: JsonResult) => r.messages.length)).toEqual([1, 1]);
    const w = await run(['check', pair(onlyCopies('warning')), '--format', 'json']);
    expect(w.code).toBe(0);
    expect(JSON.parse(w.stdout)[0].messages[0].severity).toBe('warning');
  });

  it('can be turned off or tuned in .redlinerc.json', async () => {
    const off = await run(['check', pair(onlyCopies('off')), '--format', 'json']);
    expect(JSON.parse(off.stdout).flatMap((r: JsonResult) => r.messages)).toEqual([]);
    const long = await run(['check', pair(onlyCopies('error', { minChars: 400 })), '--format', 'json']);
    expect(JSON.parse(long.stdout).flatMap((r: JsonResult) => r.messages)).toEqual([]);
    const bad = await run(['check', pair({ rules: { 'brand/copied-passage': ['error', { minChars: 'many' }] } }), '--format', 'json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/brand\/copied-passage/);
  });

  it('does not count shared headings and fixed political formulas', async () => {
    const dir = tempDir();
    const head = '# 关于以习近平新时代中国特色社会主义思想为指导深入推进党建品牌创建工作的实施方案\n\n## 一、坚持以习近平新时代中国特色社会主义思想为指导全面贯彻党的二十大精神\n\n';
    const formula = '坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，增强“四个意识”、坚定“四个自信”、做到“两个维护”，充分发挥党支部战斗堡垒作用和党员先锋模范作用。';
    writeFileSync(join(dir, 'x.md'), `${head}${formula}\n\n${prose(300, 601)}\n`);
    writeFileSync(join(dir, 'y.md'), `${head}${prose(300, 602)}\n\n${formula}\n`);
    writeFileSync(join(dir, '.redlinerc.json'), JSON.stringify(onlyCopies('error')));
    const out = await run(['check', dir, '--format', 'json']);
    expect(JSON.parse(out.stdout).flatMap((r: JsonResult) => r.messages)).toEqual([]);
    expect(out.code).toBe(0);
  });

  it('checks standard input together with files', async () => {
    const dir = pair(onlyCopies('warning'));
    const text = readFileSync(join(dir, 'x.txt'), 'utf8');
    const out = await run(['check', '-', join(dir, 'y.txt'), '--format', 'json', '--config', join(dir, '.redlinerc.json')], text);
    const res = JSON.parse(out.stdout) as JsonResult[];
    expect(res.map((r) => r.path)).toEqual(['<stdin>', join(dir, 'y.txt')]);
    expect(res[0].messages[0].copied!.partners[0].path).toBe(join(dir, 'y.txt'));
  });
});

describe('redline check (unchanged behaviour)', () => {
  it('text output lists findings with the score, like before', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '方案.md'), '# 检修车间党支部品牌创建方案\n\n我们要高度重视品牌创建工作，切实加强组织领导，不断提升工作水平。\n');
    const out = await run(['check', join(dir, '方案.md')]);
    expect(out.stdout).toMatch(/方案\.md\n\s*\d+:\d+-\d+:\d+\s+(error|warning|info)/);
    expect(out.stdout).toMatch(/得分：\d+\/100/);
    expect(out.code).toBeLessThan(2);
  });
  it('usage errors exit 2', async () => {
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['check', 'x', '--format', 'pdf'])).code).toBe(2);
    expect((await run(['check', 'x', '--jobs', '0'])).code).toBe(2);
  });
  it('writes --out files and says so on stderr', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), `# 标题\n\n${prose(200, 700)}\n`);
    const out = await run(['check', dir, '--format', 'csv', '--out', join(dir, 'out', 'r.csv')]);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/已写入 .*r\.csv（1 份材料/);
    expect(readFileSync(join(dir, 'out', 'r.csv'), 'utf8')).toMatch(/^\uFEFF排名,文件,得分/);
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch/run.js';
import type { BatchResult } from '../src/batch/types.js';
import { progressBar } from '../src/progress.js';
import { csvCell, csvReport } from '../src/reporters/csv.js';
import { htmlChunks, htmlReport, radarSvg, sentenceContext } from '../src/reporters/html.js';
import { sarifChunks, sarifLog, sarifReport } from '../src/reporters/sarif.js';
import { textReport } from '../src/reporters/text.js';
import { check } from '@redline/core';
import { buildBatch } from './fixtures.js';

const here = dirname(fileURLToPath(import.meta.url));
const SCHEMA = join(here, '../../../shared/data/sarif-schema-2.1.0.json');

let batch: BatchResult;
beforeAll(async () => {
  const fx = await buildBatch();
  batch = await runBatch({ paths: [fx.sub], against: [fx.tpl], preset: 'submission', jobs: 1 });
}, 60_000);

describe('SARIF', () => {
  const validator = () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
  };

  it('streams the same log as the object form, one chunk per result', () => {
    const chunks = [...sarifChunks(batch)];
    const log = sarifLog(batch);
    expect(JSON.parse(chunks.join(''))).toEqual(log);
    expect(chunks.length).toBe(log.runs[0].results!.length + 2);
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = validator();
    const log = JSON.parse(sarifReport(batch));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the validator rejects a broken log (the test can fail)', () => {
    const validate = validator();
    const log = JSON.parse(sarifReport(batch)) as Sarif.Log;
    (log.runs[0].results![0] as unknown as { level: string }).level = 'fatal';
    expect(validate(log)).toBe(false);
    const noVersion = JSON.parse(sarifReport(batch));
    delete noVersion.version;
    expect(validate(noVersion)).toBe(false);
  });

  it('has rules, levels, locations, fixes, related locations and read failures', () => {
    const log = sarifLog(batch);
    const run = log.runs[0];
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toContain('brand/copied-passage');
    const results = run.results!;
    for (const r of results) {
      expect(rules[r.ruleIndex!].id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      const region = r.locations![0].physicalLocation!.region!;
      expect(region.startLine).toBeGreaterThan(0);
    }
    const copied = results.filter((r) => r.ruleId === 'brand/copied-passage');
    expect(copied.length).toBeGreaterThanOrEqual(3);
    expect(copied.every((r) => r.relatedLocations?.length)).toBe(true);
    const fixed = results.find((r) => r.fixes?.length)!;
    expect(fixed).toBeDefined();
    const rep = fixed.fixes![0].artifactChanges[0].replacements[0];
    expect(rep.deletedRegion.charLength).toBeGreaterThan(0);
    expect(rep.insertedContent!.text!.length).toBeGreaterThan(0);
    // Fixes are never offered on .docx artifacts (positions are in the converted text).
    const docxIndex = run.artifacts!.findIndex((a) => a.location!.uri!.endsWith('.docx') && a.mimeType);
    expect(results.filter((r) => r.locations![0].physicalLocation!.artifactLocation!.index === docxIndex).every((r) => !r.fixes)).toBe(true);
    const notes = run.invocations![0].toolExecutionNotifications!;
    expect(notes.map((n) => n.message.text)).toEqual(expect.arrayContaining([expect.stringMatching(/e-空白\.txt：文件为空/), expect.stringMatching(/g-加密\.docx：文件受密码保护/)]));
    expect(run.invocations![0].executionSuccessful).toBe(false);
  });
});

describe('CSV', () => {
  const parse = (csv: string): string[][] => {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let q = false;
    for (let i = 0; i < csv.length; i++) {
      const c = csv[i];
      if (q) {
        if (c === '"' && csv[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') q = false;
        else cell += c;
      } else if (c === '"') q = true;
      else if (c === ',') {
        row.push(cell);
        cell = '';
      } else if (c === '\r' && csv[i + 1] === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
        i++;
      } else cell += c;
    }
    return rows;
  };

  it('has a BOM, a header and one row per file, ranked by score, failures last', () => {
    const csv = csvReport(batch);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(csv.slice(1));
    expect(header.slice(0, 4)).toEqual(['排名', '文件', '得分', '文稿类型']);
    expect(rows).toHaveLength(batch.results.length);
    const scores = rows.filter((r) => r[0]).map((r) => Number(r[2]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(rows.filter((r) => r[0]).map((r) => Number(r[0]))).toEqual([1, 2, 3, 4]);
    const err = rows.find((r) => r[1].endsWith('g-加密.docx'))!;
    expect(err[header.indexOf('读取错误')]).toMatch(/受密码保护/);
    const a = rows.find((r) => r[1].endsWith('a-申报书.docx'))!;
    expect(Number(a[header.indexOf('与其他材料相同的文字占比')])).toBeGreaterThan(0.25);
    expect(a[header.indexOf('最相似的材料')]).toMatch(/b-总结\.txt（\d+%）/);
    expect(rows.find((r) => r[1].endsWith('b-总结.txt'))![header.indexOf('编码')]).toBe('GB18030');
  });

  it('quotes cells and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('HTML', () => {
  it('is one self-contained Chinese page with no external reference', () => {
    const html = htmlReport(batch);
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|\ssrc=|@import|url\(|https?:\/\/(?!redline\.invalid)/);
    expect(html).toContain('排名总表');
    expect(html).toContain('相似材料');
    expect(html).toContain('无法读取的文件');
    expect((html.match(/<article class="sub"/g) ?? []).length).toBe(4);
    expect((html.match(/<svg class="radar"/g) ?? []).length).toBe(4);
    expect(html).toMatch(/<mark>[^<]+<\/mark>/);
  });
  it('comes in pieces, one per submission, that make the same page', () => {
    const chunks = [...htmlChunks(batch)];
    const checked = batch.results.filter((r) => !r.error && r.report).length;
    expect(chunks.length).toBe(checked + 2);
    expect(chunks.filter((c) => c.includes('<section class="file"') || /id="f-\d+"/.test(c)).length).toBeGreaterThanOrEqual(checked);
    expect(chunks.join('')).toBe(htmlReport(batch));
    expect(chunks.at(-1)).toMatch(/<\/html>\n$/);
  });

  it('escapes document text', () => {
    const evil: BatchResult = {
      ...batch,
      results: [{ ...batch.results[0], path: '<script>alert(1)</script>.md', text: '<img src=x onerror=alert(1)>' + (batch.results[0].text ?? '') }],
    };
    const html = htmlReport(evil);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;.md');
  });
  it('finds the sentence around a finding', () => {
    const t = '第一句。第二句有问题的地方在这里，还有后文。第三句。';
    const s = t.indexOf('问题');
    expect(sentenceContext(t, s, s + 2)).toEqual({ before: '第二句有', match: '问题', after: '的地方在这里，还有后文。' });
  });
  it('draws one radar point per dimension', () => {
    const dims = batch.results.find((r) => r.report)!.report!.dimensions;
    const svg = radarSvg(dims);
    expect((svg.match(/<circle/g) ?? []).length).toBe(dims.length);
    expect(svg).toContain('运行机制');
  });
});

describe('text', () => {
  it('marks the dimensions an assessment part names, as assessment/missing-dimension judges them', () => {
    const text = '党支部品牌创建方案\n一、主要措施\n由支部书记负责，健全工作机制，2025年6月底前建立月度例会制度。\n二、考核评价\n每年12月从措施落实、创建成效、群众满意度、影响力四方面打分。';
    const r = check(text, { path: 'a.txt' });
    const out = textReport([{ path: 'a.txt', messages: r.messages, report: r.report, text }]);
    expect(out).toMatch(/考核维度（考核部分）：运行机制✗  措施落实✓/);
    expect(out).toMatch(/assessment\/missing-dimension/);
  });
  it('marks what the whole document covers when it has no assessment part', () => {
    const text = '工作总结\n一、主要做法\n支部健全工作机制，建立月度例会制度。';
    const r = check(text, { path: 'b.txt' });
    const out = textReport([{ path: 'b.txt', messages: r.messages, report: r.report, text }]);
    expect(out).toMatch(/考核维度：运行机制✓/);
  });
});

describe('progress bar', () => {
  const stream = (tty: boolean) => {
    const s = Object.assign(new PassThrough(), { isTTY: tty, columns: 120 });
    let out = '';
    s.on('data', (d: Buffer) => (out += d.toString()));
    return { s, out: () => out };
  };
  it('draws count, rate and time left on a terminal', () => {
    const { s, out } = stream(true);
    const p = progressBar(s)!;
    p.start(3);
    p.tick('a');
    p.tick('b');
    p.tick('c');
    p.stop();
    expect(out()).toMatch(/3\/3 份/);
    expect(out()).toMatch(/份\/秒/);
    expect(out()).toMatch(/剩余/);
  });
  it('is silent when the stream is not a terminal or when disabled', () => {
    expect(progressBar(stream(false).s)).toBeUndefined();
    expect(progressBar(stream(true).s, false)).toBeUndefined();
  });
});

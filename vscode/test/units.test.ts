/** Unit tests of the pure parts: snippets, config error placement, settings merge, report HTML. */
import { check, RedlineConfigError } from '@redline/core';
import { describe, expect, it } from 'vitest';
import type { DocumentReport } from '../shared/protocol.js';
import { radarSvg, renderReport } from '../client/src/report.js';
import { replacementTitle } from '../server/src/actions.js';
import { configDiagnostic, keyPath, mergeSettings } from '../server/src/config.js';
import { diffEdit, mergeInsertions, snippetDefaultText, toSnippet } from '../server/src/snippets.js';

describe('snippets', () => {
  it.each([
    ['由【责任部门/责任人】负责，要进一步拓宽宣传渠道。', '由${1:责任部门/责任人}负责，要进一步拓宽宣传渠道。'],
    ['于【20XX年X月底】前', '于${1:20XX年X月底}前'],
    ['花费$5}元【金额\\单位】', '花费\\$5\\}元${1:金额\\\\单位}'],
    ['没有占位符', '没有占位符'],
  ])('%s → %s', (text, snippet) => {
    expect(toSnippet(text).snippet).toBe(snippet);
    expect(snippetDefaultText(snippet)).toBe(text.replace(/[【】]/g, ''));
  });

  it('numbers tab stops from a given start', () => {
    expect(toSnippet('【甲】和【乙】', 3)).toEqual({ snippet: '${3:甲}和${4:乙}', next: 5 });
  });

  it('merges single insertions of the same sentence in position order', () => {
    const actual = '要进一步拓宽宣传渠道。';
    expect(mergeInsertions(actual, ['由【A】负责，要进一步拓宽宣传渠道。', '【T】前，要进一步拓宽宣传渠道。', '要进一步拓宽宣传渠道，完成【N】。'])).toBe('由【A】负责，【T】前，要进一步拓宽宣传渠道，完成【N】。');
    expect(mergeInsertions('尽快', ['于【T】前'])).toBeUndefined(); // a replacement, not an insertion
  });

  it('diffs and titles replacements', () => {
    expect(diffEdit('支部将尽快组建', '支部将于【T】前组建')).toEqual({ at: 3, removed: '尽快', insert: '于【T】前' });
    expect(replacementTitle('尽快', '于【20XX年X月底】前')).toBe('将“尽快”改为“于【20XX年X月底】前”（填空模板）');
    expect(replacementTitle('做的好', '做得好')).toBe('将“的”改为“得”');
    expect(replacementTitle('好。', '好，完成【N项】。')).toBe('插入“，完成【N项】”（填空模板）');
  });
});

describe('config errors', () => {
  it('splits core keys into JSON paths', () => {
    expect(keyPath('rules.measure/missing-owner[1].minPhrases')).toEqual(['rules', 'measure/missing-owner', 1, 'minPhrases']);
    expect(keyPath('dimensions[0].name')).toEqual(['dimensions', 0, 'name']);
    expect(keyPath('')).toEqual([]);
  });

  const at = (text: string, e: RedlineConfigError) => {
    const d = configDiagnostic('/x/.redlinerc.json', e, text);
    const lines = text.split('\n');
    return lines[d.range.start.line].slice(d.range.start.character, d.range.start.line === d.range.end.line ? d.range.end.character : undefined);
  };

  it('marks the bad value, the unknown key, or the JSON syntax error', () => {
    const text = '{\n  "preset": "summary",\n  "rules": { "measure/missing-owner": "warn" },\n  "colour": 1\n}';
    expect(at(text, new RedlineConfigError('f', 'rules.measure/missing-owner', '应为 "off"、"info"、"warning"、"error" 之一'))).toBe('"warn"');
    expect(at(text, new RedlineConfigError('f', '', '不认识的键 "colour"'))).toBe('"colour"');
    expect(at(text, new RedlineConfigError('f', 'rules.measure/missing-owner', '没有这个规则'))).toBe('"measure/missing-owner"');
    expect(at('{\n  "preset": summary\n}', new RedlineConfigError('f', '', '不是合法的 JSON'))).toBe('summary');
  });
});

describe('settings merge', () => {
  it('lets non-empty settings override the file and merges rules', () => {
    const { config } = mergeSettings({ preset: 'summary', rules: { 'measure/missing-owner': 'off', 'measure/missing-target': 'info' } }, { preset: 'submission', profile: '', rules: { 'measure/missing-target': 'error' } });
    expect(config).toEqual({ preset: 'submission', rules: { 'measure/missing-owner': 'off', 'measure/missing-target': 'error' } });
    expect(mergeSettings(undefined, { preset: '', profile: '' })).toEqual({});
  });

  it('reports bad settings and ignores them', () => {
    const r = mergeSettings(undefined, { rules: { 'measure/nope': 'off' } });
    expect(r.config).toBeUndefined();
    expect(r.error).toContain('rules.measure/nope');
  });
});

describe('report view', () => {
  const text = '三、下一步工作措施\n（一）加强品牌宣传推广。要进一步拓宽宣传渠道，提升品牌知名度。';
  const { messages, report } = check(text, { profile: 'plan' });
  const doc: DocumentReport = {
    uri: 'file:///x/plan.txt',
    version: 3,
    report,
    findings: messages.map((m) => ({
      ruleId: m.ruleId,
      family: m.ruleId.split('/')[0],
      severity: m.severity,
      reason: m.reason,
      actual: m.actual,
      range: { start: { line: m.place.start.line - 1, character: m.place.start.column - 1 }, end: { line: m.place.end.line - 1, character: m.place.end.column - 1 } },
      document: !!m.document,
    })),
  };
  const html = renderReport(doc, { cspSource: 'vscode-webview:', nonce: 'abc', name: 'plan.txt' });

  it('shows the score, the five dimensions on a radar, sections and findings grouped by family', () => {
    expect(html).toContain(`data-testid="score">${report.score}<`);
    for (const d of ['运行机制', '措施落实', '创建成效', '公认度', '影响力']) expect(html).toContain(`>${d}<title>`);
    const shape = /data-testid="radar-shape" points="([^"]+)"/.exec(html)![1].split(' ');
    expect(shape).toHaveLength(5);
    for (const s of report.sections) expect(html).toContain(s.name);
    const families = [...html.matchAll(/data-family="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(families)).toEqual(new Set(messages.map((m) => m.ruleId.split('/')[0])));
    // Each finding is a link carrying its range for the jump.
    expect([...html.matchAll(/class="finding sev-/g)]).toHaveLength(messages.length);
    expect(html).toContain(`data-range="${JSON.stringify(doc.findings[0].range).replace(/"/g, '&quot;')}"`);
    expect(html).toContain("script-src 'nonce-abc'");
  });

  it('draws the radar vertex of a dimension at its strength', () => {
    const dims = ['甲', '乙', '丙', '丁'].map((name, i) => ({ id: name, name, covered: true, inAssessment: false, mentions: i, strength: i === 0 ? 1 : 0 }));
    const pts = /points="([^"]+)"/.exec(radarSvg(dims).split('radar-shape')[1])![1].split(' ');
    expect(pts[0]).toBe('160.0,50.0'); // first axis points up, full strength = radius 110 from the centre (160,160)
    expect(pts[1]).toBe('160.0,160.0');
    expect(radarSvg(dims.slice(0, 2))).toContain('<meter');
  });

  it('escapes document text', () => {
    const evil = renderReport({ ...doc, findings: [{ ...doc.findings[0], reason: '<img src=x onerror=alert(1)>' }] }, { cspSource: 'x', nonce: 'n', name: 'a' });
    expect(evil).not.toContain('<img src=x');
    expect(evil).toContain('&lt;img src=x');
  });
});

/**
 * The language server over stdio (the bundled dist/server.cjs), driven with vscode-jsonrpc:
 * exact diagnostics on small controlled texts, code action edits applied to the text,
 * hovers, configuration (file and settings) changes, the report and workspace requests,
 * and that a large document never blocks the server.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, RULE_MAP } from '@redline/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snippetDefaultText } from '../server/src/snippets.js';
import { action, codes, editsFor, startServer, type Session } from './lsp.js';

const MEASURE = '三、下一步工作措施\n（一）加强品牌宣传推广。要进一步拓宽宣传渠道，提升品牌知名度。';
const VAGUE = '支部将尽快开展职工需求调研。';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'redline-lsp-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh workspace folder with `files` written into it. */
function workspace(name: string, files: Record<string, string> = {}): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}

const uriOf = (path: string) => pathToFileURL(path).href;
const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

/** Applies the (plain or snippet, with default placeholder text) edits of `uri` to `text`. */
function applyAction(text: string, uri: string, a: CodeAction): string {
  const doc = TextDocument.create(uri, 'plaintext', 0, text);
  return TextDocument.applyEdits(doc, editsFor(a.edit, uri).map((e) => ({ range: e.range, newText: e.snippet ? snippetDefaultText(e.snippet) : e.newText })));
}

async function actionsAt(s: Session, uri: string, diagnostics: Diagnostic[]) {
  return s.conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
}

describe('language server over stdio', () => {
  let s: Session;
  let dir: string;
  beforeAll(async () => {
    dir = workspace('basic');
    s = await startServer({ folder: dir });
  });
  afterAll(() => s.stop());

  it('initializes with incremental sync, code actions and hovers', () => {
    const caps = s.init.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.codeActionProvider).toBeTruthy();
    expect(caps.hoverProvider).toBe(true);
    expect(s.init.serverInfo?.name).toBe('redline-lsp');
  });

  it('publishes exact diagnostics for a measure missing its owner, deadline and target', async () => {
    const uri = uriOf(join(dir, 'measure.txt'));
    const got = s.diagnostics(uri);
    s.open(uri, 'plaintext', MEASURE);
    const { diagnostics, version } = await got;
    expect(version).toBe(1);
    expect(codes(diagnostics)).toEqual(['measure/missing-owner', 'measure/missing-deadline', 'measure/missing-target']);
    for (const d of diagnostics) {
      expect(d.range).toEqual(range(1, 12, 1, 31));
      expect(d.severity).toBe(2); // Warning under the default `summary` preset
      expect(d.source).toBe('redline');
      expect(d.codeDescription?.href).toBe(RULE_MAP.get(String(d.code))!.meta.url);
    }
    // message = reason + "\n" + note, data = expected: the same messages the core gives.
    const core = check(MEASURE).messages;
    expect(diagnostics.map((d) => d.message)).toEqual(core.map((m) => `${m.reason}\n${m.note}`));
    expect(diagnostics.map((d) => d.data)).toEqual(core.map((m) => m.expected));
    expect(s.text(uri).slice(TextDocument.create(uri, 'plaintext', 1, MEASURE).offsetAt(diagnostics[0].range.start), 41)).toBe('要进一步拓宽宣传渠道，提升品牌知名度。');
  });

  it('places a vague time word exactly and offers its replacement as a snippet', async () => {
    const uri = uriOf(join(dir, 'vague.txt'));
    const got = s.diagnostics(uri);
    s.open(uri, 'plaintext', VAGUE);
    const { diagnostics } = await got;
    expect(codes(diagnostics)).toEqual(['measure/missing-target', 'measure/vague-timeframe']);
    expect(diagnostics.map((d) => [d.range, d.severity])).toEqual([
      [range(0, 0, 0, 14), 2],
      [range(0, 3, 0, 5), 2],
    ]);
    const actions = await actionsAt(s, uri, [diagnostics[1]]);
    const fix = action(actions, '将“尽快”改为“于【20XX年X月底】前”（填空模板）');
    expect(fix.kind).toBe('quickfix');
    const [edit] = editsFor(fix.edit, uri);
    expect(edit.snippet).toBe('于${1:20XX年X月底}前');
    expect(edit.range).toEqual(range(0, 3, 0, 5));
    expect(applyAction(VAGUE, uri, fix)).toBe('支部将于20XX年X月底前开展职工需求调研。');
  });

  it('merges the missing measure elements into one template with numbered tab stops', async () => {
    const uri = uriOf(join(dir, 'measure.txt'));
    const diagnostics = s.published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
    const actions = await actionsAt(s, uri, diagnostics);
    const merged = action(actions, '补全措施要素（责任主体、时间节点、量化目标）');
    expect(merged.isPreferred).toBe(true);
    const [edit] = editsFor(merged.edit, uri);
    expect(edit.snippet).toBe('由${1:责任部门/责任人}负责，${2:20XX年X月底}前，要进一步拓宽宣传渠道，提升品牌知名度，完成${3:N项具体任务/形成具体成果}。');
    // One action per expected replacement too, titled by what it inserts.
    expect(actions.map((a) => a.title)).toEqual(
      expect.arrayContaining(['插入“由【责任部门/责任人】负责，”（填空模板）', '插入“【20XX年X月底】前，”（填空模板）', '插入“，完成【N项具体任务/形成具体成果】”（填空模板）']),
    );
    // Filled in with real values, the measure is complete: the three findings go away.
    const filled = edit.snippet!.replace('${1:责任部门/责任人}', '综合办公室').replace('${2:20XX年X月底}', '2025年6月底').replace('${3:N项具体任务/形成具体成果}', '3项宣传任务');
    const next = s.diagnostics(uri, (p) => p.version === 2);
    const text = s.edit(uri, [{ range: edit.range, newText: filled }]);
    expect(text.split('\n')[1]).toBe('（一）加强品牌宣传推广。由综合办公室负责，2025年6月底前，要进一步拓宽宣传渠道，提升品牌知名度，完成3项宣传任务。');
    const after = (await next).diagnostics;
    expect(codes(after)).not.toContain('measure/missing-owner');
    expect(codes(after)).not.toContain('measure/missing-deadline');
    expect(codes(after)).not.toContain('measure/missing-target');
  });

  it('ignores a finding with an inline disable comment', async () => {
    const uri = uriOf(join(dir, 'vague.txt'));
    const diagnostics = s.published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
    const actions = await actionsAt(s, uri, [diagnostics[1]]);
    const ignore = action(actions, '在此处忽略此规则（measure/vague-timeframe）');
    expect(applyAction(VAGUE, uri, ignore)).toBe(`<!-- redline-disable-next-line measure/vague-timeframe -->\n${VAGUE}`);
    const next = s.diagnostics(uri, (p) => p.version === 2);
    s.edit(uri, editsFor(ignore.edit, uri));
    const after = await next;
    expect(codes(after.diagnostics)).toEqual(['measure/missing-target']);
    expect(after.diagnostics[0].range).toEqual(range(1, 0, 1, 14));
  });

  it('shows the rule, why it matters, its source paper and examples on hover', async () => {
    const uri = uriOf(join(dir, 'hover.txt'));
    const got = s.diagnostics(uri);
    s.open(uri, 'plaintext', VAGUE);
    await got;
    const hover = await s.conn.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } });
    const md = (hover.contents as MarkupContent).value;
    expect((hover.contents as MarkupContent).kind).toBe('markdown');
    const meta = RULE_MAP.get('measure/vague-timeframe')!.meta;
    for (const part of [meta.description, meta.rationale, meta.examples.bad, meta.examples.good, '**出处**', meta.sources[0].section, meta.sources[0].point, '**反例**', '**正例**', '为什么重要']) {
      expect(md).toContain(part);
    }
    expect(md).toContain('《以党建品牌建设推动机关党建工作质量提升》'); // seed 002
    expect(hover.range).toEqual(range(0, 3, 0, 5)); // the innermost finding
    const none = await s.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 13 } });
    expect(none?.contents ? (none.contents as MarkupContent).value : '').not.toContain('vague-timeframe');
  });

  it('answers redline/report with the score, dimensions, sections and findings', async () => {
    const uri = uriOf(join(dir, 'measure.txt'));
    const r = await s.conn.sendRequest<{ version: number; report: { score: number; dimensions: unknown[]; profile: string }; findings: Array<{ ruleId: string; range: unknown }> }>('redline/report', { uri });
    const last = s.published.filter((p) => p.uri === uri).at(-1)!;
    expect(r.version).toBe(last.version);
    expect(r.findings.map((f) => [f.ruleId, f.range])).toEqual(last.diagnostics.map((d) => [d.code, d.range]));
    expect(r.report.score).toBeGreaterThanOrEqual(0);
    expect(r.report.score).toBeLessThanOrEqual(100);
    expect(r.report.dimensions).toHaveLength(5);
    expect(s.statuses.filter((x) => x.uri === uri).at(-1)).toMatchObject({ version: last.version, score: r.report.score });
    expect(await s.conn.sendRequest('redline/report', { uri: 'file:///nowhere.md' })).toBeNull();
  });
});

describe('configuration', () => {
  it('turns a rule off in .redlinerc.json through a code action, and re-checks when the file changes', async () => {
    const dir = workspace('config-action');
    const s = await startServer({ folder: dir });
    try {
      const uri = uriOf(join(dir, 'doc.txt'));
      const first = s.diagnostics(uri);
      s.open(uri, 'plaintext', VAGUE);
      const { diagnostics } = await first;
      const actions = await actionsAt(s, uri, [diagnostics[1]]);
      const off = action(actions, '在本工作区关闭此规则（measure/vague-timeframe）');
      const configUri = uriOf(join(dir, '.redlinerc.json'));
      expect(off.edit?.documentChanges?.[0]).toEqual({ kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
      const content = applyAction('', configUri, off);
      expect(JSON.parse(content)).toEqual({ rules: { 'measure/vague-timeframe': 'off' } });
      // The client applies the edit and saves; the file watcher tells the server.
      writeFileSync(join(dir, '.redlinerc.json'), content);
      const next = s.diagnostics(uri, (p) => !codes(p.diagnostics).includes('measure/vague-timeframe'));
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
      expect(codes((await next).diagnostics)).toEqual(['measure/missing-target']);

      // With the file present, a second rule is added by a minimal edit that keeps the first.
      const later = await actionsAt(s, uri, s.published.filter((p) => p.uri === uri).at(-1)!.diagnostics);
      const off2 = action(later, '在本工作区关闭此规则（measure/missing-target）');
      const content2 = applyAction(content, configUri, off2);
      expect(JSON.parse(content2)).toEqual({ rules: { 'measure/vague-timeframe': 'off', 'measure/missing-target': 'off' } });
    } finally {
      await s.stop();
    }
  });

  it('reports a bad config in the config file on the offending key and keeps the last good config', async () => {
    const dir = workspace('config-bad', { '.redlinerc.json': '{\n  "rules": { "measure/vague-timeframe": "off" }\n}\n' });
    const s = await startServer({ folder: dir });
    try {
      const uri = uriOf(join(dir, 'doc.txt'));
      const configUri = uriOf(join(dir, '.redlinerc.json'));
      const first = s.diagnostics(uri);
      s.open(uri, 'plaintext', VAGUE);
      expect(codes((await first).diagnostics)).toEqual(['measure/missing-target']);

      const bad = '{\n  "rules": {\n    "measure/vague-timeframe": "off",\n    "measure/missing-target": "warn"\n  }\n}\n';
      writeFileSync(join(dir, '.redlinerc.json'), bad);
      const configDiag = s.diagnostics(configUri, (p) => p.diagnostics.length > 0);
      const recheck = s.diagnostics(uri);
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      const [d] = (await configDiag).diagnostics;
      expect(d.severity).toBe(1);
      expect(d.message).toContain('rules.measure/missing-target');
      expect(d.message).toContain('.redlinerc.json');
      expect(d.range).toEqual(range(3, 30, 3, 36)); // the value "warn"
      // The last good config still applies: vague-timeframe stays off.
      expect(codes((await recheck).diagnostics)).toEqual(['measure/missing-target']);

      // An unknown rule id is marked on its key; fixing the file clears the diagnostic.
      writeFileSync(join(dir, '.redlinerc.json'), '{ "rules": { "measure/no-such-rule": "off" } }');
      const unknown = s.diagnostics(configUri, (p) => p.diagnostics.length > 0);
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      expect((await unknown).diagnostics[0].range).toEqual(range(0, 13, 0, 35)); // the key "measure/no-such-rule"
      writeFileSync(join(dir, '.redlinerc.json'), '{ "rules": { "measure/missing-target": "off" } }');
      const cleared = s.diagnostics(configUri, (p) => p.diagnostics.length === 0);
      const good = s.diagnostics(uri, (p) => !codes(p.diagnostics).includes('measure/missing-target'));
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      await cleared;
      expect(codes((await good).diagnostics)).toEqual(['measure/vague-timeframe']);
    } finally {
      await s.stop();
    }
  });

  it('loads the rule packs named in .redlinerc.json; a broken pack is reported on the "packs" key', async () => {
    const pack = 'name: org\nrules:\n  - id: terms\n    kind: substitution\n    message: 应写作「{expected}」\n    swap: { 党员先锋队: 党员突击队 }\n';
    const dir = workspace('config-packs', { '.redlinerc.json': '{ "packs": ["./org.yaml"] }\n', 'org.yaml': pack });
    const s = await startServer({ folder: dir });
    try {
      const uri = uriOf(join(dir, 'doc.txt'));
      const configUri = uriOf(join(dir, '.redlinerc.json'));
      const first = s.diagnostics(uri);
      s.open(uri, 'plaintext', '2025年3月底前组建2支党员先锋队。');
      const [d] = (await first).diagnostics.filter((x) => x.code === 'org/terms');
      expect(d.range).toEqual(range(0, 13, 0, 18));
      expect(d.data).toEqual(['党员突击队']);

      writeFileSync(join(dir, 'org.yaml'), pack.replace('kind: substitution', 'kind: substitute'));
      const configDiag = s.diagnostics(configUri, (p) => p.diagnostics.length > 0);
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'org.yaml')), type: 2 }, { uri: configUri, type: 2 }] });
      const [bad] = (await configDiag).diagnostics;
      expect(bad.message).toContain('org.yaml');
      expect(bad.message).toContain('规则 terms');
    } finally {
      await s.stop();
    }
  });

  it('applies the redline.preset / redline.rules settings and re-checks when they change', async () => {
    const dir = workspace('settings');
    let settings: Record<string, unknown> = {};
    const s = await startServer({ folder: dir, settings: () => settings });
    try {
      const uri = uriOf(join(dir, 'doc.txt'));
      const first = s.diagnostics(uri);
      s.open(uri, 'plaintext', MEASURE);
      expect((await first).diagnostics.map((d) => d.severity)).toEqual([2, 2, 2]);
      settings = { preset: 'submission', rules: { 'measure/missing-target': 'info' } };
      const next = s.diagnostics(uri, (p) => p.diagnostics[0]?.severity === 1);
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = (await next).diagnostics;
      expect(after.map((d) => [d.code, d.severity])).toEqual([
        ['measure/missing-owner', 1],
        ['measure/missing-deadline', 1],
        ['measure/missing-target', 3],
      ]);
    } finally {
      await s.stop();
    }
  });
});

describe('scheduling', () => {
  it('checks a large document off the main thread: requests are answered while it runs', async () => {
    const dir = workspace('large');
    const s = await startServer({ folder: dir });
    try {
      const small = uriOf(join(dir, 'small.txt'));
      const ready = s.diagnostics(small);
      s.open(small, 'plaintext', VAGUE);
      await ready;
      let big = '';
      for (let i = 0; big.length < 100_000; i++) big += `${MEASURE.replace('三', String(i))}\n支部将尽快组建党员服务队。\n\n`;
      const bigUri = uriOf(join(dir, 'big.txt'));
      const order: string[] = [];
      const bigDone = s.diagnostics(bigUri, undefined, 60_000).then((p) => {
        order.push('diagnostics');
        return p;
      });
      s.open(bigUri, 'plaintext', big);
      const t0 = performance.now();
      await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 4 } });
      const hoverMs = performance.now() - t0;
      order.push('hover');
      const p = await bigDone;
      expect(p.diagnostics.length).toBeGreaterThan(100);
      expect(order).toEqual(['hover', 'diagnostics']);
      expect(hoverMs).toBeLessThan(250);
    } finally {
      await s.stop();
    }
  });

  it('debounces rapid edits and publishes only the latest version', async () => {
    const dir = workspace('debounce');
    const s = await startServer({ folder: dir, initializationOptions: { settings: { debounce: 150 } } });
    try {
      const uri = uriOf(join(dir, 'doc.txt'));
      const first = s.diagnostics(uri);
      s.open(uri, 'plaintext', VAGUE);
      await first;
      const before = s.published.length;
      for (let i = 0; i < 6; i++) s.edit(uri, [{ range: range(0, 0, 0, 0), newText: '一' }]);
      const last = await s.diagnostics(uri, (p) => p.version === 7);
      await new Promise((r) => setTimeout(r, 400));
      const mine = s.published.slice(before).filter((p) => p.uri === uri);
      expect(mine.map((p) => p.version)).toEqual([7]);
      expect(last.diagnostics.find((d) => d.code === 'measure/vague-timeframe')?.range).toEqual(range(0, 9, 0, 11));
    } finally {
      await s.stop();
    }
  });
});

describe('workspace check', () => {
  it('checks every supported file of the workspace, skipping node_modules and dot folders', async () => {
    const dir = workspace('ws', {
      'a.txt': VAGUE,
      'docs/b.md': `# 工作安排\n\n${VAGUE}\n`,
      'c.html': `<p>${VAGUE}</p>`,
      'node_modules/x/readme.md': VAGUE,
      '.git/notes.txt': VAGUE,
      'image.png': 'not text',
    });
    const s = await startServer({ folder: dir });
    try {
      const got = ['a.txt', 'docs/b.md', 'c.html'].map((f) => s.diagnostics(uriOf(join(dir, f))));
      const result = await s.conn.sendRequest<{ files: number; findings: number; failures: string[]; truncated: boolean }>('redline/checkWorkspace', {});
      expect(result).toMatchObject({ files: 3, failures: [], truncated: false });
      const all = await Promise.all(got);
      for (const p of all) expect(codes(p.diagnostics)).toContain('measure/vague-timeframe');
      expect(result.findings).toBe(all.reduce((n, p) => n + p.diagnostics.length, 0));
      expect(s.published.some((p) => p.uri.includes('node_modules') || p.uri.includes('.git'))).toBe(false);
    } finally {
      await s.stop();
    }
  });
});

describe('plain clients', () => {
  it('gives plain text edits with the 【…】 placeholders to a client without snippet support', async () => {
    const dir = workspace('plain');
    const s = await startServer({ folder: dir, snippets: false });
    try {
      const uri = uriOf(join(dir, 'doc.md'));
      const got = s.diagnostics(uri);
      s.open(uri, 'markdown', `# 计划\n\n${VAGUE}\n`);
      const { diagnostics } = await got;
      const vague = diagnostics.find((d) => d.code === 'measure/vague-timeframe')!;
      expect(vague.range).toEqual(range(2, 3, 2, 5));
      const fix = action(await actionsAt(s, uri, [vague]), /^将“尽快”改为/);
      const [edit] = editsFor(fix.edit, uri);
      expect(edit.snippet).toBeUndefined();
      expect(edit.newText).toBe('于【20XX年X月底】前');
    } finally {
      await s.stop();
    }
  });
});

/**
 * End-to-end suite run inside VS Code's extension host (code-server), against the
 * Redline extension installed from its .vsix. Talks to the outer test (test/e2e.test.ts)
 * through files in $REDLINE_E2E_DIR: results.json (steps and errors), ready-for-screenshot
 * / screenshot-done (handshake for the Playwright screenshot). Exit code: 0 when every step passed.
 */
const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const vscode = require('vscode');

const dir = process.env.REDLINE_E2E_DIR;
const steps = [];
const write = () => fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify({ steps }, null, 2));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value (or throws the last error after `ms`). */
async function until(what, fn, ms = 30000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await sleep(200);
  }
}

async function step(name, fn) {
  const t0 = Date.now();
  try {
    const detail = await fn();
    steps.push({ name, ok: true, ms: Date.now() - t0, ...(detail ? { detail } : {}) });
    write();
  } catch (e) {
    steps.push({ name, ok: false, ms: Date.now() - t0, error: String(e && e.stack ? e.stack : e) });
    write();
    throw e;
  }
}

const codeOf = (d) => (typeof d.code === 'object' ? d.code.value : d.code);
const redline = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'redline');

exports.run = async function run() {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const draft = vscode.Uri.joinPath(folder, '创建方案-草稿.md');
  const other = vscode.Uri.joinPath(folder, '工作总结.txt');
  let api;
  let editor;

  await step('the extension is installed from the .vsix and activates', async () => {
    const ext = vscode.extensions.getExtension('redline.redline-vscode');
    assert.ok(ext, 'redline.redline-vscode not installed');
    assert.ok(ext.extensionPath.startsWith(process.env.REDLINE_E2E_EXTENSIONS), `loaded from ${ext.extensionPath}, not the extensions dir`);
    assert.equal(ext.packageJSON.displayName, 'Redline 党建文稿审校助手');
    // The .redlinerc.json schema contributed through jsonValidation ships in the package.
    const [validation] = ext.packageJSON.contributes.jsonValidation;
    assert.equal(validation.fileMatch, '.redlinerc.json');
    const schema = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, validation.url), 'utf8'));
    assert.ok(schema.properties.rules.propertyNames.anyOf[0].enum.includes('measure/missing-owner'), 'schema lacks rule ids');
    api = await ext.activate();
    return { extensionPath: ext.extensionPath, version: ext.packageJSON.version };
  });

  await step('diagnostics appear for a draft', async () => {
    editor = await vscode.window.showTextDocument(draft, { preview: false });
    const diags = await until('redline diagnostics', () => {
      const d = redline(draft);
      return d.some((x) => codeOf(x) === 'measure/vague-timeframe') && d;
    });
    const codes = diags.map(codeOf);
    for (const c of ['measure/missing-owner', 'measure/missing-deadline', 'measure/missing-target', 'measure/vague-timeframe']) assert.ok(codes.includes(c), `missing ${c} in ${codes}`);
    const vague = diags.find((x) => codeOf(x) === 'measure/vague-timeframe');
    assert.equal(editor.document.getText(vague.range), '尽快');
    assert.equal(vague.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(String(vague.code.target), /redline\.invalid\/docs\/rules#measure-vague-timeframe/);
    return { findings: diags.length, codes: [...new Set(codes)] };
  });

  await step('the status bar score is known for the draft', async () => {
    const s = await until('a status', () => api.status(draft.toString()));
    assert.ok(s.score >= 0 && s.score <= 100);
    return { score: s.score, profile: s.profile };
  });

  await step('hover shows the rule, its source paper and examples', async () => {
    const vague = redline(draft).find((x) => codeOf(x) === 'measure/vague-timeframe');
    const hovers = await until('a redline hover', async () => {
      const hs = await vscode.commands.executeCommand('vscode.executeHoverProvider', draft, vague.range.start.translate(0, 1));
      const text = hs.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return text.includes('measure/vague-timeframe') && text;
    });
    for (const part of ['为什么重要', '出处', '反例', '正例']) assert.ok(hovers.includes(part), `hover lacks ${part}`);
  });

  await step('a quick fix replaces 尽快 with a dated template', async () => {
    const vague = redline(draft).find((x) => codeOf(x) === 'measure/vague-timeframe');
    const line = vague.range.start.line;
    const actions = await until('code actions from the server', async () => {
      const as = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draft, vague.range, vscode.CodeActionKind.QuickFix.value);
      return as && as.some((a) => a.title.startsWith('将“尽快”改为')) && as;
    });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('在此处忽略此规则')), `no ignore action in ${titles}`);
    assert.ok(titles.some((t) => t.startsWith('在本工作区关闭此规则')), `no disable action in ${titles}`);
    const fix = actions.find((a) => a.title.startsWith('将“尽快”改为'));
    editor = await vscode.window.showTextDocument(draft, { preview: false });
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit refused');
    const text = editor.document.lineAt(line).text;
    assert.ok(text.includes('于20XX年X月底前'), `line after the fix: ${text}`);
    assert.ok(!text.includes('尽快'), `尽快 still there: ${text}`);
    // The snippet's first tab stop is selected, ready to type the real date.
    assert.equal(editor.document.getText(editor.selection), '20XX年X月底');
    await until('the fixed finding to go away', () => !redline(draft).some((x) => codeOf(x) === 'measure/vague-timeframe' && x.range.start.line === line));
    return { line: text, titles };
  });

  await step('Redline: 显示文稿报告 opens the report webview', async () => {
    await vscode.window.showTextDocument(draft, { preview: false });
    const r = await until('a report', () => vscode.commands.executeCommand('redline.showReport').then((x) => x && !x.pending && x));
    const tab = await until('the report tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('redline.report')),
    );
    const { html, report } = api.lastReport();
    for (const dim of ['运行机制', '措施落实', '创建成效', '公认度', '影响力']) assert.ok(html.includes(dim), `report lacks ${dim}`);
    assert.ok(html.includes('data-testid="radar-shape"'), 'no radar chart');
    assert.ok(html.includes('扣分明细') && html.includes('必备部分') && html.includes('问题清单'));
    assert.equal(report.report.score, r.score);
    return { tab: tab.label, score: r.score, findings: r.findings };
  });

  await step('Redline: 检查工作区 fills the Problems panel for unopened files', async () => {
    const result = await vscode.commands.executeCommand('redline.checkWorkspace');
    assert.ok(result.files >= 2, `checked ${result.files} files`);
    await until('diagnostics for the unopened file', () => redline(other).length > 0);
    return result;
  });

  await step('squiggles and the Problems panel for the screenshot', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    editor = await vscode.window.showTextDocument(draft, { preview: false, viewColumn: vscode.ViewColumn.One });
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => {});
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await sleep(500);
    fs.writeFileSync(path.join(dir, 'ready-for-screenshot'), '');
    await until('the screenshot', () => fs.existsSync(path.join(dir, 'screenshot-done')), 60000);
  });

  await step('clicking a finding in the report webview jumps to its place in the draft', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    editor = await vscode.window.showTextDocument(draft, { preview: false, viewColumn: vscode.ViewColumn.One });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const target = redline(draft).find((d) => codeOf(d) === 'measure/missing-owner');
    assert.ok(target, 'no measure/missing-owner finding to click');
    await until('a report', () => vscode.commands.executeCommand('redline.showReport').then((x) => x && !x.pending && x));
    // The outer test clicks the finding's link inside the webview with Playwright.
    fs.writeFileSync(path.join(dir, 'ready-for-click'), 'measure/missing-owner');
    await until('the click', () => fs.existsSync(path.join(dir, 'click-done')), 60000);
    await until('the selection to move to the finding', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === draft.toString() && e.selection.start.isEqual(target.range.start) && e.selection.end.isEqual(target.range.end);
    }, 15000);
    return { line: target.range.start.line + 1 };
  });
};

/**
 * The report webview's HTML: score and deductions, a radar chart of the
 * assessment dimensions (inline SVG, no chart library), the sections found
 * and missing for the document's profile, and the findings grouped by
 * family; each finding posts `{ type: 'reveal', range }` to the extension
 * when clicked. Pure function of the report, so it is unit-tested without VS Code.
 */
import type { DocumentReport, LspRange, ReportFinding } from '../../shared/protocol.js';

/** Chinese names of the rule families, in display order. */
export const FAMILY_NAMES: Record<string, string> = {
  formalism: '形式主义',
  measure: '措施缺失',
  assessment: '考核维度',
  brand: '品牌建设',
  structure: '文稿结构',
  language: '文字规范',
};

/** Chinese names of document profiles. */
export const PROFILE_NAMES: Record<string, string> = {
  plan: '创建方案',
  summary: '工作总结',
  publicity: '宣传稿',
  assessment: '考核办法',
  general: '一般文稿',
};

const PRESET_NAMES: Record<string, string> = { summary: '支部书记（summary）', publicity: '宣传人员（publicity）', submission: '评审人员（submission）' };
const SEVERITY_NAMES: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

/** Escapes text for HTML element content and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Vertex of axis `i` of `n` at radius `r` around (cx, cy), first axis pointing up. */
function vertex(i: number, n: number, r: number, cx: number, cy: number): [number, number] {
  const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
}

const pt = ([x, y]: [number, number]) => `${x.toFixed(1)},${y.toFixed(1)}`;

/**
 * Radar chart (SVG) of dimension strengths (0–1). With fewer than three
 * dimensions a radar is meaningless: a bar list is drawn instead.
 */
export function radarSvg(dims: DocumentReport['report']['dimensions']): string {
  const n = dims.length;
  if (n < 3) {
    return `<div class="bars">${dims.map((d) => `<div class="bar"><span>${esc(d.name)}</span><meter min="0" max="1" value="${d.strength}"></meter></div>`).join('')}</div>`;
  }
  const size = 320;
  const c = size / 2;
  const R = 110;
  const rings = [0.25, 0.5, 0.75, 1]
    .map((f) => `<polygon class="ring" points="${dims.map((_, i) => pt(vertex(i, n, R * f, c, c))).join(' ')}"/>`)
    .join('');
  const axes = dims.map((_, i) => `<line class="axis" x1="${c}" y1="${c}" x2="${pt(vertex(i, n, R, c, c)).replace(',', '" y2="')}"/>`).join('');
  const shape = `<polygon class="shape" data-testid="radar-shape" points="${dims.map((d, i) => pt(vertex(i, n, R * Math.max(0, Math.min(1, d.strength)), c, c))).join(' ')}"/>`;
  const labels = dims
    .map((d, i) => {
      const [x, y] = vertex(i, n, R + 26, c, c);
      const cls = d.covered ? (d.inAssessment ? 'dim in' : 'dim covered') : 'dim missing';
      return `<text class="${cls}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="middle" dominant-baseline="middle">${esc(d.name)}<title>${esc(d.name)}：提及 ${d.mentions} 次${d.inAssessment ? '，考核部分已列' : d.covered ? '，考核部分未列' : '，未涉及'}</title></text>`;
    })
    .join('');
  return `<svg class="radar" role="img" aria-label="五个考核维度雷达图" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">${rings}${axes}${shape}${labels}</svg>`;
}

function rangeAttr(r: LspRange): string {
  return esc(JSON.stringify(r));
}

function findingItem(f: ReportFinding): string {
  const where = `第 ${f.range.start.line + 1} 行`;
  return `<li><a href="#" class="finding sev-${f.severity}" data-range="${rangeAttr(f.range)}"><span class="sev">${SEVERITY_NAMES[f.severity]}</span> <span class="where">${where}</span> ${esc(f.reason)}${f.actual && !f.document ? ` <q>${esc(f.actual.length > 40 ? f.actual.slice(0, 39) + '…' : f.actual)}</q>` : ''} <code>${esc(f.ruleId)}</code></a></li>`;
}

/** Options of {@link renderReport}. */
export interface RenderOptions {
  /** The webview's CSP source (`webview.cspSource`). */
  cspSource: string;
  /** Nonce allowing the one inline script. */
  nonce: string;
  /** File name shown when the document has no title. */
  name: string;
}

/** The full HTML page of a document report. */
export function renderReport(r: DocumentReport, o: RenderOptions): string {
  const rep = r.report;
  const title = rep.title ?? o.name;
  const deductions = rep.deductions.length
    ? `<table class="deductions"><thead><tr><th>规则</th><th>次数</th><th>扣分</th><th>说明</th></tr></thead><tbody>${rep.deductions
        .map((d) => `<tr><td><code>${esc(d.ruleId)}</code></td><td>${d.count}</td><td>−${d.points}</td><td>${esc(d.reason)}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p>没有扣分项。</p>';
  const sections = rep.sections.length
    ? `<ul class="sections">${rep.sections
        .map((s) =>
          s.found
            ? `<li class="found">✓ ${esc(s.name)}${s.heading ? `：${s.place ? `<a href="#" class="finding" data-range="${rangeAttr({ start: { line: s.place.start.line - 1, character: s.place.start.column - 1 }, end: { line: s.place.end.line - 1, character: s.place.end.column - 1 } })}">${esc(s.heading)}</a>` : esc(s.heading)}` : ''}</li>`
            : `<li class="missing">✗ ${esc(s.name)}（缺少）</li>`,
        )
        .join('')}</ul>`
    : `<p>${esc(PROFILE_NAMES[rep.profile] ?? rep.profile)}没有规定必备部分。</p>`;
  const byFamily = new Map<string, ReportFinding[]>();
  for (const f of r.findings) byFamily.set(f.family, [...(byFamily.get(f.family) ?? []), f]);
  const families = [...byFamily.keys()].sort((a, b) => order(a) - order(b));
  const findings = r.findings.length
    ? families
        .map((fam) => {
          const list = byFamily.get(fam)!;
          return `<details open class="family" data-family="${esc(fam)}"><summary>${esc(FAMILY_NAMES[fam] ?? fam)}（${list.length}）</summary><ul>${list.map(findingItem).join('')}</ul></details>`;
        })
        .join('')
    : '<p>没有发现问题。</p>';
  const c = rep.counts.severities;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${o.cspSource} 'unsafe-inline'; script-src 'nonce-${o.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>文稿报告</title>
<style>
  body { font-family: var(--vscode-font-family), "Noto Sans CJK SC", sans-serif; color: var(--vscode-foreground); padding: 0 16px 24px; line-height: 1.6; }
  h1 { font-size: 1.4em; margin-bottom: 0; }
  .meta { color: var(--vscode-descriptionForeground); }
  .top { display: flex; flex-wrap: wrap; gap: 24px; align-items: center; }
  .score { font-size: 56px; font-weight: bold; }
  .score small { font-size: 18px; font-weight: normal; }
  .radar .ring { fill: none; stroke: var(--vscode-editorWidget-border, #8884); }
  .radar .axis { stroke: var(--vscode-editorWidget-border, #8884); }
  .radar .shape { fill: rgba(200, 30, 30, 0.25); stroke: #c81e1e; stroke-width: 2; }
  .radar text { font-size: 13px; fill: var(--vscode-foreground); }
  .radar text.missing { fill: var(--vscode-errorForeground, #c00); }
  table { border-collapse: collapse; } td, th { border-bottom: 1px solid var(--vscode-editorWidget-border, #8884); padding: 2px 8px; text-align: left; }
  .sections { list-style: none; padding-left: 0; } .sections .missing { color: var(--vscode-errorForeground, #c00); }
  .family ul { list-style: none; padding-left: 8px; }
  a.finding { color: var(--vscode-textLink-foreground); text-decoration: none; cursor: pointer; }
  a.finding:hover { text-decoration: underline; }
  .sev { font-weight: bold; } .sev-error .sev { color: var(--vscode-errorForeground, #c00); } .sev-warning .sev { color: var(--vscode-editorWarning-foreground, #b80); }
  .where { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body data-uri="${esc(r.uri)}" data-version="${r.version}">
<h1>${esc(title)}</h1>
<p class="meta">文稿类型：${esc(PROFILE_NAMES[rep.profile] ?? rep.profile)}${rep.profileGuessed ? '（自动判断）' : ''} · 预设：${esc(PRESET_NAMES[rep.preset] ?? rep.preset)} · 汉字 ${rep.characters} 个${r.configFile ? ` · 配置：${esc(r.configFile)}` : ''}</p>
<div class="top">
  <div><div class="score" data-testid="score">${rep.score}<small> / 100</small></div><p>错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info}</p></div>
  <div><h2>考核维度</h2>${radarSvg(rep.dimensions)}</div>
</div>
<h2>扣分明细</h2>
${deductions}
<h2>必备部分（${esc(PROFILE_NAMES[rep.profile] ?? rep.profile)}）</h2>
${sections}
<h2>问题清单（${r.findings.length}）</h2>
${findings}
<script nonce="${o.nonce}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a.finding');
    if (!a) return;
    e.preventDefault();
    vscode.postMessage({ type: 'reveal', range: JSON.parse(a.dataset.range) });
  });
</script>
</body>
</html>`;
}

function order(family: string): number {
  const i = Object.keys(FAMILY_NAMES).indexOf(family);
  return i < 0 ? 99 : i;
}

/**
 * HTML reporter: one self-contained Chinese page (inline CSS, JS and SVG;
 * a Content-Security-Policy that forbids every network request) with a
 * ranked, sortable and filterable table of submissions, a similarity
 * table, the files that could not be read, and a section per submission:
 * deductions, five-dimension radar chart, sections found and missing, and
 * every finding with its sentence in context. Print-friendly.
 */
import { basename } from 'node:path';
import type { DimensionCoverage, Report } from '@redline/core';
import type { BatchMessage, BatchResult, FileResult } from '../batch/types.js';
import { ranked } from './csv.js';
import { FAMILIES, pct, PRESET_NAME, PROFILE_NAME, SEVERITY_NAME } from './labels.js';

/** Escapes text for HTML content and attribute values. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const TERMINATORS = new Set([...'。！？；!?\n']);

/**
 * The sentence around [start, end) of `text`: from after the previous
 * sentence end to the next one (at most `max` characters either side).
 */
export function sentenceContext(text: string, start: number, end: number, max = 120): { before: string; match: string; after: string } {
  let s = start;
  while (s > 0 && start - s < max && !TERMINATORS.has(text[s - 1])) s--;
  let e = end;
  while (e < text.length && e - end < max && !TERMINATORS.has(text[e])) e++;
  if (e < text.length && text[e] !== '\n' && e - end < max) e++;
  return { before: text.slice(s, start), match: text.slice(start, end), after: text.slice(end, e) };
}

/** Long passages (copied text) are shortened in the middle. */
function shorten(s: string, max = 360): string {
  return s.length <= max ? s : `${s.slice(0, Math.floor(max * 0.6))}……（中间略，共 ${s.length} 字）……${s.slice(-Math.floor(max * 0.3))}`;
}

/** Radar chart (SVG) of dimension strengths; a bar list when there are fewer than three dimensions. */
export function radarSvg(dims: DimensionCoverage[], size = 240): string {
  if (dims.length < 3) {
    return `<div class="bars">${dims.map((d) => `<div>${esc(d.name)} <span class="bar"><span style="width:${Math.round(d.strength * 100)}%"></span></span></div>`).join('')}</div>`;
  }
  const c = size / 2;
  const r = size / 2 - 48;
  const n = dims.length;
  const pt = (i: number, v: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [c + r * v * Math.cos(a), c + r * v * Math.sin(a)] as const;
  };
  const poly = (v: (i: number) => number) =>
    dims
      .map((_, i) =>
        pt(i, v(i))
          .map((x) => x.toFixed(1))
          .join(','),
      )
      .join(' ');
  const parts: string[] = [];
  for (const g of [0.25, 0.5, 0.75, 1]) parts.push(`<polygon class="grid" points="${poly(() => g)}"/>`);
  dims.forEach((_, i) => {
    const [x, y] = pt(i, 1);
    parts.push(`<line class="axis" x1="${c}" y1="${c}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}"/>`);
  });
  parts.push(`<polygon class="area" points="${poly((i) => Math.max(0.04, dims[i].strength))}"/>`);
  dims.forEach((d, i) => {
    const [x, y] = pt(i, 1.22);
    const [px, py] = pt(i, Math.max(0.04, d.strength));
    parts.push(`<circle class="dot${d.covered ? '' : ' miss'}" cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5"/>`);
    parts.push(`<text x="${x.toFixed(1)}" y="${(y + 4).toFixed(1)}" text-anchor="middle" class="${d.covered ? 'lab' : 'lab miss'}">${esc(d.name)}${d.covered ? '' : '✗'}</text>`);
  });
  const title = dims.map((d) => `${d.name}${d.covered ? `：提及 ${d.mentions} 处` : '：未涉及'}`).join('，');
  return `<svg class="radar" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" aria-label="考核维度雷达图"><title>${esc(title)}</title>${parts.join('')}</svg>`;
}

function scoreClass(score: number): string {
  return score >= 85 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

const CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--red:#b3261e;--amber:#9a6700;--blue:#0969da;--green:#1a7f37;--mark:#fff2a8}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1200px;padding:24px;font:14px/1.7 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;border-bottom:2px solid var(--red);padding-bottom:4px;margin-top:36px}h3{font-size:17px;margin:0}h4{font-size:15px;margin:16px 0 6px}
.meta,.muted{color:var(--muted)}
nav.toc a{margin-right:16px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--soft);white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
table.sortable th{cursor:pointer;user-select:none}
table.sortable th[aria-sort=ascending]::after{content:" ▲"}
table.sortable th[aria-sort=descending]::after{content:" ▼"}
table.sortable th:not([aria-sort]):hover::after{content:" ⇅";color:#aab}
#rank{font-size:13px}#rank th{padding:4px 3px}#rank td:nth-child(2){min-width:15em}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;padding:8px;background:var(--soft);border:1px solid var(--line)}
.filters input[type=search]{width:16em}.filters input[type=number]{width:5em}
.score{display:inline-block;min-width:3em;text-align:center;font-weight:bold;border-radius:4px;padding:0 6px;color:#fff}
.score.good{background:var(--green)}.score.fair{background:var(--amber)}.score.poor{background:var(--red)}
article.sub{border-top:1px solid var(--line);padding-top:16px;margin-top:28px}
.cols{display:flex;flex-wrap:wrap;gap:24px}.cols>div{flex:1 1 300px}
.radar .grid{fill:none;stroke:var(--line)}.radar .axis{stroke:var(--line)}.radar .area{fill:rgba(179,38,30,.18);stroke:var(--red);stroke-width:2}
.radar .dot{fill:var(--red)}.radar .dot.miss{fill:#999}.radar text{font-size:12px;fill:var(--fg)}.radar text.miss{fill:var(--muted)}
.bar{display:inline-block;width:120px;height:8px;background:var(--soft);border:1px solid var(--line)}.bar span{display:block;height:100%;background:var(--red)}
ul.parts{list-style:none;padding:0;margin:0}ul.parts li.miss{color:var(--red)}ul.parts li.ok{color:var(--green)}
ol.findings{padding-left:1.6em}ol.findings li{margin:0 0 12px;padding:6px 8px;border-left:4px solid var(--line);background:#fcfcfd}
li.sev-error{border-left-color:var(--red)!important}li.sev-warning{border-left-color:var(--amber)!important}li.sev-info{border-left-color:var(--blue)!important}
.badge{display:inline-block;font-size:12px;border-radius:3px;padding:0 5px;color:#fff}
.badge.error{background:var(--red)}.badge.warning{background:var(--amber)}.badge.info{background:var(--blue)}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;background:var(--soft);padding:0 3px}
.ctx{margin:4px 0;padding:4px 8px;background:var(--soft);border-left:3px solid var(--line);white-space:pre-wrap;word-break:break-all}
mark{background:var(--mark);padding:0 1px}
.fix{color:var(--green);margin:2px 0}.note{color:var(--muted);font-size:13px;margin:2px 0}
.partners{margin:2px 0;font-size:13px}
.copied{color:var(--red);font-weight:bold}
@media print{
 body{max-width:none;padding:0;font-size:10.5pt}
 .no-print,.filters,nav.toc{display:none!important}
 table.sortable th::after{content:""!important}
 tr[hidden]{display:none}
 h2{break-after:avoid}
 article.sub{break-before:page;border-top:none}
 ol.findings li,table tr,.cols{break-inside:avoid}
 a{color:inherit;text-decoration:none}
 .score,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

const SCRIPT = `
(function(){
  function val(td,type){var v=td.getAttribute('data-v');if(v===null)v=td.textContent.trim();if(type==='num'){var n=parseFloat(v);return isNaN(n)?-Infinity:n}return v}
  document.querySelectorAll('table.sortable').forEach(function(table){
    var ths=table.tHead.rows[0].cells;
    Array.prototype.forEach.call(ths,function(th,col){
      th.tabIndex=0;
      function sort(){
        var asc=th.getAttribute('aria-sort')!=='ascending';
        Array.prototype.forEach.call(ths,function(o){o.removeAttribute('aria-sort')});
        th.setAttribute('aria-sort',asc?'ascending':'descending');
        var type=th.getAttribute('data-type')||'text';
        var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
        rows.sort(function(a,b){var x=val(a.cells[col],type),y=val(b.cells[col],type);var d=type==='num'?x-y:String(x).localeCompare(String(y),'zh-CN');return asc?d:-d});
        rows.forEach(function(r){body.appendChild(r)});
      }
      th.addEventListener('click',sort);
      th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort()}});
    });
  });
  var q=document.getElementById('filter'),min=document.getElementById('min-score'),fam=document.getElementById('family'),cp=document.getElementById('only-copied'),shown=document.getElementById('shown');
  if(!q)return;
  function apply(){
    var text=q.value.trim().toLowerCase(),m=parseFloat(min.value),f=fam.value,c=cp.checked,n=0,rows=document.querySelectorAll('#ranking tbody tr');
    rows.forEach(function(r){
      var ok=(!text||r.getAttribute('data-search').indexOf(text)>=0)&&(isNaN(m)||parseFloat(r.getAttribute('data-score'))>=m)&&(!f||(' '+r.getAttribute('data-families')+' ').indexOf(' '+f+' ')>=0)&&(!c||parseFloat(r.getAttribute('data-copied'))>0);
      r.hidden=!ok;if(ok)n++;
      var art=document.getElementById(r.getAttribute('data-target'));if(art)art.hidden=!ok;
    });
    shown.textContent='显示 '+n+' / '+rows.length+' 份';
  }
  [q,min,fam,cp].forEach(function(el){el.addEventListener('input',apply);el.addEventListener('change',apply)});
  apply();
})();
`;

function finding(m: BatchMessage, r: FileResult, anchors: Map<string, string>): string {
  const start = m.place.start.offset ?? 0;
  const end = m.place.end.offset ?? start;
  const ctx = r.text !== undefined ? sentenceContext(r.text, start, end) : { before: '', match: m.actual, after: '' };
  const parts = [
    `<li class="sev-${m.severity}" data-rule="${esc(m.ruleId)}">`,
    `<div><span class="badge ${m.severity}">${SEVERITY_NAME[m.severity]}</span> <code>${esc(m.ruleId)}</code> <span class="muted">第 ${m.place.start.line} 行第 ${m.place.start.column} 列${m.document ? '（全文）' : ''}</span></div>`,
    `<div class="reason">${esc(m.reason)}</div>`,
    `<div class="ctx">${esc(shorten(ctx.before, 160))}<mark>${esc(shorten(ctx.match))}</mark>${esc(shorten(ctx.after, 160))}</div>`,
  ];
  if (m.expected.length) parts.push(`<div class="fix">建议：${m.expected.map((e) => esc(e)).join(' ／ ')}</div>`);
  if (m.copied) {
    parts.push(
      `<div class="partners">相同段落在：${m.copied.partners
        .map((p) => {
          const id = anchors.get(p.path);
          const label = `${p.template ? '模板' : ''}${esc(p.path)} 第 ${p.place.start.line}–${p.place.end.line} 行（${p.chars} 字，占该材料的 ${pct(p.share)}）`;
          return id ? `<a href="#${id}">${label}</a>` : label;
        })
        .join('；')}</div>`,
    );
  }
  if (m.note) parts.push(`<div class="note">${esc(m.note)}</div>`);
  parts.push('</li>');
  return parts.join('');
}

function submission(r: FileResult, rank: number, id: string, anchors: Map<string, string>): string {
  const rep = r.report as Report;
  const missing = rep.sections.filter((s) => !s.found);
  const out: string[] = [];
  out.push(`<article class="sub" id="${id}">`);
  out.push(`<h3>第 ${rank} 名　${esc(basename(r.path))} <span class="score ${scoreClass(rep.score)}">${rep.score}</span></h3>`);
  out.push(
    `<p class="muted">${esc(r.path)} · ${esc(PROFILE_NAME[rep.profile] ?? rep.profile)}${rep.profileGuessed ? '（自动识别）' : ''}${rep.title ? ` · 标题：${esc(rep.title)}` : ''} · ${rep.characters} 字${r.encoding ? ` · ${esc(r.encoding === 'docx' ? 'Word 文档' : r.encoding)}` : ''}${r.copiedShare ? ` · <span class="copied">与其他材料相同的文字 ${pct(r.copiedShare)}</span>` : ''}</p>`,
  );
  out.push('<div class="cols"><div>');
  out.push('<h4>扣分明细</h4>');
  if (rep.deductions.length) {
    out.push('<table class="ded"><thead><tr><th>规则</th><th class="num">处数</th><th class="num">扣分</th><th>说明</th></tr></thead><tbody>');
    for (const d of rep.deductions) out.push(`<tr><td><code>${esc(d.ruleId)}</code></td><td class="num">${d.count}</td><td class="num">-${d.points}</td><td>${esc(d.reason)}</td></tr>`);
    out.push('</tbody></table>');
  } else out.push('<p>没有扣分。</p>');
  out.push('<h4>组成部分</h4>');
  if (rep.sections.length) {
    out.push(`<ul class="parts">${rep.sections.map((s) => `<li class="${s.found ? 'ok' : 'miss'}">${s.found ? '✓' : '✗ 缺少'} ${esc(s.name)}${s.heading ? `<span class="muted">（${esc(s.heading)}）</span>` : ''}</li>`).join('')}</ul>`);
    if (missing.length) out.push(`<p>缺少：${missing.map((s) => esc(s.name)).join('、')}</p>`);
  } else out.push('<p class="muted">此类文稿没有必备部分清单。</p>');
  out.push('</div><div>');
  out.push(`<h4>考核维度（覆盖 ${rep.dimensions.filter((d) => d.covered).length}/${rep.dimensions.length}）</h4>`);
  out.push(radarSvg(rep.dimensions));
  out.push('</div></div>');
  out.push(`<h4>问题清单（${r.messages.length} 条）</h4>`);
  if (r.messages.length) out.push(`<ol class="findings">${r.messages.map((m) => finding(m, r, anchors)).join('')}</ol>`);
  else out.push('<p>未发现问题。</p>');
  out.push('</article>');
  return out.join('\n');
}

/** Options of {@link htmlReport}. */
export interface HtmlOptions {
  /** Page title. */
  title?: string;
}

/** The self-contained HTML report of a batch (the chunks of {@link htmlChunks}, joined). */
export function htmlReport(batch: BatchResult, options: HtmlOptions = {}): string {
  return [...htmlChunks(batch, options)].join('');
}

/**
 * The HTML report in pieces, to write one after the other: the page head and
 * tables, then one piece per submission, so a batch of thousands of files is
 * never held as one string.
 */
export function* htmlChunks(batch: BatchResult, options: HtmlOptions = {}): Generator<string> {
  const title = options.title ?? 'Redline 党建文稿批量审校报告';
  const ok = ranked(batch.results).filter((r) => !r.error && r.report);
  const failed = batch.results.filter((r) => r.error);
  const anchors = new Map<string, string>();
  ok.forEach((r, i) => anchors.set(r.path, `f-${i + 1}`));
  const avg = ok.length ? ok.reduce((n, r) => n + r.report!.score, 0) / ok.length : 0;
  const dimNames = ok[0]?.report!.dimensions.map((d) => d.name) ?? [];
  const out: string[] = [];
  out.push('<!doctype html>');
  out.push('<html lang="zh-CN"><head><meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<meta name="generator" content="Redline">`);
  out.push(`<title>${esc(title)}</title><style>${CSS}</style></head><body>`);
  out.push(`<header><h1>${esc(title)}</h1>`);
  out.push(
    `<p class="meta">完成时间：${esc(batch.finishedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))} · 共 ${batch.results.length} 份材料，${ok.length} 份已检查${failed.length ? `，<a href="#failed">${failed.length} 份无法读取</a>` : ''} · 平均得分 ${avg.toFixed(1)} · 严重程度预设：${esc(PRESET_NAME[batch.preset ?? 'summary'] ?? '')}${batch.templates.length ? ` · 对照模板 ${batch.templates.length} 份` : ''}</p></header>`,
  );
  out.push('<nav class="toc"><a href="#ranking">排名总表</a><a href="#similarity">相似材料</a>' + (failed.length ? '<a href="#failed">无法读取的文件</a>' : '') + '<a href="#details">逐份详情</a></nav>');

  // Ranking table.
  out.push('<section id="ranking"><h2>排名总表</h2>');
  out.push('<div class="filters no-print">');
  out.push('<label>筛选 <input id="filter" type="search" placeholder="文件名、标题或文稿类型"></label>');
  out.push('<label>最低得分 <input id="min-score" type="number" min="0" max="100" step="1"></label>');
  out.push(`<label>问题类型 <select id="family"><option value="">全部</option>${FAMILIES.map((f) => `<option value="${f.id}">${f.name}</option>`).join('')}</select></label>`);
  out.push('<label><input id="only-copied" type="checkbox"> 只看有雷同内容的</label>');
  out.push('<span id="shown" class="muted"></span></div>');
  out.push('<table id="rank" class="sortable"><thead><tr>');
  out.push('<th class="num" data-type="num">排名</th><th data-type="text">材料</th><th class="num" data-type="num">得分</th><th data-type="text">文稿类型</th><th class="num" data-type="num">错误</th><th class="num" data-type="num">警告</th><th class="num" data-type="num">提示</th>');
  for (const f of FAMILIES) out.push(`<th class="num" data-type="num">${f.name}</th>`);
  out.push(`<th class="num" data-type="num" title="${esc(dimNames.join('、'))}">维度覆盖</th><th class="num" data-type="num">缺少部分</th><th class="num" data-type="num">雷同占比</th>`);
  out.push('</tr></thead><tbody>');
  ok.forEach((r, i) => {
    const rep = r.report!;
    const fams = FAMILIES.filter((f) => (rep.counts.families[f.id] ?? 0) > 0).map((f) => f.id);
    const covered = rep.dimensions.filter((d) => d.covered);
    const missing = rep.sections.filter((s) => !s.found);
    const search = `${r.path} ${rep.title ?? ''} ${PROFILE_NAME[rep.profile] ?? ''}`.toLowerCase();
    out.push(
      `<tr data-target="f-${i + 1}" data-score="${rep.score}" data-families="${fams.join(' ')}" data-copied="${r.copiedShare ?? 0}" data-search="${esc(search)}">` +
        `<td class="num">${i + 1}</td><td><a href="#f-${i + 1}">${esc(basename(r.path))}</a><div class="muted">${esc(rep.title ?? r.path)}</div></td>` +
        `<td class="num" data-v="${rep.score}"><span class="score ${scoreClass(rep.score)}">${rep.score}</span></td><td>${esc(PROFILE_NAME[rep.profile] ?? rep.profile)}</td>` +
        `<td class="num">${rep.counts.severities.error}</td><td class="num">${rep.counts.severities.warning}</td><td class="num">${rep.counts.severities.info}</td>` +
        FAMILIES.map((f) => `<td class="num">${rep.counts.families[f.id] ?? 0}</td>`).join('') +
        `<td class="num" data-v="${covered.length}" title="${esc(rep.dimensions.map((d) => `${d.name}${d.covered ? '✓' : '✗'}`).join(' '))}">${covered.length}/${rep.dimensions.length}</td>` +
        `<td class="num" data-v="${missing.length}" title="${esc(missing.map((s) => s.name).join('、'))}">${missing.length}</td>` +
        `<td class="num" data-v="${r.copiedShare ?? 0}">${r.copiedShare ? pct(r.copiedShare) : '—'}</td></tr>`,
    );
  });
  out.push('</tbody></table></section>');

  // Similarity table.
  out.push('<section id="similarity"><h2>相似材料</h2>');
  if (!batch.copies) out.push('<p class="muted">未做雷同检查（材料少于两份，或配置中关闭了 brand/copied-passage）。</p>');
  else if (!batch.pairs.length) out.push('<p>没有发现材料之间（或与模板）成段相同的文字。</p>');
  else {
    out.push('<p class="muted">成段相同或基本相同（只改了单位名称等个别字词）的文字；标题和固定政治提法不计入。占比 = 两份材料相同的文字占该材料正文的比例。</p>');
    out.push('<table id="similar" class="sortable"><thead><tr><th data-type="text">材料 A</th><th data-type="text">材料 B</th><th class="num" data-type="num">A 中相同占比</th><th class="num" data-type="num">B 中相同占比</th><th class="num" data-type="num">相同段落</th><th class="num" data-type="num">最长段落（字）</th></tr></thead><tbody>');
    for (const p of batch.pairs) {
      const link = (path: string, template: boolean) => (anchors.has(path) ? `<a href="#${anchors.get(path)}">${esc(basename(path))}</a>` : `${template ? '模板 ' : ''}${esc(basename(path))}`);
      out.push(
        `<tr><td>${link(p.a, false)}</td><td>${link(p.b, p.bTemplate)}</td><td class="num" data-v="${p.aShare}">${pct(p.aShare)}</td><td class="num" data-v="${p.bShare}">${pct(p.bShare)}</td><td class="num">${p.passages}</td><td class="num">${p.longest}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');

  if (failed.length || batch.templates.some((t) => t.error)) {
    out.push('<section id="failed"><h2>无法读取的文件</h2><table><thead><tr><th>文件</th><th>原因</th></tr></thead><tbody>');
    for (const r of failed) out.push(`<tr><td>${esc(r.path)}</td><td>${esc(r.error!)}</td></tr>`);
    for (const t of batch.templates.filter((x) => x.error)) out.push(`<tr><td>模板 ${esc(t.path)}</td><td>${esc(t.error!)}</td></tr>`);
    out.push('</tbody></table></section>');
  }

  out.push('<section id="details"><h2>逐份详情</h2>');
  yield out.join('\n') + '\n';
  for (let i = 0; i < ok.length; i++) yield submission(ok[i], i + 1, `f-${i + 1}`, anchors) + '\n';
  yield '</section>\n' + `<script>${SCRIPT}</script></body></html>` + '\n';
}

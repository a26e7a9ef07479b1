/**
 * CSV reporter: one row per file, ranked by score (failed files last),
 * for spreadsheets. UTF-8 with a BOM so that Excel and WPS read the
 * Chinese correctly; RFC 4180 quoting; cells that a spreadsheet would run
 * as a formula (= + - @ at the start) are prefixed with `'`.
 */
import { DEFAULT_DIMENSIONS } from '@redline/core';
import type { BatchResult, FileResult } from '../batch/types.js';
import { FAMILIES, PROFILE_NAME } from './labels.js';

/** Quotes one CSV cell. */
export function csvCell(v: string | number | undefined): string {
  if (v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Files ranked best first: by score (descending), then path; failed files last. */
export function ranked(results: FileResult[]): FileResult[] {
  return [...results].sort((x, y) => {
    if (!!x.error !== !!y.error) return x.error ? 1 : -1;
    const d = (y.report?.score ?? -1) - (x.report?.score ?? -1);
    return d || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0);
  });
}

/** The CSV summary of a batch. */
export function csvReport(batch: BatchResult): string {
  const dimNames = batch.results.find((r) => r.report)?.report!.dimensions.map((d) => d.name) ?? DEFAULT_DIMENSIONS.map((d) => d.name);
  const header = [
    '排名',
    '文件',
    '得分',
    '文稿类型',
    '错误',
    '警告',
    '提示',
    ...FAMILIES.map((f) => f.name),
    '覆盖维度数',
    ...dimNames.map((n) => `维度：${n}`),
    '缺少的组成部分',
    '与其他材料相同的文字占比',
    '最相似的材料',
    '编码',
    '读取错误',
  ];
  const best = new Map<string, { path: string; share: number }>();
  for (const p of batch.pairs) {
    for (const [self, other, share] of [
      [p.a, p.b, p.aShare],
      [p.b, p.a, p.bShare],
    ] as const) {
      const cur = best.get(self);
      if (!cur || share > cur.share) best.set(self, { path: other, share });
    }
  }
  const rows = [header.map(csvCell).join(',')];
  let rank = 0;
  for (const r of ranked(batch.results)) {
    const rep = r.report;
    const sim = best.get(r.path);
    rows.push(
      [
        r.error ? '' : ++rank,
        r.path,
        rep?.score,
        rep ? (PROFILE_NAME[rep.profile] ?? rep.profile) : '',
        rep?.counts.severities.error,
        rep?.counts.severities.warning,
        rep?.counts.severities.info,
        ...FAMILIES.map((f) => (rep ? (rep.counts.families[f.id] ?? 0) : undefined)),
        rep?.dimensions.filter((d) => d.covered).length,
        ...dimNames.map((n) => {
          const d = rep?.dimensions.find((x) => x.name === n);
          return d ? (d.covered ? '是' : '否') : '';
        }),
        rep ? rep.sections.filter((s) => !s.found).map((s) => s.name).join('、') : '',
        r.copiedShare !== undefined ? r.copiedShare.toFixed(3) : '',
        sim ? `${sim.path}（${Math.round(sim.share * 100)}%）` : '',
        r.encoding,
        r.error,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

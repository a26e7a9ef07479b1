/**
 * Reporters: `text` (vfile-reporter, plus the score, the five dimensions and
 * the sections of each file) and `json` (one object per file).
 */
import type { Report, RedlineMessage } from '@redline/core';
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';

/** One checked (or failed) file. */
export interface FileResult {
  path: string;
  messages: RedlineMessage[];
  report?: Report;
  /** Set when the file could not be read or checked. */
  error?: string;
  /** The vfile, for the text reporter. */
  file?: VFile;
}

const PROFILE_NAME: Record<string, string> = { plan: '创建方案', summary: '工作总结', publicity: '宣传稿', assessment: '考核办法', general: '一般文稿' };
const PRESET_NAME: Record<string, string> = { summary: '支部书记（summary）', publicity: '宣传干事（publicity）', submission: '评审（submission）' };

/** The text report: vfile-reporter's listing and a summary block per file. */
export function textReport(results: FileResult[], options: { color?: boolean; verbose?: boolean } = {}): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.error) {
      out.push(`${r.path}\n  错误：${r.error}\n`);
      continue;
    }
    if (r.file) out.push(reporter([r.file], { color: options.color ?? false, verbose: options.verbose ?? false, defaultName: '<stdin>' }).replace(/\n*$/, ''));
    if (r.report) out.push(summary(r.report));
  }
  return out.join('\n') + '\n';
}

function summary(rep: Report): string {
  const lines: string[] = [];
  lines.push(`  得分：${rep.score}/100    文稿类型：${PROFILE_NAME[rep.profile] ?? rep.profile}${rep.profileGuessed ? '（自动识别）' : ''}    预设：${PRESET_NAME[rep.preset] ?? rep.preset}`);
  for (const d of rep.deductions.slice(0, 6)) lines.push(`    -${d.points}  ${d.reason}`);
  if (rep.deductions.length > 6) lines.push(`    …另有 ${rep.deductions.length - 6} 项扣分`);
  lines.push(`  考核维度：${rep.dimensions.map((d) => `${d.name}${d.covered ? '✓' : '✗'}`).join('  ')}`);
  if (rep.sections.length) {
    const missing = rep.sections.filter((s) => !s.found).map((s) => s.name);
    lines.push(`  组成部分：${rep.sections.filter((s) => s.found).length}/${rep.sections.length} 齐全${missing.length ? `，缺少：${missing.join('、')}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** The JSON report: `[{ path, messages, report }]` (failed files carry `error` instead of `report`). */
export function jsonReport(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => (r.error ? { path: r.path, messages: [], error: r.error } : { path: r.path, messages: r.messages, report: r.report })),
    null,
    2,
  );
}

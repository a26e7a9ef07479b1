/**
 * The text reporter: vfile-reporter's listing, plus the score, the five
 * dimensions and the sections of each file.
 */
import type { Report } from '@redline/core';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { FileResult } from '../batch/types.js';
import { PRESET_NAME, PROFILE_NAME } from './labels.js';

/** A vfile carrying a result's messages, for vfile-reporter (the same listing as the vfile `check()` returns). */
export function toVFile(r: FileResult): VFile {
  const file = new VFile({ path: r.path, value: r.text ?? '' });
  const E = Error as unknown as { stackTraceLimit?: number };
  const limit = E.stackTraceLimit;
  E.stackTraceLimit = 0;
  try {
    for (const m of r.messages) {
      const msg = file.message(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source });
      msg.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined;
      msg.actual = m.actual;
      msg.expected = m.expected;
      msg.note = m.note;
      msg.url = m.url;
    }
  } finally {
    E.stackTraceLimit = limit;
  }
  return file;
}

/** The text report: vfile-reporter's listing and a summary block per file. */
export function textReport(results: FileResult[], options: { color?: boolean; verbose?: boolean } = {}): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.error) {
      out.push(`${r.path}\n  错误：${r.error}\n`);
      continue;
    }
    const file = r.file ?? toVFile(r);
    out.push(reporter([file], { color: options.color ?? false, verbose: options.verbose ?? false, defaultName: '<stdin>' }).replace(/\n*$/, ''));
    if (r.report) out.push(summary(r.report));
  }
  return out.join('\n') + '\n';
}

function summary(rep: Report): string {
  const lines: string[] = [];
  lines.push(`  得分：${rep.score}/100    文稿类型：${PROFILE_NAME[rep.profile] ?? rep.profile}${rep.profileGuessed ? '（自动识别）' : ''}    预设：${PRESET_NAME[rep.preset] ?? rep.preset}`);
  for (const d of rep.deductions.slice(0, 6)) lines.push(`    -${d.points}  ${d.reason}`);
  if (rep.deductions.length > 6) lines.push(`    …另有 ${rep.deductions.length - 6} 项扣分`);
  // A document with an assessment part is judged on what that part names (as assessment/missing-dimension judges it);
  // any other on what the whole document covers.
  const scoped = rep.profile === 'assessment' || rep.dimensions.some((d) => d.inAssessment);
  lines.push(`  考核维度${scoped ? '（考核部分）' : ''}：${rep.dimensions.map((d) => `${d.name}${(scoped ? d.inAssessment : d.covered) ? '✓' : '✗'}`).join('  ')}`);
  if (rep.sections.length) {
    const missing = rep.sections.filter((s) => !s.found).map((s) => s.name);
    lines.push(`  组成部分：${rep.sections.filter((s) => s.found).length}/${rep.sections.length} 齐全${missing.length ? `，缺少：${missing.join('、')}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

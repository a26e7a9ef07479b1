/**
 * Hover on a finding: the rule's Chinese explanation, why it matters, the
 * source paper and section it comes from, and a bad and a good example.
 */
import { RULE_MAP, type RedlineMessage } from '@redline/core';
import { MarkupKind, type Hover, type Range } from 'vscode-languageserver';

/** Titles of the five seed papers the rules come from, by seed number. */
export const SEED_TITLES: Record<string, string> = {
  '000': '国有企业基层党支部党建品牌创建过程中的问题与对策',
  '001': '以党建品牌创建激发国企基层党组织活力',
  '002': '以党建品牌建设推动机关党建工作质量提升',
  '003': '关于如何加强国有企业基层党建政工工作',
  '004': '国有企业基层党建与经营发展融合路径探索',
};

const SEVERITY_NAME = { error: '错误', warning: '警告', info: '提示' } as const;

/** Chinese Markdown describing one finding and its rule. */
export function findingMarkdown(m: RedlineMessage): string {
  const meta = RULE_MAP.get(m.ruleId)?.meta;
  const lines = [`**Redline · ${m.ruleId}**（${SEVERITY_NAME[m.severity]}）`, '', m.reason];
  if (m.expected.length) lines.push('', `建议：${m.expected.map((e) => `「${e}」`).join(' 或 ')}`);
  if (meta) {
    lines.push('', `**规则**：${meta.description}`, '', `**为什么重要**：${meta.rationale}`);
    if (meta.sources.length) {
      lines.push('', '**出处**：');
      for (const s of meta.sources) {
        const title = SEED_TITLES[s.seed];
        lines.push(`- 论文 ${s.seed}${title ? `《${title}》` : ''} ${s.section}：${s.point}`);
      }
    }
    lines.push('', `**反例**：${meta.examples.bad}`, '', `**正例**：${meta.examples.good}`);
  }
  if (m.url) lines.push('', `[规则说明](${m.url})`);
  return lines.join('\n');
}

/** The hover for findings `found` (all covering the hovered position), or null. */
export function hoverFor(found: Array<{ message: RedlineMessage; range: Range }>): Hover | null {
  if (!found.length) return null;
  // Innermost (shortest) findings first; a document-level finding on the title comes last.
  const sorted = [...found].sort((a, b) => span(a.range) - span(b.range));
  return {
    contents: { kind: MarkupKind.Markdown, value: sorted.map((f) => findingMarkdown(f.message)).join('\n\n---\n\n') },
    range: sorted[0].range,
  };
}

function span(r: Range): number {
  return (r.end.line - r.start.line) * 1e6 + (r.end.character - r.start.character);
}

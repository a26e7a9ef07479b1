/** Chinese labels shared by the reporters. */

/** Document profiles. */
export const PROFILE_NAME: Record<string, string> = { plan: '创建方案', summary: '工作总结', publicity: '宣传稿', assessment: '考核办法', general: '一般文稿' };
/** Severity presets. */
export const PRESET_NAME: Record<string, string> = { summary: '支部书记（summary）', publicity: '宣传干事（publicity）', submission: '评审（submission）' };
/** Rule families, in report order. */
export const FAMILIES: ReadonlyArray<{ id: string; name: string }> = [
  { id: 'formalism', name: '形式主义' },
  { id: 'measure', name: '措施缺失' },
  { id: 'assessment', name: '考核维度' },
  { id: 'brand', name: '品牌' },
  { id: 'structure', name: '结构' },
  { id: 'language', name: '文字规范' },
];
/** Severities. */
export const SEVERITY_NAME: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
/** Percentage, rounded: 0.284 → "28%". */
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

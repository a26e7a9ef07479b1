/**
 * brand/weak-political-core — a brand plan with no political or theoretical
 * content (理论学习, 第一议题, 三会一课, 政治建设 …). Source: 002 §2.1 "党味"淡.
 */
import { dataOf, report, ruleUrl, type Rule, type RuleMeta } from '../rule.js';
import { documentAnchor, documentHan, documentMentions } from '../shared/place.js';

export const meta: RuleMeta = {
  id: 'brand/weak-political-core',
  family: 'brand',
  description: '“党味”淡：品牌方案没有政治建设、理论学习等政治内容',
  rationale: '党建品牌首先是政治品牌。只讲业务、不讲政治引领的方案，品牌会偏离党建工作的本质。',
  sources: [{ seed: '002', section: '§2.1', point: '品牌定位模糊、政治属性弱化，“党味”越来越淡' }],
  severity: { summary: 'warning', publicity: 'info', submission: 'error' },
  profiles: ['plan'],
  document: true,
  examples: {
    bad: '品牌内涵：聚焦设备检修质量。主要措施：建立检修质量台账。（全文无政治内容）',
    good: '由支部书记负责，每月第一周组织“第一议题”学习，把检修规程学习与理论学习结合。',
  },
  url: ruleUrl('brand/weak-political-core'),
};

export const plugin: Rule['plugin'] = () => (_tree, file) => {
  const { analysis: a } = dataOf(file);
  if (documentHan(a) < 30 || documentMentions(a, 'political')) return;
  const [cs, ce] = documentAnchor(a);
  report(file, meta, a, cs, ce, {
    reason: '“党味”淡：方案中没有政治建设、理论学习等政治内容',
    expected: [],
    note: '写明品牌如何体现政治引领：落实“第一议题”、三会一课、主题党日、理论学习等，并与业务结合。依据：002 §2.1（政治属性弱化）、§3.1（聚焦政治引领）。',
    document: true,
  });
};

export default { meta, plugin } satisfies Rule;

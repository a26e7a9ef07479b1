import { tester } from '../tester.js';

const plan = '检修党支部“精检匠修”品牌创建方案\n一、品牌内涵\n以“精检匠修”为名，聚焦设备检修质量。\n二、主要措施\n由支部书记负责，2025年4月前建立检修质量台账，全年完成设备检修300台次，检修返工率降至1%以下。';

tester('brand/weak-political-core', {
  valid: [
    { name: 'theory told to residents (理论宣讲, 学理论) is political content', text: '社区党委“楼栋会客厅”党建品牌创建方案\n一、品牌内涵\n“楼栋会客厅”让理论宣讲、矛盾调解和为老服务在楼下就能办。\n二、主要措施\n（一）楼下学理论。由社区党委书记孙丽华负责，每月在会客厅开展1次宣讲，全年12场。' },
    { name: 'theory arming the members is political content', text: '××支部品牌创建方案\n一、主要措施\n（一）强化理论武装。由支部书记负责，2025年每月开展1次集体学习，全年组织党员撰写学习体会12篇。\n（二）优化办税服务。由纳税服务股负责，2025年3月底前在办税服务厅设立党员示范岗2个。' },
    '检修党支部“精检匠修”品牌创建方案\n一、品牌内涵\n以“精检匠修”为名，聚焦设备检修质量。\n二、主要措施\n由支部书记负责，每月组织1次“第一议题”学习，2025年4月前建立检修质量台账。',
    { name: 'only plans are checked', text: plan, options: { profile: 'summary' } },
  ],
  invalid: [{ text: plan, errors: [{ at: '检修党支部“精检匠修”品牌创建方案', reason: '党味' }] }],
});

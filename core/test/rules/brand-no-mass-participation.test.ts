import { tester } from '../tester.js';

const plan = '机关第三党支部品牌创建方案\n一、品牌内涵\n品牌名为“政策通”，聚焦政策研究。\n二、主要措施\n由支部书记负责，每月第一周组织“第一议题”学习，2025年完成4项政策研究课题，研究报告报送局党组。';

tester('brand/no-mass-participation', {
  valid: [
    { name: 'the public invited to an open day', text: plan.replace('。\n二、主要措施', '。\n二、主要措施\n每季度举办1次“公众开放日”，介绍政策研究成果。') },
    { name: 'passengers fill in comment cards', text: plan.replace('。\n二、主要措施', '。\n二、主要措施\n每季度在车厢内发放乘客意见卡，统计对准点情况的评价。') },
    { name: 'taxpayers rate the service', text: '第二稽查局党支部品牌创建方案\n一、品牌内涵\n聚焦稽查执法公正。\n二、主要措施\n由支部书记负责，2025年结案60户以上，纳税人满意率达到95%。' },
    { name: 'service users asked for their views', text: '妇产科党支部品牌创建方案\n一、品牌内涵\n聚焦母婴安全。\n二、主要措施\n由支部书记负责，每月邀请产妇及家属座谈1次，2025年完成4项流程改进。' },
    '机关第三党支部品牌创建方案\n一、品牌内涵\n品牌名为“政策通”，聚焦群众办事中的政策难点。\n二、主要措施\n由支部书记负责，每季度开展1次群众需求调研，2025年完成4项政策研究课题。',
    { name: 'publicity is out of scope', text: plan, options: { profile: 'publicity' } },
  ],
  invalid: [{ text: plan, errors: [{ at: '机关第三党支部品牌创建方案', reason: '群众参与' }] }],
});

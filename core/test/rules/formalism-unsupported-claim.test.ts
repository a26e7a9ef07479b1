import { tester } from '../tester.js';

tester('formalism/unsupported-claim', {
  valid: [
    { name: 'a role to be played, with an object', text: '支部要充分发挥战斗堡垒作用。' },
    { name: 'a verb with 了 and an object', text: '这段经历让我更加坚定了向优秀党员看齐的决心。' },
    '通过品牌创建，车间全年实现安全生产零事故，产品一次合格率由96.2%提升至98.5%，2名党员获评公司劳动模范。',
    '支部高度重视安全生产，2025年第一季度组织开展隐患排查12次，整改隐患37项，整改率100%。',
    { name: 'a goal, not a claim', text: '要不断提高党员干部的服务能力。' },
    { name: 'a verb with an object is a goal', text: '引导党员不断提升政治判断力。' },
    { name: 'evidence right after the claim', text: '品牌创建成效显著。职工满意度同比提高12个百分点。' },
    { name: 'a span of time that measures the result', text: '推行“一窗通办”后，审批时限压缩至3个工作日内，办事效率明显提升。' },
    { name: 'an award conferred', text: '品牌创建以来，职工队伍凝聚力明显增强，机务段被全国总工会授予“全国五一劳动奖状”。' },
    { name: 'an award given by a named body', text: '支部组织生活更加规范，年底被院机关党委评为“五好党支部”。' },
    { name: 'a purpose opening the sentence', text: '为进一步总结品牌创建经验，推动集团党建工作不断取得新成效，现制定如下方案。' },
    { name: 'new results as a goal', text: '下一步，支部将推动各项工作取得新成效。' },
    { name: 'a possibility', text: '通过多种渠道宣传，有助于品牌影响力不断提升。' },
  ],
  invalid: [
    { name: 'a claim of general growth', text: '二、取得成效\n党员党性修养普遍增强，支部组织力进一步提升。', errors: [{ at: '普遍增强，支部组织力进一步提升' }] },
    { name: '十分 is very, not ten points', text: '通过品牌创建，支部战斗力得到全面增强，党员作用发挥得十分明显。', errors: [{ at: '全面增强' }] },
    { name: 'roles played in full as a claim', text: '通过品牌创建，支部战斗堡垒作用充分发挥，党员先锋模范作用有效彰显。', errors: [{ at: '充分发挥，党员先锋模范作用有效彰显' }] },
    { name: 'a predicate claim', text: '经过一年的教育，党员的理想信念更加坚定，服务意识明显提高了。', errors: [{ at: '更加坚定，服务意识明显提高' }] },
    { text: '支部开展党史学习教育，党员们的思想觉悟有了很大提高。', errors: [{ at: '很大提高' }] },
    { name: 'other words of a claim', text: '经过一年多的品牌创建，党员的服务意识大为提升，献血工作成绩斐然。', errors: [{ at: '大为提升，献血工作成绩斐然' }] },
    { text: '通过品牌创建，支部凝聚力战斗力显著增强，各项工作取得明显成效。', errors: [{ at: '显著增强，各项工作取得明显成效', reason: '成效无据' }] },
    { text: '二、取得成效\n党员理论水平明显提高，支部组织生活更加规范。', errors: [{ at: '明显提高，支部组织生活更加规范' }] },
    { name: 'new results claimed', text: '一年来，支部团结带领党员群众真抓实干，各项工作取得新成效。', errors: [{ at: '取得新成效' }] },
    { name: 'serving the people is no purpose', text: '为民服务取得明显成效。' , errors: [{ at: '明显成效' }] },
    { text: '品牌创建以来，广大职工反响良好。', errors: [{ at: '反响良好' }] },
    { name: 'a span of time frames the claim and proves nothing', text: '一个月下来，学院学风明显好转，同学们的学习热情空前高涨。', errors: [{ at: '明显好转' }] },
    { name: 'a claim that the experience keeps improving', text: '如今，党建品牌已成为医院的一张名片，群众的就医体验持续改善。', errors: [{ at: '持续改善' }] },
  ],
});

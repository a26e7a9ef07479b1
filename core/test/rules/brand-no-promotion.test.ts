import { tester } from '../tester.js';

const plan = '机关第三党支部品牌创建方案\n一、品牌内涵\n品牌名为“政策通”，聚焦政策研究。\n二、主要措施\n由支部书记负责，每月第一周组织“第一议题”学习，2025年完成4项政策研究课题，研究报告报送局党组。';

tester('brand/no-promotion', {
  valid: [
    { name: "a year's work report owes no promotion plan", text: '海关监管党支部2024年工作总结\n一、主要做法\n支部推行党员示范岗，全年审单1.8万票，差错率为0。\n二、下一步工作计划\n由组织委员负责，2025年6月底前把攻坚小组扩充到10人。' },
    { name: 'a hospital newspaper carries the cases', text: plan.replace('。\n二、主要措施', '。\n二、主要措施\n由支部书记负责，每半年在院报刊发1篇护理案例。') },
    '机关第三党支部品牌创建方案\n一、品牌内涵\n品牌名为“政策通”。\n二、主要措施\n由宣传委员负责，每月在机关公众号发布1篇政策解读，2025年完成4项政策研究课题。',
    { name: 'the school’s official account (官微) carries the stories', text: plan.replace('。\n二、主要措施', '。\n二、主要措施\n由宣传委员负责，每季度在学校官微推送2篇修复故事。') },
    { name: 'publicity is out of scope', text: plan, options: { profile: 'publicity' } },
  ],
  invalid: [
    { text: plan, errors: [{ at: '机关第三党支部品牌创建方案', reason: '宣传推广' }] },
    { name: "a summary of a brand's creation", text: '海关监管党支部“关通四海”品牌创建工作总结\n一、主要做法\n支部推行党员示范岗，全年审单1.8万票，差错率为0。\n二、下一步工作计划\n由组织委员负责，2025年6月底前把攻坚小组扩充到10人。', errors: [{ at: '海关监管党支部“关通四海”品牌创建工作总结' }] },
  ],
});

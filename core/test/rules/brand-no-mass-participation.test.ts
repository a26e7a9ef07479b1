import { tester } from '../tester.js';

const plan = '机关第三党支部品牌创建方案\n一、品牌内涵\n品牌名为“政策通”，聚焦政策研究。\n二、主要措施\n由支部书记负责，每月第一周组织“第一议题”学习，2025年完成4项政策研究课题，研究报告报送局党组。';

tester('brand/no-mass-participation', {
  valid: [
    { name: 'attendance of the public counted', text: plan + '全年联合5个社区开展普法活动18场，服务群众2300余人次。' },

    { name: 'staff who score the lessons', text: plan + '课后由中队指战员对授课打分。' },
    { name: 'villagers who choose the courses', text: plan + '夜校开什么课由村民在登记簿上点课。' },
    { name: 'the public invited to an open day', text: plan.replace('。\n二、主要措施', '。\n二、主要措施\n每季度举办1次“公众开放日”，介绍政策研究成果。') },
    { name: 'passengers fill in comment cards', text: plan.replace('。\n二、主要措施', '。\n二、主要措施\n每季度在车厢内发放乘客意见卡，统计对准点情况的评价。') },
    { name: 'taxpayers rate the service', text: '第二稽查局党支部品牌创建方案\n一、品牌内涵\n聚焦稽查执法公正。\n二、主要措施\n由支部书记负责，2025年结案60户以上，纳税人满意率达到95%。' },
    { name: 'service users asked for their views', text: '妇产科党支部品牌创建方案\n一、品牌内涵\n聚焦母婴安全。\n二、主要措施\n由支部书记负责，每月邀请产妇及家属座谈1次，2025年完成4项流程改进。' },
    '机关第三党支部品牌创建方案\n一、品牌内涵\n品牌名为“政策通”，聚焦群众办事中的政策难点。\n二、主要措施\n由支部书记负责，每季度开展1次群众需求调研，2025年完成4项政策研究课题。',
    { name: 'assessment rules are out of scope', text: plan, options: { profile: 'assessment' } },
  ],
  invalid: [
    { name: 'cases dispatched (派单) are the business, and members evaluated yearly (党员年度评议) are no public', text: '指挥中心党支部“十分钟派单”党建品牌创建方案\n一、创建目标\n2025年案件平均派遣时长由18分钟压缩到10分钟。\n二、主要措施\n1. 设立4个党员示范坐席，由党员坐席员承担疑难案件派单。\n2. 每季度由支部书记组织1次派单对账会。\n三、考核评价\n每月统计示范坐席派单时长，结果与党员年度评议挂钩。', errors: [{ at: '指挥中心党支部“十分钟派单”党建品牌创建方案' }] },
    { name: 'a publicity article with no voice of the masses', text: plan, options: { profile: 'publicity' }, errors: [{ at: '机关第三党支部品牌创建方案' }] },
    { name: 'a party engineer is no staff (党员工程师 holds no 员工)', text: plan + '党员工程师陶立军带领结构组完成6轮比选。', errors: [{ at: '机关第三党支部品牌创建方案' }] },
    { text: plan, errors: [{ at: '机关第三党支部品牌创建方案', reason: '群众参与' }] },
    { name: 'an official account is no public', text: plan + '每月通过微信公众号发布1篇研究成果。', errors: [{ at: '机关第三党支部品牌创建方案' }] },
    { name: 'the masses only served', text: '区法院执行局第二党支部品牌实施方案\n一、品牌定位\n支部创建“民生执行快车道”品牌，为群众尽快兑现胜诉权益。\n二、措施\n涉民生案件立案后3日内由党员法官接手，每周组织1次集中执行行动，执行款当场送到群众手中。', errors: [{ at: '区法院执行局第二党支部品牌实施方案' }] },
    { name: 'a democratic review of members is no public voice', text: plan + '年底开展民主评议党员。', errors: [{ at: '机关第三党支部品牌创建方案' }] },
  ],
});

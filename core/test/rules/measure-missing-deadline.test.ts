import { tester } from '../tester.js';

tester('measure/missing-deadline', {
  valid: [
    { name: 'deadlines relative to an event', text: '每逢春运客流高峰到来前10天，客运车间党支部要组织党员突击队完成12台自助售票机的检修。台风季来临前，码头作业区党支部将组织党员完成34台门机的防风锚定检查，由支部书记黄立新负总责。' },
    { name: 'every other month is a cycle', text: '由营业部党支部宣传委员负责，每双月举办1期金融知识讲座，每期参加人数不少于30人。' },
    { name: "an assessment's procedure is no measure", text: '××局机关党委党建品牌考核办法\n一、考核内容\n运行机制、措施落实、创建成效、公认度、影响力五项，满分100分。\n二、考核方式\n每年12月由机关党委组织考核。\n三、考核程序\n考核采取查阅资料、实地察看相结合的方式，由考核组逐项打分。' },
    { name: 'a publicity article quoting someone urging others', text: '她勉励同学们要懂得取舍，沉住心气、耐心深耕，努力学习。', options: { profile: 'publicity' } },
    { name: '由于 is no assignment', text: '由于兼任工会和教学负责工作，这一年我与很多老师交流工作想法。' },
    '（二）完善工作清单。由党支部组织委员负责，2025年3月底前制定《党支部品牌创建工作清单》，明确12项重点任务及责任人，每季度通报完成情况。',
    '各党支部要认真学习党的二十届三中全会精神，2025年3月底前由支部书记讲1次专题党课，党员参学率达到100%。',
    { name: 'a cycle is a time node', text: '支部将每月组织1次主题党日。' },
    { name: 'form fields after the task', text: '三、重点任务\n通过意见箱收集职工需求，责任人：工会主席李红；完成时限：2025年5月底前；目标：收集需求不少于60条。' },
    { name: 'the date of the sentence introducing a list', text: '2025年底前，支部要完成以下任务：一是由组织委员负责修订积分办法1份；二是由宣传委员负责发布案例4篇。' },
    { name: 'a season of the work is a time node', text: '水库管理处党支部将于汛期前组织党员突击队完成大坝监测设施检修。' },
    { name: 'a vague time word is reported by vague-timeframe instead', text: '支部将尽快组建党员服务队。' },
  ],
  invalid: [
    { name: 'a further task opened by 同时 takes no earlier deadline', text: '四、下一步打算\n2025年6月底前，由支部书记牵头为3名新职工各配1名党员师傅。同时，要进一步提高政治站位，推动各项工作再上新台阶。', errors: [{ at: '同时，要进一步提高政治站位，推动各项工作再上新台阶。' }] },
    { name: "a publicity article's own closing pledge with the unit as subject", text: '幸福里社区党委：楼栋党员认领制解决居民急难愁盼\n（通讯员 许佳）今年以来，社区党委推行楼栋党员认领制，收集居民诉求412条。\n社区党委将继续发挥党组织战斗堡垒作用，团结带领广大居民共同建设美好家园。', options: { profile: 'publicity' }, errors: [{ at: '社区党委将继续发挥党组织战斗堡垒作用，团结带领广大居民共同建设美好家园。' }] },
    { name: 'the next stage opening a sentence is no time', text: '下一阶段，国有林场党支部将组织党员护林员划片包干，每人负责不少于500亩林地的防火巡护。', errors: [{ at: '下一阶段，国有林场党支部将组织党员护林员划片包干，每人负责不少于500亩林地的防火巡护。' }] },
    { name: 'a post with a name in brackets that will lead', text: '县邮政分公司党支部书记（冯涛）将带领党员投递员深化“邮路连民心”服务，扩大农村寄递覆盖面。', errors: [{ at: '县邮政分公司党支部书记（冯涛）将带领党员投递员深化“邮路连民心”服务，扩大农村寄递覆盖面。' }] },
    { name: 'a further task takes no earlier deadline, and a span looking back is none', text: '五、下一步打算\n支部将在2025年上半年吸收家长志愿者3名。此外，我们将总结两年来的经验，形成1份案例材料。', errors: [{ at: '此外，我们将总结两年来的经验，形成1份案例材料。' }] },
    { name: 'a task under a next-steps heading that enriches something', text: '五、下一步计划\n1. 进一步丰富活动形式，增强支部活动的吸引力。', errors: [{ at: '1. 进一步丰富活动形式，增强支部活动的吸引力。' }] },
    { name: 'the follow-up of an assessment notice', text: '××公司党委关于党建品牌年度考核情况的通报\n各党支部：\n2024年12月，公司党委对8个党支部品牌创建情况进行了考核，平均得分86分。\n下一步，各党支部要对照考核中发现的问题抓好整改，由支部书记负责，完成3项整改任务。', errors: [{ at: '下一步，各党支部要对照考核中发现的问题抓好整改，由支部书记负责，完成3项整改任务。' }] },
    { name: 'a measure under a bracketed field of a form', text: '××党支部“连心桥”品牌申报书\n【品牌名称】“连心桥”\n【品牌内涵】架起党员与群众的连心桥。\n【下一步计划】支部将进一步深化品牌内涵，推广3个服务案例。', errors: [{ at: '支部将进一步深化品牌内涵，推广3个服务案例。' }] },
    { name: "a publicity article's own pledge of what comes next", text: '站党总支表示，下一步将继续擦亮“温暖旅途”品牌，为旅客提供更加优质的出行服务。', options: { profile: 'publicity' }, errors: [{ at: '站党总支表示，下一步将继续擦亮“温暖旅途”品牌，为旅客提供更加优质的出行服务。' }] },
    { name: 'a sibling item\'s date is not this item\'s', text: '下一步工作措施\n第一，由调度中心党支部负责，2025年6月底前将输油计划执行偏差率控制在0.5%以内。第二，物资供应站党支部要推行备品备件党员联储制度，库存资金占用压降10%。', errors: [{ at: '第二，物资供应站党支部要推行备品备件党员联储制度，库存资金占用压降10%。' }] },
    { name: 'a task title naming 成果 is no results section', text: '（四）提升成果质量。总工办党支部要加强对规划成果的技术审查，确保一次审查通过率达到95%以上。', errors: [{ at: '总工办党支部要加强对规划成果的技术审查，确保一次审查通过率达到95%以上。' }] },
    { name: 'a task laid out as form fields', text: '三、重点任务\n（一）提升机采能力。责任单位：成分科党支部；工作目标：机采献血者固定率达到60%。', errors: [{ at: '责任单位：成分科党支部；工作目标：机采献血者固定率达到60%。' }] },
    { text: '下一步，支部将积极探索党建与业务深度融合的新路径，全面提升党建品牌影响力。', errors: [{ at: '下一步，支部将积极探索党建与业务深度融合的新路径，全面提升党建品牌影响力。', expected: ['下一步，【20XX年X月底】前，支部将积极探索党建与业务深度融合的新路径，全面提升党建品牌影响力。'] }] },
    { text: '由组织委员负责，建立党员积分台账。', errors: [{ at: '由组织委员负责，建立党员积分台账。', expected: ['由组织委员负责，【20XX年X月底】前，建立党员积分台账。'] }] },
  ],
});

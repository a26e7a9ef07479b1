import { tester } from '../tester.js';

tester('assessment/decoupled-from-business', {
  valid: [
    { name: 'results scored by what the brand did for the line', text: '| 考核维度 | 考核要点 |\n|---|---|\n| 创建成效 | 品牌创建对线路设备质量、病害整治、行车安全的促进作用 |\n| 结果运用 | 作为评先评优依据，每半年考核一次 |', options: { format: 'markdown', profile: 'assessment' } },
    { name: 'results scored by indicators of training students', text: '四、考核评价\n每学期考核一次，满分100分，创建成效30分（以挂科率、帮扶人次等人才培养指标计），结果作为评优依据。' },
    { name: 'results checked against the business', text: '（三）抓品牌考评。分公司党委每季度末对各支部品牌创建工作进行考评，主要看创建成效是否体现在保费收入、理赔时效等业务发展上。' },
    { name: 'a table row asking whether the business improved', text: '# 品牌考核细则\n\n| 考核维度 | 考核内容 | 考核方式 |\n|---|---|---|\n| 创建成效 | 农资供应、农产品购销等主营业务是否因品牌创建得到改善 | 查看经营台账 |\n\n**结果运用**：考核结果与评先评优挂钩。', options: { format: 'markdown' } },
    { name: 'business indicators named after the scoring scheme', text: '五、考核评价\n年底由管理局机关党委验收，按运行机制、措施落实、创建成效、群众公认度、影响力五个方面实行百分制评分，其中创建成效中的执法巡护指标占30分。' },
    { name: 'results used with the production assessment', text: '四、考核评价\n车务段党委每季度对各车站党支部品牌建设开展评分，满分100分，评价结果与车站安全运输生产考核一并运用。' },
    { name: 'results judged by whether they bring on the service', text: '三、评估内容\n每年11月评估一次，满分100分。创建成效：看品牌创建是否带动家庭医生签约、慢病随访等基本公共卫生服务工作。' },
    { name: 'points for business plans met', text: '三、考核内容\n每年11月考核，创建成效30分：农资销售、农产品收购完成年度计划的得15分；基层社当年扭亏增盈的得15分。' },
    { name: 'results judged by the firms\' revenue growth', text: '考评办法：园区党委每半年按运行机制30分、措施落实25分、创建成效20分打分，创建成效重点看企业营收和研发投入增长。' },
    { name: 'the brand judged by what it does for the court\'s trials', text: '二、考评内容\n（三）创建成效：品牌创建是否促进审判质效提升。每年12月考评一次。' },
    { name: 'a score computed from business figures', text: '一、评分项目\n创建成效（30分）：按实验室承担科研项目数、到账经费和安全检查结果计分。' },
    { name: 'scores bound to the business\'s own safety assessment', text: '考核评价：每季度考评一次，积分与管制运行安全考核结果捆绑使用。' },
    { name: 'scores counted into the business assessment', text: '考核办法：考核得分按40%折算计入各执勤队通关效率和查验质量考核。' },
    '四、考核评价\n品牌考核与车间经营业绩考核同步开展。',
    '四、考核评价\n考核结果计入支部书记绩效考核。',
    { name: 'a score on the completion of the business', text: '一、评价指标\n满分100分，其中创建成效40分，重点看科研项目和找矿任务完成情况。' },
    { name: 'a score on business results', text: '考核评价：品牌成效30分，看全年门诊服务量和手术完成率。' },
  ],
  invalid: [
    { name: 'an effect on party life is no tie to the business', text: '四、考核评价\n每半年考核一次，重点看品牌创建对支部组织生活的促进作用，结果作为评先评优依据。', errors: [{ at: '考核评价\n每半年考核一次，重点看品牌创建对支部组织生活的促进作用，结果作为评先评优依据。' }] },
    { name: 'one sentence scoring the branches, tied to nothing', text: '考核上，每季度按运行机制、措施落实、创建成效、员工公认度、影响力五项对各平台党支部打分，满分100分，排名末位的支部书记由平台党委约谈问责。', errors: [{ at: '考核上，每季度按运行机制、措施落实、创建成效、员工公认度、影响力五项对各平台党支部打分，满分100分，排名末位的支部书记由平台党委约谈问责。' }] },
    { name: 'the business word is only the assessing unit’s name', text: '四、考核办法\n每年6月和12月，校图书馆党总支对各党支部品牌创建情况进行评分，满分100分，按运行机制20分、措施落实20分、创建成效30分、师生公认度15分、影响力15分计分，得分前两位的支部推荐参加校级评优。', errors: [{ at: '考核办法\n每年6月和12月，校图书馆党总支对各党支部品牌创建情况进行评分，满分100分，按运行机制20分、措施落实20分、创建成效30分、师生公认度15分、影响力15分计分，得分前两位的支部推荐参加校级评优。' }] },
    { name: 'an average of quarterly scores is no business figure', text: '二、考核周期\n每季度开展一次考评，年度总评得分按四个季度平均分占60%、年底检查得分占40%计算。', errors: [{ at: '考核周期\n每季度开展一次考评，年度总评得分按四个季度平均分占60%、年底检查得分占40%计算。' }] },
    { name: 'a score computed from party figures only', text: '一、评分项目\n组织生活（30分）：按支部委员会会议次数和党员学习时长计分。', errors: [{ at: '评分项目\n组织生活（30分）：按支部委员会会议次数和党员学习时长计分。' }] },
    { name: 'a link to party evaluations only', text: '考核评价：每年年底对各支部品牌进行评议，满分100分；评议结果与支部书记年度述职评议挂钩。', errors: [{ at: '考核评价：每年年底对各支部品牌进行评议，满分100分；' }] },
    { text: '考核评价：每季度对各党支部品牌创建情况进行打分，满分100分，从运行机制、措施落实、创建成效、公认度、影响力五方面评价，得分前两名的支部年底评为先进。', errors: [{ at: '考核评价：每季度对各党支部品牌创建情况进行打分，满分100分，从运行机制、措施落实、创建成效、公认度、影响力五方面评价，得分前两名的支部年底评为先进。' }] },
    { name: 'a business word without any measure of its completion', text: '考核评价：每年12月考核一次，满分100分，主要看品牌服务是否规范，得分前两名的支部评为先进。', errors: [{ at: '考核评价：每年12月考核一次，满分100分，主要看品牌服务是否规范，得分前两名的支部评为先进。' }] },
    { name: 'completion of party work is not business', text: '考核评价：每年12月考核一次，满分100分，主要看支部学习计划完成情况，得分前两名的支部评为先进。', errors: [{ at: '考核评价：每年12月考核一次，满分100分，主要看支部学习计划完成情况，得分前两名的支部评为先进。' }] },
  ],
});

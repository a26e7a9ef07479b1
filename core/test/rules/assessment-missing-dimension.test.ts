import { tester } from '../tester.js';

tester('assessment/missing-dimension', {
  valid: [
    { name: 'a stage of the schedule evaluating midway is no assessment when the plan has its own', text: '创建方案\n四、进度安排\n2026年1月，由支部委员会对照目标开展中期评估，形成评估报告1份。\n五、考核评价\n每学期末考核一次，满分100分，其中运行机制20分、措施落实25分、创建成效30分、公认度15分、影响力10分，考核结果与年度绩效考核挂钩。' },
    { name: 'a village’s star rating scored in a table (…评定计分表) is an assessment document', text: '# 大坪村党支部“五星”评定计分表\n\n| 考核项目 | 考核内容 | 分值 |\n|---|---|---|\n| 运行机制 | 议事会制度运行 | 10 |\n| 措施落实 | 联户包片覆盖286户 | 20 |\n| 创建成效 | 村集体经营性收入达到30万元 | 30 |\n| 公认度 | 村民满意度测评 | 20 |\n| 影响力 | 承接县级以上现场观摩 | 20 |\n\n每年12月由乡党委组织评定，评为五星的村干部绩效报酬上浮10%。', options: { format: 'markdown' } },
    { name: 'a row of a schedule’s table naming an acceptance is a stage, no assessment', text: '## 四、进度安排\n\n| 阶段 | 时间 | 内容 | 责任人 |\n|---|---|---|---|\n| 部署 | 2025年3月 | 印发任务清单1份 | 蔡文斌 |\n| 验收 | 2025年12月 | 组织创建成果验收 | 支部委员会 |', options: { format: 'markdown' } },
    { name: 'dimensions in other words: 纳税人评价, 审计成果, 示范推广, 常态运转', text: '五、考核评价\n分局党委每季度对支部品牌创建进行量化评分，设制度常态运转、任务落实、审计成果、纳税人评价、示范推广五项指标，分值依次为15、30、25、20、10分，结果与年度绩效考核挂钩。' },
    { name: 'an article on the use of results is no assessment of its own', text: '第十条 直属海关机关党委每年对各党支部品牌创建工作考核一次，考核内容包括运行机制、措施落实、创建成效、关员群众公认度和影响力五个方面，共100分。\n第十二条 考核重在促进支部自我检视，考核结果作为评先评优的依据，由机关党委统一存档。' },
    { name: 'a task’s run-in title naming a contest it holds (（六）开展示范评选。) is no assessment', text: '机电运输队党支部党建品牌创建方案\n三、主要措施\n（五）倾听职工意见。由支部副书记负责，每季度召开1次职工座谈会。\n（六）开展示范评选。2025年10月由支部书记负责开展“党员示范岗”评选活动，评出示范岗3个。' },
    { name: 'dimensions asked as questions (品牌怎么运转, 实际成果, 职工怎么看, 多大名气, 兑现情况)', text: '五、考核评价\n每年年末评估一次，总分100分：品牌怎么运转占15分；承诺事项兑现情况占25分；取得了哪些实际成果占30分；一线职工怎么看，通过问卷打分，占15分；在行业内外有多大名气占15分。' },
    { name: 'dimensions named 措施到位, 职工认同, 品牌影响 and 行业影响', text: '五、考核评价\n每年度末按百分制评估：机制健全15分、措施到位25分、创建成效30分、职工认同15分、品牌影响和行业影响15分，评估结果与科室年度绩效考核挂钩。' },
    { name: 'a heading stating a problem about assessment is no assessment', text: '## 整改清单\n\n### 问题一：党员示范岗挂牌后缺少考评\n\n- 措施：由支部书记负责，2025年3月底前制定示范岗季度考评表，每季度评分1次。', options: { format: 'markdown' } },
    { name: 'a mechanism that is kept up and an outside influence', text: '第一章 考核内容\n第一条 品牌创建考核按百分制计分，分为五个维度：\n（一）机制保障（15分）：推进例会制度是否完备并实际运转；\n（二）任务落实（20分）：重点任务按时限完成的比例；\n（三）实际成效（35分）：以办税平均等候时长等数据为准；\n（四）纳税人认可度（20分）：第三方满意度调查；\n（五）外部影响（10分）：被主流媒体报道的情况。', options: { profile: 'assessment' } },
    { name: 'problems an assessment found are no assessment', text: '“关检通”党建品牌创建中期评估报告\n一、创建进展\n支部设立3个党员示范岗，查验作业平均时长由46分钟缩短至38分钟。\n二、问题与改进\n评估组指出了三方面不足：品牌内涵解读停留在口号层面；品牌活动集中在上半年，下半年基本停摆；示范岗成效缺少数据支撑。\n三、后续安排\n1. 由支部书记负责，2025年8月底前编写《品牌释义手册》，组织全体关员集中学习1次。\n2. 由宣传委员负责，2025年9月起每月至少安排1项品牌活动。\n3. 由组织委员负责，2025年9月底前建立示范岗数据台账，每月统计4项指标。', options: { profile: 'summary' } },
    { name: 'dimensions as a system running, tasks honoured and results shown', text: '四、考核评价\n按百分制评分：组织运行15分，任务兑现25分，安全生产实绩30分，职工满意度15分，示范带动15分。' },
    { name: 'dimensions asked whether they landed and showed', text: '四、考核评价\n——制度运转（15分）；——事项是否落地（25分）；——发展是否见效（30分）；——群众是否满意（15分）；——知名度（15分）。' },
    { name: 'the five dimensions in other words', text: '六、考核评价\n局机关党委每年12月对各支部品牌开展评估，评估机制运转是否顺畅、各项举措是否落实到位、创建成果是否可量化、办事群众是否认可、品牌是否具有示范影响力，五项各占20%。' },
    { name: 'dimensions asked as questions', text: '考核评价：围绕五个问题打分：机制是否常态运行？措施是否按期落实？储粮服务成效如何？售粮农户是否认可？品牌是否形成示范影响？' },
    { name: 'dimensions as checks', text: '四、考评办法\n（1）看品牌机制是否健全；（2）看任务是否落实；（3）看成效是否明显；（4）看职工群众是否认可；（5）看品牌是否叫得响。' },
    '四、考核评价\n从制度机制运行情况（20分）、各项举措执行到位情况（30分）、实际成效（30分）、服务对象满意度（10分）、社会影响（10分）五个方面评分。',
    '四、考核评价\n每年12月，从品牌运行机制（20分）、措施落实（30分）、创建成效（30分）、职工群众公认度（10分）、品牌影响力（10分）五个维度进行评分，考核结果与支部书记绩效挂钩。',
    '考核评价：每季度对各党支部品牌创建情况进行打分，满分100分，从运行机制、措施落实、创建成效、公认度、影响力五方面评价。',
    {
      name: 'dimensions in other words',
      text: '五、考核评价\n按品牌运行机制建设（20分）、各项措施执行到位情况（25分）、创建实效（25分）、职工群众认可度（15分）、对外示范影响（15分）五项打分。',
    },
    {
      name: 'dimensions as a tax bureau words them',
      text: '四、考核评价\n考核设制度机制、工作落实、工作成效、纳税人和干部职工满意度、示范引领五项品牌创建指标，满分100分。',
    },
    {
      name: 'dimensions asked as questions',
      text: '一、考评内容\n主要考评品牌运行机制是否健全、创建措施是否落实、创建成效是否明显、干部群众是否认可、品牌是否具有影响力。',
    },
    { name: 'no assessment at all', text: '一、主要措施\n由支部书记负责，每月组织1次主题党日。' },
    {
      name: "an organisation's own dimensions",
      text: '四、考核评价\n从学习成效、服务满意率两方面评分。',
      options: { config: { dimensions: [{ name: '学习成效' }, { name: '服务满意度', synonyms: ['服务满意率'] }] } },
    },
  ],
  invalid: [
    { name: 'a branch budget line is no running system', text: '四、考核评价\n按百分制评分：任务完成30分，实绩成效35分，群众满意20分，示范效应15分。得分前三名的村，村级组织运转经费每村增加3万元。', errors: [{ at: '考核评价\n按百分制评分：任务完成30分，实绩成效35分，群众满意20分，示范效应15分。' }] },
    { name: "a brand plan's assessment of members", text: '“孝心驿站”党建品牌创建方案\n一、主要措施\n支部每月组织1次主题党日。\n二、考核评价\n年底对党员进行考核，考核结果与评优挂钩。', errors: [{ at: '考核评价\n年底对党员进行考核，考核结果与评优挂钩。' }] },
    { name: 'points for grid workers', text: '四、考核办法\n网格员积分考核实行月积分、季排名，积分由基础分60分和服务加分40分构成，年度积分与绩效奖金挂钩。', errors: [{ at: '考核办法\n网格员积分考核实行月积分、季排名，积分由基础分60分和服务加分40分构成，年度积分与绩效奖金挂钩。' }] },
    { name: 'a branch scored on business figures alone', text: '考核评价：每季度由供水公司党委对水厂党支部打分，满分100分，其中供水指标占60分，党员积分占40分。', errors: [{ at: '考核评价：每季度由供水公司党委对水厂党支部打分，满分100分，其中供水指标占60分，党员积分占40分。' }] },
    { text: '四、考核评价\n将品牌创建情况纳入年度党建考核，重点考核措施落实情况和创建成效。', errors: [{ at: '考核评价\n将品牌创建情况纳入年度党建考核，重点考核措施落实情况和创建成效。', reason: '「运行机制」「公认度」「影响力」等3个维度' }] },
    {
      name: 'a paragraph that designs an assessment',
      text: '年度考核。将品牌创建情况纳入支部年度考核，由党委进行考核评价，作为评优评先的依据。',
      errors: [{ at: '年度考核。', reason: '5个维度' }],
    },
  ],
});

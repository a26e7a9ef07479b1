import { tester } from '../tester.js';

tester('measure/vague-timeframe', {
  valid: [
    { name: 'a vague word in a report of what was done, outside plans', text: '二、主要做法\n近期，支部走访了3户困难党员。' },
    { name: 'a date in the same clause answers the vague word', text: '支部将尽快于2025年3月15日前完成支委换届。' },
    '支部将于2025年3月底前组建党员服务队，4月底前完成职工需求调研。',
    { name: 'a date makes 逐步 harmless', text: '支部将在2025年底前逐步完成3个班组的改造。' },
    { name: 'a short opening time clause scopes the sentence', text: '2025年6月底前，支部将逐步完成3个班组的改造。' },
    { name: 'not a measure', text: '近期，支部开展了3次走访。' },
    { name: 'an assessment norm with its own date', text: '××局机关党委党建品牌考核办法\n一、考核内容\n运行机制、措施落实、创建成效、公认度、影响力五项，满分100分。\n二、考核方式\n每年12月由机关党委组织考核。\n三、结果运用\n考核不合格的支部限期整改，于次年3月底前组织复验。' },
    { name: 'an assessment norm reporting what was done', text: '××局机关党委党建品牌考核办法\n一、考核内容\n运行机制、措施落实、创建成效、公认度、影响力五项，满分100分。\n二、考核方式\n每年12月由机关党委组织考核。\n三、结果运用\n去年考核较差的2个支部已适时约谈。' },
    { name: 'a vague word before no action in an assessment', text: '××局机关党委党建品牌考核办法\n一、考核内容\n运行机制、措施落实、创建成效、公认度、影响力五项，满分100分。\n二、考核方式\n每年12月由机关党委组织考核。\n三、结果运用\n考核结果作为评先评优依据，规则今后如有调整另行通知。' },
    { name: 'boilerplate of a closing article', text: '××局机关党委党建品牌考核办法\n一、考核内容\n运行机制、措施落实、创建成效、公认度、影响力五项，满分100分。\n二、考核方式\n每年12月由机关党委组织考核。\n三、结果运用\n本办法未尽事宜另行通知。' },
  ],
  invalid: [
    { name: 'a vague time in a form field, reported once', text: '三、重点任务\n工作事项：建设“红色驿站”户外劳动者服务点\n牵头单位：街道党工委\n完成时限：尽快完成\n建设目标：建成服务点4个。', errors: [{ at: '尽快' }] },
    { name: 'a time of an assessment left to be announced', text: '××集团党委党建品牌考核办法\n一、考核内容\n运行机制、措施落实、创建成效、公认度、影响力五项，满分100分。\n二、考核程序\n考核时间由集团党委适时通知。', errors: [{ at: '适时' }] },
    { name: 'young people (青年中) are no mid-year', text: '下一步，我将择机把返乡青年中的优秀分子吸收到党组织中来。', errors: [{ at: '择机' }] },
    { name: "a vague time in a plan's assessment section", text: '××党支部品牌创建方案\n五、考核评价\n管理处党委将适时对品牌创建情况进行检查评价，重点看各项措施是否落实到位。', errors: [{ at: '适时' }] },
    { name: 'a task under a next-steps heading with no directive word', text: '五、下一步打算\n1. 探索建立支部线上会议制度。\n2. 尽快联系上失联的3名党员。', errors: [{ at: '尽快' }] },
    { name: 'a bare year opening the sentence does not say when within it', text: '2025年，支部将重点做好以下工作：一是尽快制定青年骨干入党培养计划，力争发展党员3名。', errors: [{ at: '尽快' }] },
    { name: "a vague time in a table's deadline cell, a cycle in the measure's cell", text: '| 问题 | 整改措施 | 责任人 | 完成时限 |\n|---|---|---|---|\n| 示范岗作用发挥不够 | 设立4个党员示范岗，每季度评比1次 | 监区长 | 尽快 |', options: { format: 'markdown' }, errors: [{ at: '尽快' }] },
    { name: 'a norm of an assessment document is a measure', text: '××局机关党委党建品牌考核办法\n一、考核内容\n运行机制、措施落实、创建成效、公认度、影响力五项，满分100分。\n二、考核方式\n每年12月由机关党委组织考核。\n三、结果运用\n考评较差的支部由机关党委适时约谈支部书记；不合格的限期整改，择机组织复验。', errors: [{ at: '适时' }, { at: '择机' }] },
    { name: 'a vague time in a bracketed field', text: '三、重点任务\n（三）开展义诊。组织党员医护人员到辖区社区为儿童义诊60人次。（责任单位：儿科党支部；完成时限：近期）', errors: [{ at: '近期' }] },
    { name: 'a year as an attribute is no time', text: '三、主要措施\n由质量保证部负责，适时组织党员骨干对年度偏差项目开展集中攻关。', errors: [{ at: '适时' }] },
    { name: 'after a measure\'s semicolon, and other vague words', text: '近一时期，乡党委将组建1支双语宣讲队；待条件成熟时，再把这一做法推广到全乡7个村。', errors: [{ at: '近一时期' }, { at: '条件成熟时' }] },
    { text: '下一步，公证处党支部将择时在社区开设1个公证便民点。', errors: [{ at: '择时' }] },
    { name: 'a date for another task of the sentence does not', text: '下一步，支部要尽快召开党员大会，力争2025年底前完成3项整改任务。', errors: [{ at: '尽快' }] },
    { text: '支部将尽快组建党员服务队，近期完成职工需求调研。', errors: [{ at: '尽快', expected: ['于【20XX年X月底】前'] }, { at: '近期' }] },
    { text: '由有关部门负责，适时开展党建品牌评选工作。', errors: [{ at: '适时' }] },
    { name: "a date of an earlier sentence belongs to that sentence's task", text: '由支部宣传委员负责，每季度刊发1篇走访故事。同时，由支部宣传委员适时组织开放日活动。', errors: [{ at: '适时' }] },
  ],
});

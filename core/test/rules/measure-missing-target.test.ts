import { tester } from '../tester.js';

tester('measure/missing-target', {
  valid: [
    { name: 'a draft of rules brought forward is a deliverable', text: '党委会议纪要\n会议要求，办公室要于2025年5月底前拿出党员积分管理办法初稿，提交党委会审议。' },
    { name: 'a zero to reach is a target', text: '二、整改措施\n（一）由医保服务中心负责，2025年3月底前上线异地就医备案“掌上办”，实现备案“零跑腿”。' },
    { name: 'a task set out as a form', text: '三、重点任务\n工作事项：建设“红色驿站”户外劳动者服务点\n牵头单位：街道党工委\n完成时限：2025年6月底前\n建设目标：建成服务点4个。' },
    { name: 'a sentence naming the task gives its owner', text: '（五）建设党员教育实训基地。建成实训室1间，年培训党员不少于300人次。此项任务由培训中心党支部负责，2025年11月30日前建成投用。' },
    { name: 'a milestone of a schedule', text: '四、进度安排\n2025年9月由韩涛完成排班和首轮需求调查；2026年6月由支部形成1份品牌创建总结。' },

    { name: 'hours of study are a target', text: '2025年10月底前，由学生党总支书记牵头，新发展学生党员全部完成不少于40学时的入党培训。' },
    { name: 'a list of problems introduced in a paragraph holds no measures', text: '2024年全队完成原油产量18.6万吨，但仍存在三个方面的短板：一是单井产量递减快，稳产任务重；二是驻井党员多为单兵作业，组织生活难以正常过；三是部分职工节能降耗意识不强。' },
    { name: 'a deliverable field after the task', text: '三、重点任务\n任务1：编印班组安全风险口袋书。责任人：支部组织委员刘畅；完成时限：2025年9月30日；交付成果：《班组安全风险口袋书》1本。' },
    { name: 'a count of work areas is a target', text: '四、分年度安排\n2026年，由组织委员负责在3个工区推广党员责任区做法。' },
    { name: 'a report on the work handed in', text: '各党支部须于每季度次月5日前报送党建品牌创建进展情况。' },
    { name: 'a report form set up is a deliverable', text: '由支部组织委员负责，从2025年1月起建立党员去向月报表。' },
    { name: 'a task completed over its whole scope', text: '由监区教导员负责，2025年12月底前完成全年党员民警积分评定。' },
    { name: 'a 整改目标 field on its own line gives the target', text: '整改事项二：政策知晓率低\n整改措施：开展“税惠直通车”上门辅导。\n责任人：税源管理股副股长 郑凯\n完成时限：2025年第三季度\n整改目标：上门辅导小微企业120户', options: { profile: 'plan' } },
    { name: 'a task with its target before bracketed fields', text: '三、重点任务\n1．打造档案党课阵地。利用馆藏革命历史档案，在二楼展厅布设专题展区1处，开发档案党课课件6讲。（责任单位：馆机关党支部；完成时限：2025年6月30日前）' },
    { name: 'the same task in a schedule without a target column', text: '三、主要措施\n任务\t责任人\t完成时限\n开展党员走访\t组织委员\t2025年4月底前', options: { profile: 'plan' } },
    { name: 'a schedule table without a target column restates tasks', text: '四、进度安排\n时间\t任务\t责任人\n2025年4—11月\t故障会诊、点单培训\t李涛', options: { profile: 'plan' } },
    { name: 'a rule of method after a semicolon commits to nothing', text: '五、考核评价\n每年12月由馆党委组织评分，满分100分；创建成效直接采用借阅量、活动场次等中心工作指标。' },
    { name: 'form fields with a 牵头 owner and a 成果形式', text: '四、重点任务\n1. 建立公证与人民调解联动台账。牵头：公证处业务一科；配合：办公室；完成时限：2025年10月31日；成果形式：联动台账1本、季度分析报告4份。' },
    '由组织委员负责，2025年3月底前建立党员积分台账。',
    '2025年6月底前，支部将组建3支党员突击队。',
    '支部将于4月底前制定《品牌创建实施细则》。',
    { name: 'a background section under a title that names a schedule', text: '“海华明珠”轮党支部2025年党建品牌创建工作安排\n一、基本情况\n支部创建的“航线上的支部”品牌，重点解决船舶远离陆地、组织生活难以按时开展的问题。' },
    { name: 'a span of time to be met is a target', text: '由归集提取科党支部负责，2025年7月底前优化缴存登记流程，将单位开户办理时间压缩至1个工作日。' },
    { name: 'buildings, ships and lamps are counted too', text: '由战训科负责，2025年4月底前完成辖区63栋高层建筑灭火预案编制。' },
    { name: 'a deliverable the measure produces, far from its verb', text: '由支部书记负责，2026年3月底前建立覆盖全部关键设备的检修质量台账。' },
  ],
  invalid: [
    { name: 'an opinion brought forward is no deliverable', text: '党委会议纪要\n会议要求，办公室要于2025年5月底前拿出意见，提交党委会审议。', errors: [{ at: '会议要求，办公室要于2025年5月底前拿出意见，提交党委会审议。' }] },
    { name: 'a schedule item completing unnamed work', text: '四、进度安排\n2025年9月底前由综合科完成好各项任务。', errors: [{ at: '2025年9月底前由综合科完成好各项任务。' }] },

    { name: 'a document only referred to is no deliverable', text: '三、主要措施\n（三）支部将于2025年6月底前组织党员对照《预算法》开展审核业务专题研讨。', errors: [{ at: '（三）支部将于2025年6月底前组织党员对照《预算法》开展审核业务专题研讨。' }] },
    { name: 'the 一 of a metaphor is no target', text: '支部将在2025年底前丰富主题党日活动形式，努力使支部工作再上一个台阶。', errors: [{ at: '支部将在2025年底前丰富主题党日活动形式，努力使支部工作再上一个台阶。' }] },
    { name: 'a task with no scope or count', text: '由监区教导员负责，2025年12月底前完成党员民警积分评定工作。', errors: [{ at: '由监区教导员负责，2025年12月底前完成党员民警积分评定工作。' }] },
    { name: 'a task table with an empty target cell', text: '三、主要措施\n任务\t责任人\t完成时限\t目标\n开展党员走访\t组织委员\t2025年4月底前\t', options: { profile: 'plan' }, errors: [{ at: '开展党员走访\t组织委员\t2025年4月底前' }] },
    { name: 'a unit in a publicity article stating what it will do', text: '中心党总支表示，将以品牌发布为契机，推动党建工作和技能培训工作深度融合。', options: { profile: 'publicity' }, errors: [{ at: '中心党总支表示，将以品牌发布为契机，推动党建工作和技能培训工作深度融合。' }] },
    {
      text: '下一步，支部将积极探索党建与业务深度融合的新路径，全面提升党建品牌影响力。',
      errors: [{ at: '下一步，支部将积极探索党建与业务深度融合的新路径，全面提升党建品牌影响力。', expected: ['下一步，支部将积极探索党建与业务深度融合的新路径，全面提升党建品牌影响力，完成【N项具体任务/形成具体成果】。'] }],
    },
    { text: '由支部书记负责，2025年底前加强党员教育管理。', errors: [{ at: '由支部书记负责，2025年底前加强党员教育管理。' }] },
    { name: 'the later items of a list a measure opens', text: '公司党委今年将抓好两项重点：一是由管道保护部党支部负责，4月底前完成巡护全覆盖；二是加强普法宣传。', errors: [{ at: '二是加强普法宣传。' }] },
    { name: 'improving a system sets no target', text: '由支部书记负责，2025年底前进一步完善工作制度。', errors: [{ at: '由支部书记负责，2025年底前进一步完善工作制度。' }] },
  ],
});

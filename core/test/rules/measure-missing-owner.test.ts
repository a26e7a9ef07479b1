import { tester } from '../tester.js';

tester('measure/missing-owner', {
  valid: [
    '2025年6月底前，第二党支部由支部书记牵头，组建3支党员突击队，完成井下运输系统改造等5项攻坚任务。',
    '支部将尽快组建党员服务队，近期完成职工需求调研。',
    '（二）加强宣传推广。由宣传委员负责，自2025年5月起每月在公司公众号发布1篇品牌实践报道。',
    { name: 'owner carried over within the paragraph', text: '由宣传委员负责品牌宣传。每月在公众号发布1篇报道。' },
    { name: '将近期 is 将 + 近期, the unit being its subject', text: '下一步，社区党委将近期召开党员楼栋长会议，逐栋征求居民意见。' },
    { name: 'a saying quoted is not the writer\'s commitment', text: '老班长常对徒弟们说：“干检修要眼里有活、心里有数。”' },
    { name: 'what others said they would do', text: '观看专题片后，党员教师纷纷表示要把生态文明理念融入日常教学。' },
    { name: 'a speaker reported without a comma', text: '会上，管理部负责人指出部门将优化资源配置，推进制度建设。' },
    { name: 'what others said they would do from now on', text: '通过本次竞赛，大家表示今后要更好地继承学校的优秀传统。' },
    { name: 'the unit with a qualifier opens the sentence', text: '六、保障措施\n社区党委每半年向街道党工委书面报告1次创建进展。' },
    { name: '负总责 assigns', text: '二、重点任务\n此项由待遇保障科负总责，6月30日前线上备案占比提高到85%以上。' },
    { name: 'an owner named as the responsible office', text: '二、重点任务\n基金监管科为第一责任科室，国庆节前对全市312家定点医药机构完成飞行检查。' },
    { name: 'an owner in a 责任人 field', text: '三、主要措施\n每季度走访入园企业不少于5家。责任人：组织委员李明。' },
    { name: '由X安排 assigns', text: '六、保障措施\n由街道党工委每年安排党建经费8万元用于楼门长培训，2025年2月底前拨付到位。' },
    { name: 'a modal inside a quoted saying', text: '怎样让乘客感受到党员的不同？赵志刚的回答很朴素：“要从一句问候、一次停稳做起。”' },
    { name: "a table's header row is no measure", text: '二、工作安排\n序号\t工作事项\t责任人\t完成时限\t目标及成果\n1\t在航学习\t船舶政委陈海涛\t每月第一个周一\t全年12次' },
    { name: 'past reporting is no measure', text: '全年开展了专题研讨4次。' },
    { name: 'an academic paper argues rather than commits', text: '摘要：本文讨论党建品牌。\n要持续建立完善工作清单，明确时间节点和任务目标。' },
  ],
  invalid: [
    { name: 'related offices are no owner', text: '由相关科室负责，2025年5月底前完成预约系统升级，候诊时间控制在20分钟以内。', errors: [{ at: '相关科室' }] },
    { name: 'an imperative verb under a measure heading', text: '三、主要措施\n（一）加强阵地建设。2025年6月底前，在各病区设立党员示范岗，每季度评比1次。', errors: [{ at: '2025年6月底前，在各病区设立党员示范岗，每季度评比1次。' }] },
    {
      text: '三、下一步工作措施\n（一）加强品牌宣传推广。要进一步拓宽宣传渠道，提升品牌知名度。',
      errors: [{ at: '要进一步拓宽宣传渠道，提升品牌知名度。', expected: ['由【责任部门/责任人】负责，要进一步拓宽宣传渠道，提升品牌知名度。'], reason: '责任主体' }],
    },
    { name: '也就是说 introduces the writer\'s own words', text: '也就是说，要在每个车间组建党员突击队。', errors: [{ at: '也就是说，要在每个车间组建党员突击队。' }] },
    { name: 'a verb before the unit makes it an object', text: '三、主要措施\n加强党委班子建设，每半年开展1次专题学习。', errors: [{ at: '加强党委班子建设，每半年开展1次专题学习。' }] },
    { name: 'a verb phrase before the unit is no qualifier', text: '三、主要措施\n关心并指导党委下属各支部，加强新党员发展工作。', errors: [{ at: '关心并指导党委下属各支部，加强新党员发展工作。' }] },
    { name: 'an imperative under a task heading', text: '三、重点任务\n（一）每月最后一个工作日前，走访入园企业不少于5家，收集企业党建需求。', errors: [{ at: '（一）每月最后一个工作日前，走访入园企业不少于5家，收集企业党建需求。' }] },
    { name: 'a topic sub-heading under a next-steps heading', text: '三、下一步工作安排\n（二）深化品牌内涵建设。要进一步挖掘品牌文化元素。', errors: [{ at: '要进一步挖掘品牌文化元素。' }] },
    { text: '由有关部门负责，适时开展党建品牌评选工作。', errors: [{ at: '有关部门', expected: ['【具体责任部门/责任人】'], reason: '不具体' }] },
    { name: 'a leading discourse marker stays in front', text: '下一步，要在2025年底前完成3项课题。', errors: [{ at: '下一步，要在2025年底前完成3项课题。', expected: ['下一步，由【责任部门/责任人】负责，要在2025年底前完成3项课题。'] }] },
  ],
});

import { tester } from '../tester.js';

tester('measure/vague-timeframe', {
  valid: [
    { name: 'a date in the same clause answers the vague word', text: '支部将尽快于2025年3月15日前完成支委换届。' },
    '支部将于2025年3月底前组建党员服务队，4月底前完成职工需求调研。',
    { name: 'a date makes 逐步 harmless', text: '支部将在2025年底前逐步完成3个班组的改造。' },
    { name: 'a short opening time clause scopes the sentence', text: '2025年6月底前，支部将逐步完成3个班组的改造。' },
    { name: 'not a measure', text: '近期，支部开展了3次走访。' },
  ],
  invalid: [
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

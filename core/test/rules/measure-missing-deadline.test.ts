import { tester } from '../tester.js';

tester('measure/missing-deadline', {
  valid: [
    { name: '由于 is no assignment', text: '由于兼任工会和教学负责工作，这一年我与很多老师交流工作想法。' },
    '（二）完善工作清单。由党支部组织委员负责，2025年3月底前制定《党支部品牌创建工作清单》，明确12项重点任务及责任人，每季度通报完成情况。',
    '各党支部要认真学习党的二十届三中全会精神，2025年3月底前由支部书记讲1次专题党课，党员参学率达到100%。',
    { name: 'a cycle is a time node', text: '支部将每月组织1次主题党日。' },
    { name: 'a season of the work is a time node', text: '水库管理处党支部将于汛期前组织党员突击队完成大坝监测设施检修。' },
    { name: 'a vague time word is reported by vague-timeframe instead', text: '支部将尽快组建党员服务队。' },
  ],
  invalid: [
    { text: '下一步，支部将积极探索党建与业务深度融合的新路径，全面提升党建品牌影响力。', errors: [{ at: '下一步，支部将积极探索党建与业务深度融合的新路径，全面提升党建品牌影响力。', expected: ['下一步，【20XX年X月底】前，支部将积极探索党建与业务深度融合的新路径，全面提升党建品牌影响力。'] }] },
    { text: '由组织委员负责，建立党员积分台账。', errors: [{ at: '由组织委员负责，建立党员积分台账。', expected: ['由组织委员负责，【20XX年X月底】前，建立党员积分台账。'] }] },
  ],
});

import { tester } from '../tester.js';

tester('assessment/no-cycle', {
  valid: [
    '四、考核评价\n将品牌创建情况纳入年度党建考核。',
    '考核评价：每季度对各党支部品牌创建情况进行打分。',
    '四、考核评价\n每年12月组织验收评分。',
  ],
  invalid: [{ text: '四、考核评价\n从运行机制、措施落实、创建成效、公认度、影响力五个维度进行评分，满分100分。', errors: [{ at: '考核评价' }] }],
});

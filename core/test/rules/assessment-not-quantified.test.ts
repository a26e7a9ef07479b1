import { tester } from '../tester.js';

tester('assessment/not-quantified', {
  valid: [
    '四、考核评价\n满分100分，其中运行机制20分、措施落实30分、创建成效30分、公认度10分、影响力10分。',
    '考核评价：每季度打分，得分前两名的支部年底评为先进。',
  ],
  invalid: [{ text: '四、考核评价\n将品牌创建情况纳入年度党建考核，重点考核措施落实情况和创建成效。', errors: [{ at: '考核评价' }] }],
});

import { tester } from '../tester.js';

tester('assessment/decoupled-from-business', {
  valid: [
    '四、考核评价\n品牌考核与车间经营业绩考核同步开展。',
    '四、考核评价\n考核结果计入支部书记绩效考核。',
  ],
  invalid: [
    { text: '考核评价：每季度对各党支部品牌创建情况进行打分，满分100分，从运行机制、措施落实、创建成效、公认度、影响力五方面评价，得分前两名的支部年底评为先进。', errors: [{ at: '考核评价' }] },
  ],
});

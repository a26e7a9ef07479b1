import { tester } from '../tester.js';

tester('assessment/no-result-use', {
  valid: [
    '四、考核评价\n考核结果与支部书记绩效挂钩，作为评优评先的重要依据。',
    '考核评价：每季度打分，得分前两名的支部年底评为先进。',
    '四、考核评价\n对排名末位的支部进行约谈。',
  ],
  invalid: [{ text: '四、考核评价\n每季度对各党支部品牌创建情况进行打分。', errors: [{ at: '考核评价' }] }],
});

import { tester } from '../tester.js';

tester('language/de-di-de', {
  valid: [
    '我们做的工作很多。',
    '工作中存在的不足。',
    '认真的态度值得学习。',
    '党员的先锋模范作用得到发挥。',
    '这是持续的过程。',
    '做得好的支部要表扬。',
    '取得的成绩来之不易。',
    '深入的调查研究是基础。',
    { name: 'a nominalised verb after 的', text: '激发党员的积极性、主动性和创造性的发挥。' },
    { name: 'a verb used as a noun', text: '认真的组织是成功的关键。' },
  ],
  invalid: [
    { text: '由于基础工作做的不到位，导致建设发展水平不高。', errors: [{ at: '做的', expected: ['做得'], reason: '“的”应为“得”' }] },
    { text: '就是让企业通过打造党建品牌，持续的把党建工作与业务工作深度融合。', errors: [{ at: '持续的', expected: ['持续地'], reason: '“的”应为“地”' }] },
    { text: '对品牌创建重视的不够。', errors: [{ at: '重视的', expected: ['重视得'] }] },
    { text: '支部认真的组织了专题学习。', errors: [{ at: '认真的', expected: ['认真地'] }] },
    { text: '完善法人结构特别的重要。', errors: [{ at: '特别的', expected: ['特别'] }] },
    { text: '既“学的好”又“用得好”。', errors: [{ at: '学的', expected: ['学得'] }] },
    { name: 'a modal shows the verb', text: '确保党建工作能顺利的实施。', errors: [{ at: '顺利的', expected: ['顺利地'] }] },
  ],
});

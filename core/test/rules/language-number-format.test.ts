import { tester } from '../tester.js';

tester('language/number-format', {
  valid: [
    '全年组建3支突击队，完成5项攻坚任务。',
    '重点把握三个方面：一是学习，二是实践，三是总结。',
    '深入贯彻中央八项规定精神，开展三四次调研。',
    '合格率提升10%～20%。',
    '党的二十届三中全会精神。',
  ],
  invalid: [
    { text: '２０２５年完成１２项任务。', errors: [{ at: '２０２５', expected: ['2025'] }, { at: '１２', expected: ['12'] }] },
    { text: '每周开展三、四次走访。', errors: [{ at: '三、四', expected: ['三四'] }] },
    { text: '合格率提升10-20%。', errors: [{ at: '10-20%', expected: ['10%～20%'] }] },
    { text: '全年开展活动12次，其中专题研讨十五次。', errors: [{ at: '十五', expected: ['15'] }] },
    { name: 'same unit in one sentence', text: '组建3支突击队和五支服务队。', errors: [{ at: '五', expected: ['5'] }] },
  ],
});

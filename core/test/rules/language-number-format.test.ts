import { tester } from '../tester.js';

tester('language/number-format', {
  valid: [
    { name: 'a percentage in words', text: '效率比去年提高百分之十一。' },
    { name: 'an estimate in Chinese numerals', text: '支部组织十几名党员参加巡查。' },
    '全年组建3支突击队，完成5项攻坚任务。',
    '重点把握三个方面：一是学习，二是实践，三是总结。',
    '深入贯彻中央八项规定精神，开展三四次调研。',
    '合格率提升10%～20%。',
    '党的二十届三中全会精神。',
    // One number written one way only.
    { name: 'an Arabic year', text: '2024年支部完成换届选举。' },
    { name: 'a Chinese year with 〇', text: '二〇二四年十二月，支部召开组织生活会。' },
    { name: 'Arabic ordinal', text: '第3季度开展集中学习。' },
    { name: 'Chinese list marker and Arabic count in separate words', text: '一是建强班子，2是培养骨干，三季度2次谈心谈话。' },
    { name: 'a grade name before a count', text: '高一16个班全部参加知识竞赛。' },
    { name: 'a bullet ○ before 一是', text: '○一是加强政治理论学习。' },
    { name: 'a bullet ○ before a short year', text: '○二三年工作回顾。' },
    { name: 'a grade name before a year', text: '高一2024年新生入学教育。' },
    // Adjacent Arabic numbers with a 顿号 that are not an estimate.
    { name: 'two line numbers', text: '地铁3、4号线沿线设立党员服务站。' },
    { name: 'two months', text: '3、4月份集中开展入户走访。' },
    { name: 'two units by number', text: '1、2号机组检修任务全部完成。' },
    { name: 'two quarters after 第', text: '第3、4季度各开展一次专题党课。' },
    { name: 'a list of counts', text: '两个小组分别走访3、5户困难群众。' },
    { name: 'two months after a year', text: '2025年3、4月完成问卷调查。' },
    { name: 'a longer list', text: '第一批评选出2、3、4个示范岗。' },
    // Amounts.
    { name: 'a decimal with 万', text: '节约办公经费1.5万元。' },
    { name: 'a plain amount', text: '节约办公经费15000元。' },
    { name: 'two amounts', text: '分别奖励3万元和5千元。' },
    { name: '亿 and 万 with Arabic digits (GB/T 15835 allows large values so)', text: '项目总投资3亿5000万元。' },
  ],
  invalid: [
    { name: '百分之 with Arabic digits', text: '效率比全码头平均水平高出百分之11。', errors: [{ at: '百分之11', expected: ['11%'] }] },
    { name: 'Arabic tens with 几', text: '村党支部组织10几名党员成立巡查队。', errors: [{ at: '10几', expected: ['十几'] }] },
    { text: '２０２５年完成１２项任务。', errors: [{ at: '２０２５', expected: ['2025'] }, { at: '１２', expected: ['12'] }] },
    { text: '每周开展三、四次走访。', errors: [{ at: '三、四', expected: ['三四'] }] },
    { text: '合格率提升10-20%。', errors: [{ at: '10-20%', expected: ['10%～20%'] }] },
    { text: '全年开展活动12次，其中专题研讨十五次。', errors: [{ at: '十五', expected: ['15'] }] },
    { name: 'same unit in one sentence', text: '组建3支突击队和五支服务队。', errors: [{ at: '五', expected: ['5'] }] },
    // Chinese numerals mixed with an Arabic 0, the letter O or the symbol ○ in one year.
    { name: 'year: Arabic 0 among Chinese numerals', text: '二0二四年是支部品牌创建的攻坚之年。', errors: [{ at: '二0二四', expected: ['二〇二四', '2024'], reason: '数字混写' }] },
    { name: 'year: letter O for 〇', text: '二O二五年工作要点已印发。', errors: [{ at: '二O二五', expected: ['二〇二五', '2025'], reason: '字母“O”' }] },
    { name: 'year: symbol ○ for 〇', text: '二○二三年度述职报告。', errors: [{ at: '二○二三', expected: ['二〇二三', '2023'], reason: '符号“○”' }] },
    { name: 'year: 〇 among Arabic digits', text: '计划于2〇26年底前完成。', errors: [{ at: '2〇26', expected: ['二〇二六', '2026'] }] },
    { name: 'year: Chinese and Arabic halves', text: '二〇24年全面推行积分管理。', errors: [{ at: '二〇24', expected: ['二〇二四', '2024'] }] },
    { name: 'year: full-width digit, one finding', text: '二０二四年全面完成整改。', errors: [{ at: '二０二四', expected: ['二〇二四', '2024'] }] },
    { name: 'a number, not a year: no fix offered', text: '活动在二0二会议室举行。', errors: [{ at: '二0二', expected: [] }] },
    // Adjacent Arabic numbers with a 顿号 as an estimate before a count classifier.
    { name: 'estimate: 3、4户', text: '每名党员每月走访困难群众3、4户。', errors: [{ at: '3、4', expected: ['三四'], reason: '三四户' }] },
    { name: 'estimate: 5、6人', text: '每个小组安排5、6人轮流值守。', errors: [{ at: '5、6', expected: ['五六'] }] },
    { name: 'estimate: 2、3次', text: '每季度组织2、3次志愿服务。', errors: [{ at: '2、3', expected: ['两三', '二三'] }] },
    { name: 'estimate: 1、2天', text: '集中培训安排1、2天。', errors: [{ at: '1、2', expected: ['一两'] }] },
    // One Arabic number with 千/百 beside 万/亿.
    { name: 'magnitude: 1万5千元', text: '通过修旧利废节约材料费1万5千元。', errors: [{ at: '1万5千', expected: ['1.5万'], reason: '1.5万元' }] },
    { name: 'magnitude: 2亿3千万元', text: '年度投资预算2亿3千万元。', errors: [{ at: '2亿3千万', expected: ['2.3亿'] }] },
    { name: 'magnitude: 3万2千5百人次', text: '全年服务群众3万2千5百人次。', errors: [{ at: '3万2千5百', expected: ['3.25万'] }] },
  ],
});

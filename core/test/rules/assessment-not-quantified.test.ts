import { tester } from '../tester.js';

tester('assessment/not-quantified', {
  valid: [
    { name: 'points sized in the clause (视情节扣1至3分)', text: '考核办法\n考核内容：运行机制20分，措施落实30分，创建成效30分，公认度10分，影响力10分。出现失误的，视情节扣1至3分。' },
    { name: 'weights in a ratio (按2:2:3:2:1设置权重)', text: '医院对党支部品牌建设实行年度考核，五个维度按2:2:3:2:1设置权重。' },
    '考核办法：按运行机制25%、措施落实25%、创建成效30%、公认度10%、影响力10%的权重计分，每年考核一次。',
    '四、考核评价\n设置8项考核指标，按指标逐项评定。',
    '四、考核评价\n满分100分，其中运行机制20分、措施落实30分、创建成效30分、公认度10分、影响力10分。',
    '考核评价：每季度打分，得分前两名的支部年底评为先进。',
    { name: 'a points scale', text: '考核评价\n每学年末，从运行机制、措施落实等五个方面，对各支部进行百分制打分。' },
    { name: 'a Markdown table with a score column', text: '## 五、考核评价\n\n| 维度 | 分值 |\n|---|---|\n| 运行机制 | 20 |\n| 公认度 | 15 |\n\n考核每年12月进行。', options: { format: 'markdown' } },
  ],
  invalid: [
    { name: 'a scored table’s points cell left to judgement', text: '考核评分表\n考核项目\t评分标准\t分值\n运行机制\t每月召开例会1次\t20\n公认度\t职工认可度较高\t视情况评定', errors: [{ at: '公认度\t职工认可度较高\t视情况评定' }] },
    { name: 'points in prose left to the scorer (视情节扣分, 适当加分)', text: '考核办法\n一、考核周期：每季度考核一次。\n二、考核内容：运行机制20分，措施落实30分，创建成效30分，公认度10分，影响力10分。\n三、加减分：工作有创新的，适当加分；出现失误的，视情节扣分。', errors: [{ at: '适当加分' }, { at: '视情节扣分' }] },
    { name: 'a scored table’s row left without its points', text: '四、考核评价\n考核项目\t考核内容\t分值\t评分标准\n运行机制\t支部制度健全、运行顺畅\t20\t缺1项扣2分\n公认度\t职工群众对车间党支部的评价\t待定\t待定', errors: [{ at: '公认度\t职工群众对车间党支部的评价\t待定\t待定' }] },
    { name: 'one sentence assessing the branches, the rest deferred', text: '统计局党总支年底对各支部品牌创建情况进行检查验收，具体办法另行制定。', errors: [{ at: '统计局党总支年底对各支部品牌创建情况进行检查验收，具体办法另行制定。' }] },
    { name: 'an evaluation carried out each quarter in a paragraph of its own', text: '服务中心党支部对各党小组党建品牌创建情况每季度开展一次评价，评价内容涵盖运行机制、措施落实、创建成效、群众公认度和社会影响力五个方面。', errors: [{ at: '服务中心党支部对各党小组党建品牌创建情况每季度开展一次评价，评价内容涵盖运行机制、措施落实、创建成效、群众公认度和社会影响力五个方面。' }] },
    { name: 'scoring on five aspects gives no score', text: '五、考核评价。每季度从运行机制、措施落实、创建成效、公认度、影响力五个方面评分，结果与绩效奖金挂钩。', errors: [{ at: '考核评价。每季度从运行机制、措施落实、创建成效、公认度、影响力五个方面评分，结果与绩效奖金挂钩。' }] },
    { name: 'a table without a score column', text: '## 五、考核评价\n\n| 维度 | 考核方式 |\n|---|---|\n| 运行机制 | 查阅资料 |\n| 公认度 | 2次测评 |\n\n考核每年12月进行。', options: { format: 'markdown' }, errors: [{ at: '考核评价\n\n| 维度 | 考核方式' }] },
    { name: 'a count of dimensions or of times is no score', text: '四、考核评价\n每学年从运行机制、措施落实等五个方面集中考评一次，结果与评优挂钩。', errors: [{ at: '考核评价\n每学年从运行机制、措施落实等五个方面集中考评一次，结果与评优挂钩。' }] },
    { name: 'grades alone are no score', text: '四、考核评价\n每年12月考评一次，按照好、较好、一般、差四个等次确定结果，与评优挂钩。', errors: [{ at: '考核评价\n每年12月考评一次，按照好、较好、一般、差四个等次确定结果，与评优挂钩。' }] },
    { text: '四、考核评价\n将品牌创建情况纳入年度党建考核，重点考核措施落实情况和创建成效。', errors: [{ at: '考核评价\n将品牌创建情况纳入年度党建考核，重点考核措施落实情况和创建成效。' }] },
  ],
});

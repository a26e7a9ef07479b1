import { tester } from '../tester.js';

tester('assessment/no-cycle', {
  valid: [
    { name: 'the article before the one on scores gives the cycle', text: '第十二条 学校党委组织部每学期期末组织一次教工党支部品牌创建考评。\n第十三条 考评采用百分制，运行机制、措施落实、创建成效、师生公认度、影响力五项分别占20分、20分、30分、15分、15分。创建成效须结合支部所在院系教学科研中心工作的完成情况评定。\n第十四条 考评结束后，各支部的评分表、佐证材料由组织部统一装订，存档备查。' },
    { name: 'a span of time that recurs', text: '考核评价：每3个月由党委对各支部打分，满分100分。' },
    { name: 'rounds per month, quarter and year in short', text: '（六）考核激励\n支行党总支对各网点党小组实行“月积分、季排名、年总评”，积分满分100分。' },
    '四、考核评价\n将品牌创建情况纳入年度党建考核。',
    '考核评价：每季度对各党支部品牌创建情况进行打分。',
    '四、考核评价\n每年12月组织验收评分。',
  ],
  invalid: [
    { name: 'one sentence asking for an appraisal', text: '在考核评价上，要对照运行机制、措施落实、创建成效、公认度、影响力五个方面，对各风电场党支部品牌创建情况作出全面客观的评价。', errors: [{ at: '在考核评价上，要对照运行机制、措施落实、创建成效、公认度、影响力五个方面，对各风电场党支部品牌创建情况作出全面客观的评价。' }] },
    { name: 'a period of public notice is no cycle', text: '三、评分方式\n考核组对各支部打分，满分100分，结果在内网公示，公示期为5个工作日。', errors: [{ at: '评分方式\n考核组对各支部打分，满分100分，结果在内网公示，公示期为5个工作日。' }] },
    { text: '四、考核评价\n从运行机制、措施落实、创建成效、公认度、影响力五个维度进行评分，满分100分。', errors: [{ at: '考核评价\n从运行机制、措施落实、创建成效、公认度、影响力五个维度进行评分，满分100分。' }] },
    { name: 'the date the rules take effect is no period', text: '党支部品牌创建考核细则\n第一条 考核内容：运行机制20分、措施落实30分。\n第二条 本细则自2025年3月1日起施行。', errors: [{ at: '党支部品牌创建考核细则' }] },
    { name: 'the issuing date is no period', text: '党支部品牌创建考核细则\n一、考核内容：运行机制20分、措施落实30分。\n市委组织部\n2025年2月', errors: [{ at: '党支部品牌创建考核细则' }] },
  ],
});

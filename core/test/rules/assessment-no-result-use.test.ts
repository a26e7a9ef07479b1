import { tester } from '../tester.js';

tester('assessment/no-result-use', {
  valid: [
    { name: 'praise for members who did well (给予表扬)', text: '考核评价：物业公司党支部将品牌创建纳入年度工作考核，对表现突出的党员给予表扬。' },
    { name: 'praise of a practice (对…做法给予了充分评价) designs no assessment', text: '选煤厂党支部2024年工作总结\n二、取得成效\n精煤回收率同比提高1.6个百分点。集团公司调研组来厂时，对支部“党员包机”做法给予了充分评价。' },
    { name: 'results applied to the secretaries’ appraisal (结果运用于…评议)', text: '海关党委每半年开展一次党建品牌考评，考评结果运用于党组织书记抓党建述职评议等次评定。' },
    { name: 'the last secretary makes a self-criticism (作检讨说明)', text: '船厂党委每季度对各分厂党支部品牌进行考评，连续两个季度排名末位的支部书记向党委作检讨说明。' },
    { name: 'articles one after the other are one assessment', text: '第五条 考评内容与计分。品牌创建考评按运行机制（20分）、措施落实（25分）、创建成效（25分）计分。\n第六条 考评结果运用。考评结果与党支部书记绩效薪酬挂钩，作为评先评优的重要依据。' },
    { name: 'scores counted into the yearly performance', text: '五、结果运用\n每年12月考评一次，满分100分，考评得分计入各部门年度绩效。' },
    { name: 'results as the basis of a selection', text: '四、考评办法\n每年12月考评一次，满分100分。考评结果作为评选“红旗投递班”的依据。' },
    { name: 'a title conferred', text: '考核评价：每年考核一次，满分100分，得分前两名的支部授予“示范品牌”称号。' },
    '四、考核评价\n得分90分以上的支部评为年度先进党支部，排名末位的支部书记作出书面说明。',
    '四、考核评价\n考核结果与支部书记绩效挂钩，作为评优评先的重要依据。',
    '考核评价：每季度打分，得分前两名的支部年底评为先进。',
    { name: 'a title awarded to the best', text: '四、考核评价\n每年12月评分一次，满分100分，排名前三的支部评为“优秀党建品牌”。' },
    '四、考核评价\n对排名末位的支部进行约谈。',
    { name: 'the bottom two named across the system', text: '五、考核评价\n每季度评估一次，实行百分制。得分排名后两位的支部，由集团党委在全系统通报。' },
    { name: 'a failing grade put right by a deadline', text: '四、考核评价\n每年12月考核一次，满分100分，考核不合格的支部限期整改。' },
    { name: 'rated excellent in another assessment as a reward', text: '四、考核评价\n每季度考评一次，年度得分90分以上的，支部书记年度考核优先评为优秀。' },
  ],
  invalid: [
    { name: 'one sentence scoring the branches’ brand work, no heading (对各…党支部品牌创建情况打分)', text: '每季度末，医院党办对各临床党支部品牌创建情况打分，满分100分。', errors: [{ at: '每季度末，医院党办对各临床党支部品牌创建情况打分，满分100分。' }] },
    { name: 'a points system for the brand, no heading (品牌考核实行积分制)', text: '支行党建品牌考核实行积分制，每季度晾晒一次，品牌积分占支部党建考核总分的40%。', errors: [{ at: '支行党建品牌考核实行积分制，每季度晾晒一次，品牌积分占支部党建考核总分的40%。' }] },
    { name: 'one sentence assessing the branches of a company, no use', text: '保险公司党委每年对各中心支公司党支部品牌创建情况进行一次考核，设置运行机制、措施落实等五个维度，分别赋予15%至30%的权重。', errors: [{ at: '保险公司党委每年对各中心支公司党支部品牌创建情况进行一次考核，设置运行机制、措施落实等五个维度，分别赋予15%至30%的权重。' }] },
    { name: 'promises kept are no reward', text: '三、评估内容\n每年11月评估一次，满分100分，看承诺事项是否逐项兑现。', errors: [{ at: '评估内容\n每年11月评估一次，满分100分，看承诺事项是否逐项兑现。' }] },
    { name: 'the basis of a score is no use of the result', text: '五、考核评价\n党委每年1月考核，实行百分制，创建成效以各支部所在部门经营目标完成情况为主要依据。考核结果评定为A、B、C三个等级。', errors: [{ at: '考核评价\n党委每年1月考核，实行百分制，创建成效以各支部所在部门经营目标完成情况为主要依据。' }] },
    { name: 'points taken off are scoring, not a use', text: '三、考评\n每年6月、12月各考评一次，满分100分，每缺1项扣2分，考评结束后将得分和扣分原因反馈给支部书记。', errors: [{ at: '考评\n每年6月、12月各考评一次，满分100分，每缺1项扣2分，考评结束后将得分和扣分原因反馈给支部书记。' }] },
    { text: '四、考核评价\n每季度对各党支部品牌创建情况进行打分。', errors: [{ at: '考核评价\n每季度对各党支部品牌创建情况进行打分。' }] },
    { name: 'results only announced', text: '四、考评结果\n每季度考评一次，满分100分，考评结果在公司党建工作群内通报。', errors: [{ at: '考评结果\n每季度考评一次，满分100分，考评结果在公司党建工作群内通报。' }] },
    { name: 'a grade given is no use of it', text: '四、考核评价\n每年12月考核一次，满分100分，得分最高的支部评为优秀等次。', errors: [{ at: '考核评价\n每年12月考核一次，满分100分，得分最高的支部评为优秀等次。' }] },
    { name: 'problems found put right', text: '四、考核评价\n每年12月考核一次，满分100分。针对考核中发现的问题，各支部要对照整改。', errors: [{ at: '考核评价\n每年12月考核一次，满分100分。' }] },
  ],
});

import { describe, expect, it } from 'vitest';
import remedies from '../../src/data/remedies.json' with { type: 'json' };
import { answersInOtherWords } from '../../src/rules/measure/problem-without-measure.js';
import { tester } from '../tester.js';

/** remedies.json's own lines: each answered pair is answered, each unanswered one is not. */
describe('remedies.json test lines', () => {
  it.each(remedies.tests.answered.map(([p, m]) => [p, m] as const))('%s ← %s', (p, m) => expect(answersInOtherWords(p, [m])).toBe(true));
  it.each(remedies.tests.unanswered.map(([p, m]) => [p, m] as const))('%s ✗ %s', (p, m) => expect(answersInOtherWords(p, [m])).toBe(false));
});

tester('measure/problem-without-measure', {
  valid: [
    { name: 'too few hands answered by staff drawn in', text: '三、存在问题\n夜间急诊值守力量不足，每晚仅有1名医生值班。\n四、下一步打算\n由中心主任负责，2025年6月底前从党员医生中抽调4人组建夜间应急小组。' },
    { name: 'problems answered by their place in the same paragraph', text: '推进会上的讲话\n当前还存在两个突出问题：一是高峰时段发车间隔过长；二是车载空调故障率偏高。针对第一个问题，由运营调度中心负责，5月31日前把20条线路高峰间隔压缩到5分钟以内。针对第二个问题，由车辆维修分公司负责，6月30日前完成1460台车辆空调检修。' },
    { name: 'a measure titled by the shortcoming it fixes', text: '三、存在问题\n一是部分党员数字化技能薄弱，操作智能导览设备不够熟练；二是党员志愿服务时长统计不规范。\n四、下一步措施\n（一）补齐数字化技能短板。由馆办公室负责，2025年6月底前对全馆18名党员开展智能导览设备操作培训2轮。\n（二）规范志愿服务时长统计。由组织委员负责，自2025年4月起按月登记党员志愿服务时长，每季度公示1次。' },
    { name: 'problems answered in turn by a list of measures in other words', text: '工作总结\n一、反馈问题\n问题一：组织生活不够严肃规范。个别月份支委会与党员大会合并召开。\n问题二：党费收缴不及时。有5名党员跨月补交党费。\n二、整改措施\n（一）由支部书记负责，自2025年2月起支委会、党员大会分别单独召开。\n（二）由纪检委员负责，每月10日前逐人核对当月党费交纳情况。' },
    { name: 'items after a colon and semicolons, answered in turn', text: '粮库党支部工作总结\n全年开展主题党日12次。\n差距与不足：（1）党建与储粮业务结合不紧，支部活动很少涉及仓储作业；（2）党员对数字化管粮新技术掌握不够。\n2025年工作思路：（1）由仓储科科长负责，10月底前以储粮改造为攻坚任务完成6个仓房控温改造；（2）每季度开展1次智能粮情系统实操培训，年底实现党员人人能独立操作。' },
    { name: '首先/其次 problems, each answered', text: '掘进区党支部工作总结\n（三）存在问题\n回顾全年，支部工作仍有短板。首先，夜班班组党员力量薄弱，4个班组没有党员。其次，青工培训针对性不强，新职工对操作规程掌握不牢。\n（四）下一步打算\n1.2025年一季度前，支部对党员所在班次重新调配，确保每个夜班班组至少有1名党员。\n2.由区队技术员负责，编制10个实操课件，新职工经师徒带教3个月考核合格后上岗。' },
    { name: 'weak ties to a named business answered by a measure on that business', text: '三、存在问题\n（一）党建与营销工作结合不紧。党员在电费回收中作用发挥不明显。\n四、下一步打算\n（一）由营销班党小组牵头，每名党员包联2家小微企业，年底前将办电时长压缩至3个工作日以内。' },
    { name: 'a table whose rows all hold measures', text: '| 存在问题 | 整改措施 | 责任人 |\n|---|---|---|\n| 党员学习台账不完整 | 补齐缺失的学习记录12份 | 组织委员 |\n| 示范窗口旅客评价偏低 | 每月开展1次窗口服务评议 | 站长 |', options: { format: 'markdown' } },
    { name: 'a run-in problem answered through its facts', text: '三、存在的不足\n（一）党员技能结构与新机型不匹配。今年新投运的12台机组采用全功率变流技术，支部党员中仅2人持有检修资质。\n四、下一步措施\n（一）由场站党支部书记负责，2025年6月底前选派6名党员参加变流器检修培训，年底前实现新机组每个检修班至少有2名持证党员。' },
    { name: 'an ageing membership answered by training young activists', text: '三、存在的问题\n一是党员先锋岗作用发挥不均衡；二是党员年龄结构偏大，45岁以上党员占比达到64%。\n四、下一步打算\n（一）由支部书记负责，2025年6月底前对6个党员先锋岗逐一开展述岗评岗。\n（二）由组织委员负责，2025年12月底前从35岁以下一线技术骨干中培养入党积极分子3名。' },
    '一、存在的问题\n（一）品牌定位不清。部分党员对品牌内涵理解不深。\n（二）宣传推广不够。品牌宣传渠道单一。\n二、整改措施\n（一）明确品牌定位。由支部书记负责，2025年4月底前组织2次品牌内涵专题研讨，形成品牌定位说明。\n（二）加强宣传推广。由宣传委员负责，自2025年5月起每月在公司公众号发布1篇品牌实践报道。',
    '三、存在问题\n青年党员参与度不高，全年仅有4名青年党员参与攻关。\n四、下一步打算\n2025年6月底前，由组织委员负责吸收6名青年党员加入攻关小组。',
    { name: 'a measure that takes up the facts of the problem', text: '三、存在的问题\n冬季除雪保通工作做得还不够细，2024年1月寒潮期间有2个收费站匝道封闭超过6小时。\n四、下一步打算\n由支部书记负责，2025年11月底前完成除雪物资储备，寒潮期间匝道封闭时间控制在2小时以内。' },
    { name: 'no problem section', text: '一、主要做法\n支部每月开展主题党日。' },
    { name: 'labelled problems each followed by its rectification', text: '巡察反馈问题整改方案\n问题1：耗材采购监管不到位，部分高值耗材用量异常增长未及时预警。\n整改措施：由医务科负责，2025年3月底前上线耗材监测系统。\n问题2：党员深入一线了解职工诉求不多。\n整改措施：建立党员联系职工台账1本，每名党员联系3至5名职工。' },
    { name: 'a run-in problem label answered by its own rectification label', text: '整改台账\n1.问题：党员发展工作不规范，2名发展对象考察期不足一年。\n整改措施：由组织委员负责，2025年3月底前重新履行培养考察程序。\n2.问题：职工食堂伙食满意度不高。\n整改措施：由工会负责，每月征集1次职工意见。' },
    { name: 'measures naming the problem they answer (对应问题1：) are no list of problems', text: '整改落实方案\n一、问题清单\n问题1：山区部分村组预警接收率不足80%。\n问题2：支部委员会有3次未形成会议纪要。\n二、整改措施\n（一）对应问题1：由台长负责，汛期前新增预警大喇叭15套，预警接收率达到95%以上。\n（二）对应问题2：由支部书记负责，即日起支部委员会会议当日形成纪要。' },
    { name: 'a cause section between problems and measures, each problem answered after it', text: '班子对照检查材料\n一、存在问题\n（一）关心职工生活不够，一线职工反映夜班餐送达不及时。\n二、原因分析\n对一线职工的困难调研不深，是产生第一个问题的主要原因。\n三、整改措施\n（一）由工会主席负责，2025年3月起夜班餐改由食堂专车配送，送达时间控制在20分钟以内。' },
    { name: 'a brand known only inside the unit, answered by a column on the unit\'s account', text: '二、存在问题\n（一）品牌知名度停留在本单位内部，外部客户了解不多。\n（二）党员积分评价流于形式，积分高低与实际表现脱节。\n三、整改措施\n（一）由办公室党员刘洋负责，自2025年3月起在公众号开设品牌专栏，每月推送2篇服务故事。\n（二）支部委员会于2025年4月底前修订《党员积分管理细则》，将6项业务数据纳入积分计算。' },
  ],
  invalid: [
    { name: 'problems listed in clauses of a paragraph under a problems heading', text: '整改方案\n一、反馈问题\n巡察组反馈指出，支部存在以下问题：理论学习流于形式，笔记照抄现象较多；支委会全年仅召开7次；“税暖心”服务品牌推广不足，纳税人知晓率偏低。\n二、整改措施\n（一）改进理论学习方式。从2025年3月起，每月集中学习安排1名党员领学，笔记由组织委员每季度抽查1次。\n（二）支委会每月至少召开1次，全年不少于12次。', errors: [{ at: '“税暖心”服务品牌推广不足，纳税人知晓率偏低' }] },
    { name: 'a title naming only the area, the problem in the next sentence', text: '对照检查材料\n一、存在的问题\n（一）联系群众方面。2024年到基层调研仅6次。\n（二）廉洁自律方面。对身边工作人员教育管理不够严格。\n二、整改措施\n1.2025年到基层调研不少于12次，形成调研报告2份。', errors: [{ at: '廉洁自律方面。对身边工作人员教育管理不够严格' }] },
    { name: 'members taking part in something else answers nothing', text: '车间党支部工作总结\n三、存在问题\n（一）老党员参加新机型培训少，参训率只有41%。\n（二）倒班党员参加组织生活困难，夜班党员全年缺席支部活动平均达4次。\n四、下一步打算\n（一）由支部书记负责，2025年9月底前组织党员参加新机型培训，参训率达到90%以上。', errors: [{ at: '倒班党员参加组织生活困难，夜班党员全年缺席支部活动平均达4次' }] },
    { name: 'sharing only the compound 品牌活动 takes up none of the facts', text: '林场党支部整改方案\n一、存在问题\n（一）党员参与面不广。12名党员中有5名全年未参加品牌活动。\n（二）品牌经费保障不足。支部品牌活动经费全年仅0.3万元，党员活动室设备老化。\n二、整改措施\n（一）由组织委员负责，2025年5月起每月安排每名党员参加品牌活动不少于1次，年底前实现12名党员全员参与。', errors: [{ at: '品牌经费保障不足。支部品牌活动经费全年仅0.3万元，党员活动室设备老化' }] },
    { name: 'a list after a label, its first item included', text: '中学党支部工作总结\n本学年组织主题党日10次。\n存在的不足：一是对退休党员的关心联系不够，全年上门走访仅2次；二是党员教师参与课后服务的积极性有差异。\n下学年，支部将从以下方面改进：第一，每名党员教师每学期至少承担16课时课后服务，由年级组长按月统计。', errors: [{ at: '对退休党员的关心联系不够，全年上门走访仅2次' }] },
    { name: 'clauses closed by semicolons after a colon', text: '研究所党支部工作总结\n支部也清醒地看到存在的不足：科研成果与农户需求对接不够；科研经费报销的廉洁风险点排查不全面。\n下一步，支部将联合农技推广站，2025年建设绿色防控示范基地5个，推广面积达到3万亩。', errors: [{ at: '科研成果与农户需求对接不够' }, { at: '科研经费报销的廉洁风险点排查不全面' }] },
    { name: 'a sentence saying problems remain, then the problems', text: '村党支部书记述职报告\n一年来完成道路硬化4.2公里。\n我村党建工作还存在一些问题。村集体经济增收渠道窄，全年经营性收入38万元；村里的党员年龄偏大，60岁以上的占到58%。\n2025年，由村党支部牵头领办草莓种植合作社，力争村集体经营性收入达到50万元。', errors: [{ at: '村里的党员年龄偏大，60岁以上的占到58%' }] },
    { name: 'measures in turn on other subjects leave the problems open', text: '信用社党支部工作汇报\n三、存在问题\n一是党员客户经理走访农户频次偏低，部分行政村全年未走访。\n二是支部与社区联系不紧，主动收集诉求的渠道单一。\n四、下一步打算\n（一）由分社主任负责，2025年6月底前完成营业厅适老化改造。\n（二）由综合柜员党小组组长负责，每季度开展1次反假币宣传。', errors: [{ at: '党员客户经理走访农户频次偏低，部分行政村全年未走访' }, { at: '支部与社区联系不紧，主动收集诉求的渠道单一' }] },
    { name: 'problems listed after an introducing colon inside a sentence', text: '区税务局第三党支部2024年工作汇报\n支部全年组织集中学习14次。\n对照年初目标，支部工作仍有差距：一是理论学习与业务结合不够，联系征管实际的研讨偏少；二是支部委员分工不够明确，部分工作推进靠书记一人。\n2025年，支部将重点做好以下工作：由支部书记负责，每季度围绕1个征管难点开展专题研讨，全年形成调研报告4篇。', errors: [{ at: '支部委员分工不够明确，部分工作推进靠书记一人' }] },
    { name: 'numbered problems after an introducing line', text: '××内科党支部党建品牌创建问题整改方案\n根据专项检查反馈，支部品牌创建存在以下短板：\n1.党员示范作用发挥不充分。党员医生参与义诊的次数偏少。\n2.支部会议纪要缺页漏签。会议纪要存在缺页现象。\n整改措施如下：\n（1）由组织委员负责，2025年内每名党员医生参加社区义诊不少于6次。', errors: [{ at: '支部会议纪要缺页漏签。会议纪要存在缺页现象' }] },
    { name: 'a table row with its measure left dashed', text: '| 存在问题 | 整改措施 | 责任人 | 完成时限 |\n|---|---|---|---|\n| 党员学习台账不完整 | 补齐缺失的学习记录12份 | 组织委员 | 2025年6月底前 |\n| 示范窗口旅客评价偏低 | — | — | — |', options: { format: 'markdown' }, errors: [{ at: '示范窗口旅客评价偏低' }] },
    { name: 'an ageing membership left unanswered', text: '三、存在的问题\n一是党员先锋岗作用发挥不均衡；二是党员年龄结构偏大，45岁以上党员占比达到64%。\n四、下一步打算\n（一）由支部书记负责，2025年6月底前对6个党员先锋岗逐一开展述岗评岗。', errors: [{ at: '党员年龄结构偏大，45岁以上党员占比达到64%' }] },
    { name: 'a problem paragraph: the whole first sentence is the place', text: '二、存在的问题\n社区党员多为退休人员，活动参与面窄，在职党员报到后作用发挥不明显。\n三、下一步打算\n我们将继续加强党员教育管理。', errors: [{ at: '社区党员多为退休人员，活动参与面窄，在职党员报到后作用发挥不明显', reason: '「社区党员多为退休人员」' }] },
    {
      text: '一、存在的问题\n（一）品牌定位不清。部分党员对品牌内涵理解不深，品牌与车间主业结合不紧。\n（二）宣传推广不够。品牌宣传渠道单一，职工知晓率不高。\n二、下一步打算\n下一步，我们将继续努力，争取取得更大成绩。',
      errors: [{ at: '品牌定位不清。部分党员对品牌内涵理解不深，品牌与车间主业结合不紧', reason: '问题无对策' }, { at: '宣传推广不够。品牌宣传渠道单一，职工知晓率不高' }],
    },
    {
      name: 'sharing one or two common words of the facts is no answer',
      text: '三、存在的问题\n青年党员作用发挥不充分，2024年全年仅有2名青年党员参与技术攻关。\n四、下一步打算\n由支部书记负责，2025年全年组织主题党日12次。',
      errors: [{ at: '青年党员作用发挥不充分，2024年全年仅有2名青年党员参与技术攻关' }],
    },
    { name: 'labelled problems: a rectification of slogans only answers nothing', text: '巡察反馈问题整改方案\n问题1：耗材采购监管不到位，部分高值耗材用量异常增长未及时预警。\n整改措施：由医务科负责，2025年3月底前上线耗材监测系统。\n问题2：廉洁从业教育针对性不强，收受红包问题时有反映。\n整改措施：全院上下要进一步提高政治站位，切实把思想和行动统一到上级决策部署上来。', errors: [{ at: '廉洁从业教育针对性不强，收受红包问题时有反映' }] },
    { name: 'a run-in problem label with no rectification of its own', text: '整改台账\n1.问题：党员发展工作不规范，2名发展对象考察期不足一年。\n整改措施：由组织委员负责，2025年3月底前重新履行培养考察程序。\n2.问题：质量检验人员持证率偏低，6名检验员中有3人未取证。\n3.问题：职工食堂伙食满意度不高。\n整改措施：由工会负责，每月征集1次职工意见。', errors: [{ at: '质量检验人员持证率偏低，6名检验员中有3人未取证' }] },
    { name: 'a numbered problem label is no problem\'s words (问题3：…)', text: '整改落实方案\n一、问题清单\n问题1：山区部分村组预警接收率不足80%。\n问题2：支部委员会有3次未形成会议纪要。\n问题3：预报员队伍后备力量薄弱，能独立值班的年轻预报员仅2名。\n二、整改措施\n（一）对应问题1：由台长负责，汛期前新增预警大喇叭15套，预警接收率达到95%以上。\n（二）对应问题2：由支部书记负责，即日起支部委员会会议当日形成纪要。', errors: [{ at: '预报员队伍后备力量薄弱，能独立值班的年轻预报员仅2名' }] },
    { name: 'two things apart (制度与船上实际脱节) is no weak tie of party work to a business', text: '对照检查材料\n一、存在的突出问题\n（一）安全生产方面。部分船舶应急演练流于形式，有2艘船舶因消防演练不熟练被开出缺陷。\n（二）作风建设方面。机关部门到船舶现场调研的次数偏少，部分管理制度与船上实际脱节。\n二、整改措施\n（一）由海务部负责，2025年6月底前修订《船舶应急演练管理规定》，每季度对每艘船抽查1次。', errors: [{ at: '作风建设方面。机关部门到船舶现场调研的次数偏少，部分管理制度与船上实际脱节' }] },
    { name: 'problems on the two sides of 一方面…另一方面 are two problems', text: '工作总结\n二、短板弱项\n一方面，船舶节能降耗措施落实不到位，单船百海里油耗同比上升3.5%；另一方面，船员技能等级结构不合理，持高级证书的轮机员偏少。\n三、下一步工作\n2025年，由轮机长负责推行经济航速，确保单船百海里油耗同比下降2%以上。', errors: [{ at: '船员技能等级结构不合理，持高级证书的轮机员偏少' }] },
    { name: 'a cause section restating the problem answers nothing', text: '班子对照检查材料\n一、存在问题\n（一）执行安全规程打折扣，个别班组交接班安全确认流于形式。\n（二）关心职工生活不够，一线职工反映夜班餐送达不及时。\n二、原因分析\n对一线职工的困难调研不深，对夜班餐等小事重视不够，是产生第二个问题的主要原因。\n三、整改措施\n（一）由队长负责，2025年1月起每月抽查交接班安全确认不少于20次。', errors: [{ at: '关心职工生活不够，一线职工反映夜班餐送达不及时' }] },
    { name: 'sharing only the unit\'s own name (车间党支部) answers nothing', text: '总装车间党支部2024年工作总结\n二、存在问题\n1.车间党员发展近两年停滞，一线班组长中入党积极分子断档。\n三、下一步工作\n2025年，车间党支部将坚持以习近平新时代中国特色社会主义思想为指导，凝心聚力、真抓实干，奋力开创新局面。', errors: [{ at: '车间党员发展近两年停滞，一线班组长中入党积极分子断档' }] },
    { name: 'a measure in turn sharing only the word 品牌 answers nothing', text: '品牌创建评估报告\n二、存在不足\n（一）品牌服务事项与群众需求对接不精准，群众点单的事项有三成未能落实。\n（二）品牌创建经费使用缺乏明细，年度支出无台账。\n三、改进措施\n（一）建立群众需求点单、派单、评单闭环，由支部组织委员负责，2025年起每季度收集群众需求，落实率达到90%以上。\n（二）加强品牌宣传工作，2025年在局官网开设品牌专栏，每月更新1次。', errors: [{ at: '品牌创建经费使用缺乏明细，年度支出无台账' }] },
    { name: 'a table row whose measure is slogans only', text: '| 序号 | 查摆问题 | 整改措施 | 完成时限 |\n|---|---|---|---|\n| 1 | 支部会议议题准备不充分 | 由组织委员提前3天征集议题并报书记审定 | 2025年1月起 |\n| 2 | 服务企业意识不强，审批材料多次退补 | 进一步提高政治站位，切实转变工作作风，以实际行动践行初心使命 | 长期坚持 |', options: { format: 'markdown' }, errors: [{ at: '服务企业意识不强，审批材料多次退补', reason: '只有表态性口号' }] },
    {
      name: 'the second problem is answered, the first is not',
      text: '一、存在的问题\n（一）党员参与度不高。\n（二）台账管理不规范。\n二、整改措施\n由组织委员负责，2025年5月底前完成台账管理规范化整改。',
      errors: [{ at: '党员参与度不高' }],
    },
  ],
});

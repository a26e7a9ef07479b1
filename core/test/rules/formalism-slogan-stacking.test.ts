import { tester } from '../tester.js';

tester('formalism/slogan-stacking', {
  valid: [
    { name: 'a self-criticism quoting the stack it used (以“提高站位、压实责任、狠抓落实”之类的话收尾)', text: '二是文风不实。我撰写的讲话稿中有11篇以“提高站位、压实责任、狠抓落实”之类的话收尾。' },
    { name: 'one such phrase before the work counted', text: '他兢兢业业地工作了26年，累计接诊患者3.2万人次。' },
    { name: 'a list of topics checked', text: '我围绕政治忠诚、履职尽责、廉洁自律等方面进行了对照检查，收到意见建议9条。' },
    { name: 'four-character clauses with one stock phrase among them', text: '活动中党员带头，群众参与，积极探索，全年服务群众1200人次。' },
    { name: 'a list of named activities', text: '车间开展岗位练兵、技术比武、安全巡查、师徒结对四项活动，全年参与职工860人次。' },
    { name: 'a list that goes on past four-character items', text: '支部坚持守正创新、服务大局、安全巡查、党员先锋岗创建等工作。' },
    '今年支部开展理论学习、技能比武、安全巡查、帮扶走访四类活动。',
    '全体党员凝心聚力，围绕3号高炉大修攻坚克难，比计划提前5天完工。',
    '要守正创新、真抓实干。',
  ],
  invalid: [
    { name: 'commemorative slogans in a row', text: '全体党员要铭记历史、缅怀先烈、珍爱和平、开创未来。', errors: [{ at: '铭记历史、缅怀先烈、珍爱和平、开创未来' }] },
    { name: 'three method slogans in a row', text: '要立足实际、突出特色、注重实效，积极探索具有辨识度的品牌创建路径。', errors: [{ at: '立足实际、突出特色、注重实效' }] },
    { name: 'a court’s stock qualities stacked (忠诚可靠、司法为民、公正廉洁)', text: '全院干警要始终做到忠诚可靠、司法为民、公正廉洁、敢于担当，在新征程上展现新作为。', errors: [{ at: '忠诚可靠、司法为民、公正廉洁、敢于担当' }] },
    { name: 'a team described by stock qualities (政治坚定、业务精通、作风过硬)', text: '支部将着力锻造一支政治坚定、业务精通、作风过硬、清正廉洁的检察队伍。', errors: [{ at: '政治坚定、业务精通、作风过硬、清正廉洁' }] },
    { name: 'a model worker’s virtues stacked', text: '他始终坚守在临床一线，兢兢业业、任劳任怨、默默奉献、无怨无悔，用实际行动诠释了初心使命。', errors: [{ at: '兢兢业业、任劳任怨、默默奉献、无怨无悔' }] },
    { name: 'a stack of battle slogans', text: '他们将继续发扬敢打硬仗、能打胜仗、善打巧仗的优良作风。', errors: [{ at: '敢打硬仗、能打胜仗、善打巧仗' }] },
    { name: 'a list joined by 、 and ， with two known slogans', text: '广大邮政党员要对标先进、比学赶超，争当表率、敢为人先，在寄递一线展现新作为。', errors: [{ at: '对标先进、比学赶超，争当表率、敢为人先' }] },
    { name: 'a list of a known slogan\'s make is reported whole', text: '引导全体指战员在急难险重任务中冲锋在前、迎难而上、攻坚克难、勇挑重担。', errors: [{ at: '冲锋在前、迎难而上、攻坚克难、勇挑重担' }] },
    { name: 'one known slogan leads a list of the same make', text: '全体干警要做到忠诚干净、敢于担当、勤勉敬业、甘于奉献，树立良好形象。', errors: [{ at: '忠诚干净、敢于担当、勤勉敬业、甘于奉献', reason: '口号堆砌' }] },
    { name: 'before 的', text: '研发人员秉持求真务实、锐意创新、勇攀高峰、追求卓越的精神。', errors: [{ at: '求真务实、锐意创新、勇攀高峰、追求卓越' }] },
    { text: '全体党员要凝心聚力、砥砺奋进、勇毅前行、再创佳绩，为企业高质量发展贡献力量。', errors: [{ at: '凝心聚力、砥砺奋进、勇毅前行、再创佳绩', reason: '4个' }] },
    { text: '我们将踔厉奋发、笃行不怠、勇毅前行。', errors: [{ at: '踔厉奋发、笃行不怠、勇毅前行' }] },
    { name: 'joined by 和', text: '广大党员干部真抓实干、埋头苦干和担当作为。', errors: [{ at: '真抓实干、埋头苦干和担当作为' }] },
  ],
});

/** The report: profile, score and deductions, dimensions, sections. */
import { describe, expect, it } from 'vitest';
import { CAP, check, scoreOf, WEIGHT, type RedlineMessage } from '../src/index.js';

const plan = `检修党支部“精检匠修”党建品牌创建方案
一、品牌内涵
“精检”指精细检查，“匠修”指以工匠精神开展检修。
二、创建目标
到2025年底，设备检修返工率降至1%以下。
三、主要措施
由支部书记负责，2025年3月底前建立检修质量台账。
四、考核评价
每年12月从运行机制、措施落实、创建成效、职工公认度、品牌影响力五个维度评分，满分100分，结果与绩效挂钩，作为评优评先依据。`;

describe('report', () => {
  const { report, messages } = check(plan);
  it('guesses the profile from the title', () => {
    expect(report.profile).toBe('plan');
    expect(report.profileGuessed).toBe(true);
    expect(check(plan, { profile: 'summary' }).report.profile).toBe('summary');
    expect(report.title).toBe('检修党支部“精检匠修”党建品牌创建方案');
  });
  it('reads an activity plan that is not about a brand as a general document, and a brand activity plan as a plan', () => {
    const activity = '环卫公司党支部“洁净家园”主题活动方案\n一、活动安排\n4月组织党员突击队清扫背街小巷12条。';
    expect(check(activity).report.profile).toBe('general');
    expect(check(activity.replace('主题活动方案', '党建品牌创建活动方案')).report.profile).toBe('plan');
  });
  it('reads a dispatch (本报讯) with a quoted speaker as a publicity article', () => {
    expect(check('山顶雷达站的42个夜班\n本报讯（通讯员 周文）7月以来，雷达站党支部4名党员轮流值守。\n“雷达多转一圈，群众就多一分安全。”邓建国说。').report.profile).toBe('publicity');
  });
  it('reads a star-rating scheme (星级评定办法) as an assessment', () => {
    expect(check('××公司党委船舶党支部星级评定办法\n一、评定范围\n公司所属28艘船舶党支部。').report.profile).toBe('assessment');
  });
  it('reads an article with credit lines (文字 ××，图片 ××) as a publicity article', () => {
    expect(check('从86分钟到58分钟：心内科跑赢胸痛时间\n凌晨2点17分，急诊科接诊一名58岁患者。\n支部书记马红梅把救治记录拿到支部会上复盘。\n文字 宣传统战部 李楠 图片 心内科').report.profile).toBe('publicity');
  });
  it('reads a 小结 as a summary, and a title labelled 【宣传稿】 or …宣传稿：, or by a column (【乡村振兴一线】), or a byline （段宣传部报道） as a publicity article', () => {
    expect(check('【宣传稿】儿童医院党委深化“党建+医疗”品牌建设\n近年来，医院党委坚持党建引领。\n医院党委表示，下一步将继续深化品牌内涵。').report.profile).toBe('publicity');
    expect(check('县消防救援大队党建品牌创建宣传稿：让党旗在火焰蓝中飘扬\n近年来，大队党委坚持以党建品牌创建为抓手。\n品牌创建工作赢得了辖区群众的赞誉。').report.profile).toBe('publicity');
    expect(check('车务段开展安全隐患排查\n（段宣传部报道）\n6月，车务段党委组织党员对站场设备进行排查。').report.profile).toBe('publicity');
    expect(check('工务段党建引领聚合力\n（段党委宣传部供稿）\n全段上下坚持以党建为引领，推进党建与安全生产融合。').report.profile).toBe('publicity');
    expect(check('审计工作动态（第6期）\n区审计局办公室　2025年7月8日\n区审计局创新审计工作法\n局党组推行“党建+审计”工作法，推动党建与审计业务深度融合。').report.profile).toBe('publicity');
    expect(check('【乡村振兴一线】茶山上的“第一书记”\n2023年3月，市农业农村局干部吴敏来到青溪村担任第一书记。\n吴敏和村党支部书记挨家挨户算账，最终由村集体牵头成立茶叶专业合作社。').report.profile).toBe('publicity');
    expect(check('高速收费站的“故障快处卡”\n通讯员 吴海燕 报道：今年4月，收费所党支部组织党员骨干梳理出ETC常见故障17种。\n下一步，收费所党支部计划推广到其余4个收费站。').report.profile).toBe('publicity');
    // (A template's placeholder in brackets before a plan's title is no column: the title names its kind.)
    expect(check('【单位名称】党建品牌创建方案\n一、指导思想\n坚持以党建引领发展。').report.profile).toBe('plan');
    expect(check('光伏运维党支部2024年工作小结\n今年支部设立党员责任区6个。\n下一步，支部将每月组织党员理论学习1次。').report.profile).toBe('summary');
  });
  it('reads experience material (经验交流材料) as a summary', () => {
    expect(check('抓实组织生活 锻造过硬支部\n——省档案馆机关第二党支部经验交流材料\n近年来，支部推动组织生活提质增效。').report.profile).toBe('summary');
    expect(check('在全局党建工作会议上的交流发言\n近年来，支部推动组织生活提质增效。').report.profile).toBe('summary');
  });
  it('reads a story with no mark of its kind (a person introduced, she, what she said) as a publicity article', () => {
    expect(check('山路尽头的那盏灯\n在大山深处的村小，有位党员教师叫李春燕。\n放学后她留在教室陪孩子们写作业，她常常忙到天黑。\n李春燕说，看到孩子们走出大山，就是她最大的心愿。').report.profile).toBe('publicity');
    expect(check('党建赋能 点亮万家\n每当抢修电话响起，冲在最前面的总是党员。\n全年抢修班完成故障抢修316次。').report.profile).toBe('publicity');
    // (…a headline of two phrases split by a comma, or a name and what it did, over a reporter's praise.)
    expect(check('志愿服务暖人心，邻里守望显真情\n近年来，街道党工委着力打造志愿服务品牌。\n志愿服务活动受到辖区居民的广泛好评。').report.profile).toBe('publicity');
    expect(check('城关中学：立德树人结硕果\n近年来，学校坚持党建带团建。\n学校办学水平显著提升，得到了家长的充分肯定。').report.profile).toBe('publicity');
    // (One sign alone is not enough, and a speech or a reflection is no story, whoever it names.)
    expect(check('凝心聚力谋发展\n支部坚持党建引领，推进党建与业务融合。\n全年完成故障抢修316次。').report.profile).toBe('general');
    expect(check('在支部党员大会上的讲话\n同志们，有位老党员叫王建国，他说过一句话。\n他一辈子守在线路上，他从不叫苦。').report.profile).toBe('general');
  });
  it('reads a feature story with a ——记 subtitle as a publicity article', () => {
    expect(check('科研一线党旗红\n——记化学院能源材料实验室党支部\n今年以来，支部坚持把支部建在课题组上。').report.profile).toBe('publicity');
  });
  it('reads a unit\'s name, a colon and a story as a news headline', () => {
    expect(check('××边境派出所：党建品牌擦亮戍边“金名片”\n近年来，派出所党支部着力打造党建品牌。\n下一步，该所将继续深化品牌创建。').report.profile).toBe('publicity');
  });
  it('reads a dispatch or a post with a source line as a publicity article', () => {
    expect(check('外国语学院党委推进综合改革\n本报讯 近年来，学院党委坚持立德树人。\n学院育人质量稳步提升。').report.profile).toBe('publicity');
    expect(check('国门边上的守夜人\n在祖国的边境线上，有这样一支队伍。\n来源：青关边检站微信公众号').report.profile).toBe('publicity');
  });
  it('reads a station\'s dispatch, an editor\'s credit, an account\'s 原创 line or a bank branch\'s headline as publicity', () => {
    expect(check('党建领航强关区\n本站讯 西陵海关党委始终坚持把党的政治建设摆在首位。\n海关党建工作水平明显提升。').report.profile).toBe('publicity');
    expect(check('党建领航强关区\n西陵海关党委始终坚持把党的政治建设摆在首位。\n（编辑：宋佳　审核：马骏）').report.profile).toBe('publicity');
    expect(check('党建引领金融为民\n石坪农行　原创\n近年来，支行党支部坚持以党建引领业务发展。').report.profile).toBe('publicity');
    expect(check('农行石坪支行：以党建之笔绘就金融为民新画卷\n近年来，支行党支部坚持以党建引领业务发展。').report.profile).toBe('publicity');
  });
  it('reads a headline with a ——记 part as a publicity article', () => {
    expect(check('护理院里的“贴心女儿”——记党员护理员李春梅\n清晨，李春梅就来到失能老人的床前。').report.profile).toBe('publicity');
  });
  it('reads a source line of a media centre, a contributor line or a 侧记 subtitle as publicity', () => {
    expect(check('城管局党建品牌见实效\n来源：××区融媒体中心\n近年来，局党委着力打造党建品牌。').report.profile).toBe('publicity');
    expect(check('以党建红引领地铁蓝\n——运营分公司党委党建品牌创建侧记\n近年来，分公司党委坚持以党建引领发展。').report.profile).toBe('publicity');
    expect(check('以党建红引领地铁蓝\n分公司党委坚持以党建引领发展。\n供稿：运营分公司党委工作部').report.profile).toBe('publicity');
  });
  it('reads minutes opening with the meeting’s date (…会议纪要\\n11月3日上午，…) as no news story', () => {
    expect(check('党建工作专题会议纪要\n11月3日上午，市供电公司党委召开党建工作专题会议，听取基层党支部汇报。党委书记范立新主持会议。\n会议要求：\n一是要进一步加强品牌宣传推广。').report.profile).toBe('general');
  });
  it('reads acceptance standards (验收标准) and a notice of an acceptance (评估验收工作的通知) as an assessment', () => {
    expect(check('关于开展2025年度党建品牌评估验收工作的通知\n各基层党委：\n集团党委决定于2025年11月开展年度评估验收。\n一、验收内容\n按运行机制（20分）等五项内容逐项打分。').report.profile).toBe('assessment');
    expect(check('支队党委党建品牌验收标准\n一、验收时间\n每年11月组织验收。').report.profile).toBe('assessment');
  });
  it('reads a year\'s work points (工作要点) not about a brand as a general document, not a brand plan', () => {
    expect(check('图书馆党总支2025年工作要点\n一、服务师生\n1.建成学科服务党员团队5个。（牵头：学科服务部主任 蒋文涛；时限：2025年9月底前）').report.profile).toBe('general');
    expect(check('图书馆党总支2025年党建品牌创建工作要点\n一、服务师生\n1.建成学科服务党员团队5个。').report.profile).toBe('plan');
  });
  it('reads an indicator system (评价指标体系), a 评价表 and a 评价内容 as an assessment', () => {
    expect(check('学院教工党支部品牌评价指标体系\n评价每学年进行一次。\n运行机制\t15\t支委分工明确').report.profile).toBe('assessment');
    expect(check('区法院机关党委党建品牌评价表\n评价维度\t评价要点\t评价等次\n运行机制\t推进会议按计划召开\t好、较好、一般').report.profile).toBe('assessment');
    expect(check('镇党委村级党组织品牌创建评价内容\n评价项目\t评价内容\t评价方式\n措施落实\t品牌创建任务落实情况\t查阅资料').report.profile).toBe('assessment');
  });
  it('reads a points scheme (积分办法) as an assessment', () => {
    expect(check('省气象局直属机关党委\n气象台站党支部“一站一品”创建积分办法\n一、积分构成\n满分100分。').report.profile).toBe('assessment');
  });
  it('reads the rectification plan of an assessment\'s findings (测评反馈问题的整改方案) as a general document, neither a brand plan nor assessment rules', () => {
    expect(check('社区党委关于满意度测评反馈问题的整改方案\n一、问题清单\n楼道照明修复慢。').report.profile).toBe('general');
    // (…unless it rectifies a brand: then it is a plan of that brand.)
    expect(check('社区党委“红色楼道”品牌创建问题整改方案\n一、问题清单\n楼道照明修复慢。').report.profile).toBe('plan');
    expect(check('社区党委群众满意度测评整改清单\n一、问题清单\n楼道照明修复慢。').report.profile).not.toBe('assessment');
    expect(check('社区党委群众满意度测评办法\n一、测评对象\n辖区居民。').report.profile).toBe('assessment');
  });
  it('reads a news lead (近日，…) with one more news word as a publicity article', () => {
    const news = '党建引领优化税费服务\n近日，区税务局党委组织党员深入企业了解诉求，赢得纳税人广泛好评。';
    expect(check(news).report.profile).toBe('publicity');
    expect(check(news.replace('近日，', '今年，')).report.profile).toBe('general');
  });
  it('lists sections found and missing for the profile', () => {
    const byId = Object.fromEntries(report.sections.map((s) => [s.id, s.found]));
    expect(byId).toMatchObject({ meaning: true, target: true, measure: true, assessment: true, schedule: false, guarantee: false, promotion: false });
    expect(report.sections.find((s) => s.id === 'measure')?.heading).toBe('主要措施');
  });
  it('covers the five dimensions named in the assessment', () => {
    expect(report.dimensions.map((d) => d.name)).toEqual(['运行机制', '措施落实', '创建成效', '公认度', '影响力']);
    expect(report.dimensions.every((d) => d.inAssessment && d.covered)).toBe(true);
    expect(report.dimensions.every((d) => d.strength > 0 && d.strength <= 1)).toBe(true);
  });
  it('explains the score with deductions that add up', () => {
    const total = report.deductions.reduce((n, d) => n + d.points, 0);
    expect(report.score).toBe(Math.max(0, Math.round(100 - total)));
    expect(report.deductions.reduce((n, d) => n + d.count, 0)).toBe(messages.length);
    expect(report.counts.severities.warning + report.counts.severities.error + report.counts.severities.info).toBe(messages.length);
  });
});

describe('scoreOf', () => {
  const msg = (ruleId: string, severity: 'error' | 'warning' | 'info') =>
    ({ ruleId, severity, source: 'redline', reason: '', place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, actual: '', expected: [], note: '', url: '' }) as RedlineMessage;
  it('weighs by severity and caps each rule', () => {
    expect(scoreOf([msg('a/b', 'warning')]).score).toBe(100 - WEIGHT.warning);
    const many = Array.from({ length: 50 }, () => msg('a/b', 'error'));
    expect(scoreOf(many).deductions[0].points).toBe(CAP.error);
    expect(scoreOf(many).score).toBe(100 - CAP.error);
  });
  it('never goes below 0', () => {
    const all = Array.from({ length: 30 }, (_, i) => Array.from({ length: 10 }, () => msg(`x/r${i}`, 'error'))).flat();
    expect(scoreOf(all).score).toBe(0);
  });
});

describe('vfile messages', () => {
  it('file.messages mirrors messages as VFileMessages (fatal from severity, same place and fields)', () => {
    const text = '要进一步拓宽宣传渠道，提升品牌知名度。有关部门要尽快完善制度。';
    const out = check(text, { preset: 'submission', path: 'a.txt' });
    expect(out.messages.length).toBeGreaterThan(1);
    const v = out.file.messages;
    expect(v).toBe(out.file.messages);
    expect(v.map((m) => [m.ruleId, m.source, m.place, m.actual, m.expected, m.note, m.url, m.file])).toEqual(out.messages.map((m) => [m.ruleId, 'redline', m.place, m.actual, m.expected, m.note, m.url, 'a.txt']));
    expect(v.map((m) => m.fatal)).toEqual(out.messages.map((m) => (m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined)));
    expect(v[0]).toBeInstanceOf(Error);
    expect(v[0].reason).toBe(out.messages[0].reason);
  });
});

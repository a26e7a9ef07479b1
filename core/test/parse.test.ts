/** Parser: headings, run-in titles, hard wraps, furniture, formats, offsets. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { Paragraph, Sentence, Word } from 'nlcst';
import { SentenceKind } from '../src/parse/document.js';
import { buildTree } from '../src/parse/tree.js';
import { Analysis } from '../src/analysis/analysis.js';
import { LexiconSet } from '../src/lexicons/index.js';

const sentences = (text: string, format: 'text' | 'markdown' | 'html' = 'text') => {
  const d = parseDocument(text, format);
  return d.sentences.map((s) => d.clean.slice(s.cs, s.ce));
};
const headings = (text: string, format: 'text' | 'markdown' | 'html' = 'text') => parseDocument(text, format).headings.map((h) => [h.kind, h.marker, h.text]);

describe('Chinese official headings', () => {
  it.each([
    ['一、指导思想', 'cn'],
    ['（一）主要内容', 'cn-paren'],
    ['(二)工作重点', 'cn-paren'],
    ['1. 落实领导责任', 'num'],
    ['2、党建品牌成为有效途径', 'num'],
    ['1.1 品牌定位不清', 'num-2'],
    ['（1）理论学习', 'num-paren'],
    ['第一章 总则', 'chapter'],
    ['第三条 考核内容', 'article'],
    ['① 基础团务', 'circled'],
  ])('%s → %s', (line, marker) => {
    const [h] = parseDocument(`${line}\n正文内容在这里。`).headings;
    expect(h.marker).toBe(marker);
    expect(h.kind).toBe('line');
  });

  it('reads 1. before a year as an item marker, and 1.5 as a number', () => {
    const d = parseDocument('三、下半年工作安排\n1.2025年9月底前完成26处监控补点安装。\n2.2025年10月底前组织11名运维人员参加取证培训。\n3.5万元用于设备更新。');
    expect(d.items.map((it) => d.clean.slice(it.cs, it.cs + 2))).toEqual(['1.', '2.']);
  });

  it('nests by rank', () => {
    const d = parseDocument('方案标题\n一、主要措施\n（一）建立台账\n正文。\n（二）设立责任区\n正文。\n二、考核评价\n正文。');
    const byText = new Map(d.headings.map((h, i) => [h.text, i]));
    expect(d.title).toBe(byText.get('方案标题'));
    expect(d.headings[byText.get('建立台账')!].parent).toBe(byText.get('主要措施'));
    expect(d.headings[byText.get('考核评价')!].parent).toBe(byText.get('方案标题'));
  });

  it('a chapter-level heading may ask a question; a numbered question is an item', () => {
    const d = parseDocument('品牌创建方案\n五、怎么考核？\n每学期末考核一次。\n（一）“谁来评”？\n由党委组织部评。\n1. 你们支部今年开展了几次活动？\n2. 活动有无记录？');
    expect(d.headings.map((h) => [h.kind, h.marker, h.text])).toEqual([
      ['line', 'plain', '品牌创建方案'],
      ['line', 'cn', '怎么考核？'],
      ['line', 'cn-paren', '“谁来评”？'],
    ]);
    // A question that goes on after its question mark is a run-in title, as before.
    expect(parseDocument('五、怎么考核？每学期末考核一次。').headings.map((h) => h.kind)).toEqual(['runin']);
  });

  it('a chapter title closed by a full stop on its own line heads the items a rank below it; a list of such lines stays a list', () => {
    const d = parseDocument('支部工作总结\n二、存在问题。\n1. 工作单填写不规范。\n2. 入党申请人数下降。\n三、下一步打算。\n（1）由质量主管每周抽查。');
    expect(d.headings.map((h) => [h.marker, h.text])).toEqual([
      ['plain', '支部工作总结'],
      ['cn', '存在问题'],
      ['cn', '下一步打算'],
    ]);
    // One-line items of one rank, a title with a figure or a comma, and a chapter line with nothing below it are no headings.
    expect(parseDocument('下一步打算\n一、加强理论学习。\n二、完善制度建设。').headings.map((h) => h.text)).toEqual(['下一步打算']);
    expect(parseDocument('总结\n一、全年完成3项任务。\n1. 修订制度。').headings.map((h) => h.text)).toEqual(['总结']);
    expect(parseDocument('总结\n一、加强学习，提升能力。\n1. 修订制度。').headings.map((h) => h.text)).toEqual(['总结']);
    expect(parseDocument('总结\n一、存在问题。').headings.map((h) => h.text)).toEqual(['总结']);
    // Over a paragraph of prose, a short title heads it (二、取得成效。); a long one is an item of its own.
    expect(parseDocument('总结\n二、取得成效。\n全年38名儿童能够独立行走。').headings.map((h) => h.text)).toEqual(['总结', '取得成效']);
    expect(parseDocument('总结\n一、支部全面加强党员教育管理工作。\n全年组织集中学习12次。').headings.map((h) => h.text)).toEqual(['总结']);
  });

  it('一是… closed by a full stop is a run-in title; closed by a semicolon it is a list item', () => {
    const kinds = (t: string) => parseDocument(t).sentences.map((s) => s.kind);
    expect(kinds('一是完善创建机制。由组织委员负责，3月底前完成。')[0]).toBe(SentenceKind.RunIn);
    expect(kinds('一是加强队伍建设；二是推动成果转化；三是在6月底前组织跟班学习。')).toEqual([SentenceKind.Body, SentenceKind.Body, SentenceKind.Body]);
    // Nor is one followed at once by the next item: a title has a body of its own.
    expect(kinds('一是由支部书记负责，3月底前组建4支服务队。二是要不断提升服务质效。三是每月走访1次。')[1]).toBe(SentenceKind.Body);
    // A quoted name inside a run-in title keeps it a title; quoted speech does not make one.
    expect(kinds('三、主要措施\n一是落实“第一议题”制度。支部书记每月组织1次学习。')[1]).toBe(SentenceKind.RunIn);
    expect(kinds('三、主要措施\n“我们一定把事情办好”。支部书记每月组织1次学习。')[1]).toBe(SentenceKind.Body);
    // A line of clauses ending at a colon introduces a list: no heading.
    expect(kinds('四、下一步打算\n下一步，我们将坚定信心、真抓实干，重点抓好以下工作：\n（一）由支部书记负责，6月底前完成排查。')[1]).toBe(SentenceKind.Body);
    // A body pledging under its own name opens a paragraph as a sentence, not a title.
    expect(kinds('三、下一步打算\n支部将组织党员开展2次志愿服务。2024年已开展3次。')[1]).toBe(SentenceKind.Body);
    expect(kinds('三、下一步打算\n在服务学校发展上下功夫。支部每月走访1次。')[1]).toBe(SentenceKind.RunIn);
    // A numbered task followed only by its fields in brackets (4.推进课程思政建设。（牵头：…）) is the task, no title.
    expect(kinds('一、推动党建与教学融合\n4.推进课程思政建设。（牵头：教学副院长 马丽）')[1]).toBe(SentenceKind.Body);
    expect(kinds('一、推动党建与教学融合\n4.推进课程思政建设，提升育人能力。（牵头：教学副院长 马丽）')[1]).toBe(SentenceKind.Body);
  });

  it('a stage line of a schedule (第一阶段（…）：动员部署) is a sub-heading of the marked heading above it', () => {
    const d = parseDocument('方案\n二、实施步骤\n第一阶段（2025年3月—4月）：动员部署\n1.召开动员会。\n第二阶段（2025年5月—10月）：攻坚实施\n2.完成样品制备。\n三、工作保障\n经费从党建经费列支。');
    const h = (t: string) => d.headings.findIndex((x) => x.text.startsWith(t));
    expect(d.headings[h('第一阶段')].parent).toBe(h('实施步骤'));
    expect(d.headings[h('第二阶段')].parent).toBe(h('实施步骤'));
    expect(d.headings[h('工作保障')].parent).not.toBe(h('第二阶段'));
  });

  it('an issuing body\'s line above the title: the line naming the document is the title', () => {
    const d = parseDocument('省气象局直属机关党委\n气象台站党支部“一站一品”创建积分办法\n一、积分构成\n满分100分。');
    expect(d.headings[d.title].text).toBe('气象台站党支部“一站一品”创建积分办法');
    expect(parseDocument('机关党委工作总结\n第一党支部\n一、主要做法\n全年学习12次。').title).toBe(0);
    // (A first line naming its unit, a space and 存在的问题 heads a part of the text, like the 下一步打算 after it: no title.)
    const parts = parseDocument('人民医院后勤党支部 存在的问题\n1.党员年龄结构老化。\n下一步打算\n1.由支部书记负责，2025年发展党员2名。');
    expect(parts.title).toBe(-1);
    expect(parts.headings.map((h) => h.parent)).toEqual([-1, -1]);
    // (…a list of key tasks, 重点任务, names a document too.)
    expect(parseDocument('冷轧厂党委\n“冷轧精品”党建品牌创建重点任务\n一、党建引领质量攻关\n（一）成立党员攻关队。').title).toBe(1);
  });

  it('a line of a clause and more that breaks off at a particle (…由2023年的) is a wrapped sentence, no heading', () => {
    expect(headings('实验小学党支部品牌创建情况\n在全区阅读素养测评中，学校平均分由2023年的\n78.4分提高到86.1分。').map((h) => h[2])).toEqual(['实验小学党支部品牌创建情况']);
  });

  it('after a page number, the start of the title or the unit’s bulletin printed atop the page is furniture', () => {
    const d = parseDocument('材料研究所第二党支部品牌创建工作计划\n一、工作安排\n（一）由支部书记钱卫东负责，组建攻关团队1支。\n— 2 —\n材料研究所第二党支部\n（二）择机组织党员赴兄弟院所学习交流。\n— 3 —\n材料研究所党建工作简报\n（三）2025年10月底前完成转正。');
    expect(d.headings.map((h) => h.text)).not.toContain('材料研究所第二党支部');
    expect(d.clean).not.toContain('党建工作简报');
  });

  it('a number with a unit is not a heading marker', () => {
    expect(headings('2.5亿元投资用于设备更新，已完成80%。').filter(([, m]) => m !== 'plain')).toEqual([]);
  });

  it('recognises run-in titles and labels', () => {
    const d = parseDocument('（一）完善工作清单。由组织委员负责，3月底前制定清单。\n考核评价：每季度打分。');
    expect(d.headings.map((h) => [h.kind, h.text])).toEqual([
      ['runin', '完善工作清单'],
      ['label', '考核评价'],
    ]);
    expect(d.sentences[0].kind).toBe(SentenceKind.RunIn);
    expect(d.clean.slice(d.sentences[2].bodyCs, d.sentences[2].ce)).toBe('每季度打分。');
  });

  it('short numbered headings of one width are no hard wrap', () => {
    const d = parseDocument('在推进会上的讲话（摘要）\n同志们：\n今天召开推进会，总结前段工作，部署下阶段任务，下面我讲三点意见。\n一、认清形势，提高认识\n品牌创建是落实全面从严治党要求的重要抓手，也是推动安全生产的有力支撑，各支部要摆上议程。\n二、聚焦重点，狠抓落实\n一是抓好宣传。下个月由宣传委员负责开展1次集中宣讲，组织全体党员观看专题片，二是抓好典型选树，评选3名优秀党员。\n三、压实责任，务求实效\n各支部要以此次推进会为契机，确保各项任务落地见效。');
    expect(d.headings.filter((h) => h.marker === 'cn').map((h) => h.text)).toEqual(['认清形势，提高认识', '聚焦重点，狠抓落实', '压实责任，务求实效']);
  });

  it('a Markdown list item is never an unmarked heading', () => {
    const d = parseDocument('## 下一步\n\n- 加强思想引领\n- 推动党建与业务融合\n\n保障措施\n\n由支部书记负责。', 'markdown');
    expect(d.headings.map((h) => h.text)).toEqual(['下一步', '保障措施']);
  });

  it('marks the paragraphs that markup makes list items: Markdown - items and the first line of an HTML <li>', () => {
    const md = parseDocument('## 下一步\n\n- 加强思想引领\n- 推动党建与业务融合\n\n由支部书记负责。', 'markdown');
    expect(md.paragraphs.map((p) => !!p.item)).toEqual([false, true, true, false]);
    const html = parseDocument('<p>现作如下安排：</p><ol><li>开展防汛测报演练<br>责任人：韩冬</li><li>清淤疏通水位井</li></ol>', 'html');
    expect(html.paragraphs.map((p) => !!p.item)).toEqual([false, true, false, true]);
  });

  it('repeats an HTML table cell that spans rows (rowspan) in the rows below it', () => {
    const d = parseDocument('<table><tr><td rowspan="3">党员攻坚</td><td>组建突击队</td><td rowspan="2">书记 韩涛</td></tr><tr><td>开展竞赛</td></tr><tr><td>设立监督岗</td><td>委员 贺芳</td></tr></table><p>完</p>', 'html');
    expect(d.clean.split('\n').slice(0, 3)).toEqual(['党员攻坚\t组建突击队\t书记韩涛', '党员攻坚\t开展竞赛\t书记韩涛', '党员攻坚\t设立监督岗\t委员贺芳']);
  });

  it('reads a numbered task with its fields in square brackets as an item, not a title', () => {
    const d = parseDocument('下一步重点工作\n2. 党员服务窗口改革【责任人：】【时限：2025年7月31日前】\n3. 组织党员培训');
    expect(d.headings.map((h) => h.text)).toEqual(['下一步重点工作', '组织党员培训']);
  });

  it('reads a label after an item marker as the item title', () => {
    const d = parseDocument('××支部2025年工作汇报\n（一）工作举措：支部建立联学机制。\n（二）工作成效：台网运行率99.5%。');
    expect(d.headings.filter((h) => h.kind === 'runin').map((h) => h.text)).toEqual(['工作举措', '工作成效']);
  });

  it('reads a field naming the lead owner (牵头责任人：, 第一责任人：) as a label, not a heading line', () => {
    const d = parseDocument('任务分解\n2. 编印《本市地名文化故事》\n牵头责任人：组织委员 陶然\n第一责任人：支部书记 吴凡\n完成时限：2025年11月底前');
    expect(d.headings.map((h) => [h.kind, h.text])).toEqual([
      ['line', '任务分解'],
      ['line', '编印《本市地名文化故事》'],
      ['label', '牵头责任人'],
      ['label', '第一责任人'],
      ['label', '完成时限'],
    ]);
  });

  it('reads a field in square brackets as a label, not a template placeholder as one', () => {
    const d = parseDocument('××支部品牌申报书\n【申报单位】乘务中心党支部\n【下一步计划】支部将在3月底前完成2项任务。\n【单位名称】将持续开展教育活动。');
    expect(d.headings.map((h) => [h.kind, h.text])).toEqual([
      ['line', '××支部品牌申报书'],
      ['label', '申报单位'],
      ['label', '下一步计划'],
    ]);
    const s = d.sentences.find((x) => d.clean.slice(x.cs, x.ce).startsWith('【下一步计划】'))!;
    expect(d.clean.slice(s.bodyCs, s.ce)).toBe('支部将在3月底前完成2项任务。');
  });
});

describe('sentences', () => {
  it('splits at 。！？； and keeps closing quotes', () => {
    expect(sentences('他说：“要干实事。”我们照做！是吗？是的；好。')).toEqual(['他说：“要干实事。”', '我们照做！', '是吗？', '是的；', '好。']);
  });
  it('half-width stops end a sentence only next to Chinese', () => {
    expect(sentences('完成率98.5%.下一步要加强.')).toEqual(['完成率98.5%.下一步要加强.']);
    expect(sentences('工作完成了.下一步要加强!')).toEqual(['工作完成了.', '下一步要加强!']);
  });
});

describe('hard-wrapped PDF text', () => {
  const wrapped = [
    '1 国有企业基层党支部在党建品牌创建过程中存',
    '',
    '在的问题',
    '',
    '1.1 品牌定位不清',
    '',
    '部分国有企业基层党支部在党建品牌创建的过程中',
    '',
    '存在品牌定位模糊的问题。一些党支部对党建品牌的内',
    '',
    '涵和目标缺乏深入理解和明确规划，导致建设方向不明确。',
    '',
    'http://m.example.com/link/313451a5a75ca50ddc0213d1093ba5a0',
    '',
    '27',
    '',
    '1.2 创新动力不足',
    '',
    '创新是党建品牌创建的重要驱动力，但目前一些国有企',
    '',
    '业基层党支部在党建品牌创建过程中创新动力不足。',
  ].join('\n');
  const d = parseDocument(wrapped);

  it('a title named by its kind (…考核细则) takes no line into it, even at the width of the lines below', () => {
    const text = '城关路小学党支部“明德课堂”品牌创建考核细则\n本细则由学校党支部委员会组织实施，满分100分。\n一、考核周期\n每学期末考核一次，两个学期得分之和为学年得分。\n二、考核内容\n（一）措施落实（40分）：党员教师每学期每人上公开课不少于1节，全部完成得20分；党员教师每人结对帮扶学困生不少于2名，落实到位得20分。\n（二）创建成效（40分）：党员教师任教学科期末检测合格率达到98%以上得20分；党员教师获区级以上教学比赛奖项每项得4分，最高20分。\n（三）师生家长认可度（20分）：每学期开展1次家长满意度调查，满意率95%以上得12分；教职工测评满意率90%以上得8分。\n三、结果运用\n考核结果与党员教师年度考核等次挂钩，学年得分前5名的党员教师推荐参评区“优秀共产党员”。';
    expect(sentences(text)[0]).toBe('城关路小学党支部“明德课堂”品牌创建考核细则');
  });

  it('joins wrapped headings and paragraphs across blank lines', () => {
    expect(d.headings.map((h) => h.text)).toEqual(['国有企业基层党支部在党建品牌创建过程中存在的问题', '品牌定位不清', '创新动力不足']);
    expect(sentences(wrapped)).toContain('部分国有企业基层党支部在党建品牌创建的过程中存在品牌定位模糊的问题。');
  });

  it('drops page furniture (URLs, page numbers)', () => {
    expect(d.clean).not.toContain('http');
    expect(d.clean).not.toMatch(/\n27\n/);
  });

  it('maps clean offsets back to the source across the joins', () => {
    const i = d.clean.indexOf('内涵');
    const a = d.map.start(i);
    const b = d.map.end((i + 1) + 1);
    expect(wrapped.slice(a, b)).toBe('内\n\n涵');
  });

  it('joins a line a little short of the width when it splits a number from its unit (设立1\\n个)', () => {
    const text = '二、重点任务\n（一）打造“安全驿站”。由车务段党委组织部负\n责，2025年5月底前在管内6个车站各设立1\n个“安全驿站”党员责任区，每个责任区由2名党\n员包保。\n（二）开展结对帮带。由各车站党支部书记负责组\n织，自2025年6月起，每名党员与1至2名青年\n职工结成帮带对子，每月开展1次岗位技能指导，\n年底青年职工岗位技能鉴定合格率达到95%以上。';
    expect(sentences(text)).toContain('由车务段党委组织部负责，2025年5月底前在管内6个车站各设立1个“安全驿站”党员责任区，每个责任区由2名党员包保。');
  });

  it('drops a running head printed after a page number, and joins the sentence it interrupted', () => {
    const text = '三、具体举措\n1.由支部书记、辅导员黄晓雯负责,2025年\n4月底前组建30人党员翻译志愿服务队;每学期\n承接社区和企业公益翻译任务不少于20项。\n2.由支部组织委员韩冰负责,每月第二周组织1\n次“双语读原著”学习会,全年不少于10次;学\n\n- 4 -\n\n外国语学院学生第一党支部“译心向党”品牌创建方案\n习记录按月归档。';
    const ss = sentences(text);
    expect(ss).toContain('1.由支部书记、辅导员黄晓雯负责,2025年4月底前组建30人党员翻译志愿服务队;');
    expect(ss).toContain('学习记录按月归档。');
    expect(ss.filter((x) => x.includes('品牌创建方案'))).toHaveLength(0);
  });

  it('joins a numbered task broken inside a number, a date or an assignment, though a numbered line may be a heading', () => {
    const text = '青石村党支部“稻香共富”党建品牌创建实施方案\n三、主要措施\n\n（一）由村党支部书记周永福牵头，2025年5月\n底前流转土地320亩，建成优质稻示范基地1个。\n\n（二）由村党支部组织委员吴海燕负责，自2025\n年3月起每季度组织党员开展1次稻田技术服务，全\n年服务农户不少于150户次。\n\n（三）2025年10月底前，由村委会副主任刘芳\n负责对接2家电商平台，实现大米线上销售额30万\n\n— 6 —\n\n青石村党支部“稻香共富”党建品牌创建实施方案\n元。';
    const ss = sentences(text);
    expect(ss).toContain('（二）由村党支部组织委员吴海燕负责，自2025年3月起每季度组织党员开展1次稻田技术服务，全年服务农户不少于150户次。');
    expect(ss).toContain('（三）2025年10月底前，由村委会副主任刘芳负责对接2家电商平台，实现大米线上销售额30万元。');
  });

  it('drops a page number with its count (第2页 共4页) and a running head of the first line with its kind (…党委文件)', () => {
    const text = 'XX燃气集团客户服务中心党支部\n二、主要举措\n（一）由支部书记孔德彬负责，2025年3月起组织党员安\n检员对城区老旧小区1.2万户燃气用户开展入户安检。\n（二）由有关部门负责，2025年6月底前完成120户独居老人\n第2页 共4页\n家庭燃气报警器加装。\n三、保障措施\n各党支部要高度重视品牌创建工作，切实加强组织领导，抓\n— 3 —\nXX燃气集团客户服务中心党支部文件\n好各项任务的推进落实。';
    const ss = sentences(text);
    expect(ss).toContain('（二）由有关部门负责，2025年6月底前完成120户独居老人家庭燃气报警器加装。');
    expect(ss).toContain('各党支部要高度重视品牌创建工作，切实加强组织领导，抓好各项任务的推进落实。');
    expect(ss.filter((x) => x.includes('页') || x.includes('文件'))).toHaveLength(0);
  });

  it('does not join unwrapped lines', () => {
    expect(sentences('检修党支部创建方案\n一、品牌内涵\n以精检匠修为名')).toEqual(['检修党支部创建方案', '一、品牌内涵', '以精检匠修为名']);
  });

  it('joins a short pasted passage wrapped at one width (too few lines to count), but not its title', () => {
    expect(sentences('建设路支行党支部2025年工作思路\n下一步,支行党支部将适时组织党员客户经理开\n办“金融夜校”,近期完成对辖区83家个体商\n户的走访。')).toEqual([
      '建设路支行党支部2025年工作思路',
      '下一步,支行党支部将适时组织党员客户经理开办“金融夜校”,近期完成对辖区83家个体商户的走访。',
    ]);
    // (…nor is a heading with a comma joined to a paragraph written on one line after it.)
    expect(sentences('一、贯彻落实党代会精神，奋进优质教育新征程\n在市党代会报告中，明确提出了今后五年的奋斗目标和主要任务，学校据此制定了三年行动计划并分解到各个年级组和教研组。\n二、专家引领共建课堂，探索人才培育新模式\n2020年学校携手协会成立了学苑。')[0]).toBe('一、贯彻落实党代会精神，奋进优质教育新征程');
    // (Lines of one width that end their sentences are no wrap: 一行一句.)
    expect(sentences('支部每月组织一次集中学习，由书记领学。\n支部每季度开展一次志愿服务，由委员带队。').length).toBe(2);
  });
});

describe('formats', () => {
  it('Markdown: headings, emphasis, links, comments and code are not text', () => {
    const md = '# 方案标题\n\n## 一、品牌内涵\n\n**精检**指[精细检查](http://x)。<!-- 注释 -->\n\n```\ncode 要加强\n```\n';
    const d = parseDocument(md, 'markdown');
    expect(d.headings.map((h) => [h.marker, h.text])).toEqual([
      ['markup', '方案标题'],
      ['markup', '品牌内涵'],
    ]);
    expect(d.clean).toBe('方案标题\n一、品牌内涵\n精检指精细检查。');
    const i = d.clean.indexOf('精细');
    expect(md.slice(d.map.start(i), d.map.end((i + 3) + 1))).toBe('精细检查');
  });

  it('HTML: tags, entities, scripts and block breaks', () => {
    const html = '<html><head><title>t</title><script>var a="要加强";</script></head><body><h2>一、目标</h2><p>到2025年&ldquo;零事故&rdquo;，\n  返工率降至1%&nbsp;以下。</p><div>第二段</div></body></html>';
    const d = parseDocument(html, 'html');
    expect(d.clean).toBe('一、目标\n到2025年“零事故”，返工率降至1% 以下。\n第二段');
    expect(d.headings[0].marker).toBe('markup');
    const i = d.clean.indexOf('“');
    expect(html.slice(d.map.start(i), d.map.end((i) + 1))).toBe('&ldquo;');
  });

  it('Markdown tables: a row is one line with its cells separated by tabs, numbers kept, mapped back to the source', () => {
    const md = '## 五、考核评价\n\n| 维度 | 分值 |\n|---|---|\n| 运行机制 | 20 |\n| 公认度 | 15 |\n\n考核每年12月进行。';
    const d = parseDocument(md, 'markdown');
    expect(d.clean).toBe('五、考核评价\n维度\t分值\n运行机制\t20\n公认度\t15\n考核每年12月进行。');
    expect(d.headings.map((h) => h.text)).toEqual(['考核评价']);
    const tab = d.clean.indexOf('\t', d.clean.indexOf('运行机制'));
    expect(md.slice(d.map.start(tab), d.map.end(tab + 1))).toBe('|');
    const n = d.clean.indexOf('20');
    expect(md.slice(d.map.start(n), d.map.end(n + 2))).toBe('20');
  });

  it('Markdown: a blank line ends a paragraph, whatever the line widths', () => {
    const md = '市级以上媒体报道及推广情况良好的支部\n\n考核每年12月进行，结果与绩效挂钩。\n\n第二段落的文字写在这里也不短。\n\n第三段落的文字写在这里也不短。';
    expect(parseDocument(md, 'markdown').paragraphs.length).toBe(4);
  });

  it('Markdown tables: an empty cell keeps its column, and a row whose first cell is a number is no heading', () => {
    const d = parseDocument('## 三、重点任务\n\n| 序号 | 任务 | 责任人 | 完成时限 |\n|---|---|---|---|\n| 2 | 开展入户宣传6次 |  | 2025年10月底前 |', 'markdown');
    const row = d.sentences.map((x) => d.clean.slice(x.cs, x.ce)).find((t) => t.startsWith('2'));
    expect(row).toBe('2\t开展入户宣传6次\t\t2025年10月底前');
    expect(d.headings.map((h) => h.text)).toEqual(['三、重点任务'.slice(2)]);
  });

  it('HTML tables: a row is one line with its cells separated by tabs', () => {
    const html = '<table>\n<tr><th>维度</th><th>分值</th></tr>\n<tr>\n  <td>运行机制</td>\n  <td>20</td>\n</tr>\n</table>\n<p>考核每年12月进行。</p>';
    const d = parseDocument(html, 'html');
    expect(d.clean).toBe('维度\t分值\n运行机制\t20\n考核每年12月进行。');
    const tab = d.clean.indexOf('\t', d.clean.indexOf('运行机制'));
    expect(html.slice(d.map.start(tab), d.map.end(tab + 1))).toBe('<td>');
  });

  it('HTML tables from .docx: paragraphs inside a cell stay on the row, and a header row is no title', () => {
    const html = '<table><tr><td><p>工作事项</p></td><td><p>责任人</p></td></tr><tr><td><p>建立台账</p><p>每月更新</p></td><td><p>组织委员</p></td></tr></table><p>正文。</p>';
    const d = parseDocument(html, 'html');
    expect(d.clean).toBe('工作事项\t责任人\n建立台账 每月更新\t组织委员\n正文。');
    expect(d.title).toBe(-1);
  });

  it('a pipe table pasted into plain text is read as rows, and no row takes the next line into it', () => {
    const text = '六、考核评价\n| 维度 | 分值 |\n|---|---|\n| 运行机制 | 15 |\n| 品牌影响力 | 15 |\n考核每半年开展一次，得分与绩效考核挂钩，低于70分的支部书记不得评为好等次。';
    const d = parseDocument(text, 'text');
    expect(d.clean).toBe('六、考核评价\n维度\t分值\n运行机制\t15\n品牌影响力\t15\n考核每半年开展一次，得分与绩效考核挂钩，低于70分的支部书记不得评为好等次。');
  });

  it('columns aligned with runs of spaces in plain text are a table row; a sentence is prose whatever its spacing', () => {
    const src = '四、进度安排\n时间　　　　任务　　　　责任人\n2025年3月　　　　划分责任区，建立台账　　　马骏\n全年开展   学习12次。';
    const d = parseDocument(src);
    const rows = d.sentences.map((x) => d.clean.slice(x.cs, x.ce)).filter((t) => t.includes('\t'));
    expect(rows).toEqual(['时间\t任务\t责任人', '2025年3月\t划分责任区，建立台账\t马骏']);
    // Every tab maps back to its run of spaces.
    const tab = d.clean.indexOf('\t', d.clean.indexOf('2025年3月'));
    expect(src.slice(d.map.start(tab), d.map.end(tab + 1))).toMatch(/^　+$/);
  });

  it('columns set two spaces apart are a table row when a line has two such gaps or more', () => {
    const src = '四、工作安排\n序号  任务  责任单位  完成时间\n2  加强值班值守管理  办公室  2025年3月底前\n他说  好的，我们明天见\n全年开展  学习12次  每次半天。';
    const d = parseDocument(src);
    const rows = d.sentences.map((x) => d.clean.slice(x.cs, x.ce)).filter((t) => t.includes('\t'));
    expect(rows).toEqual(['序号\t任务\t责任单位\t完成时间', '2\t加强值班值守管理\t办公室\t2025年3月底前']);
  });

  it('cells set apart by bars in plain text are a table row; a line with one bar is prose', () => {
    const src = '二、问题及整改清单\n序号｜存在问题｜整改措施｜责任人\n3｜品牌宣传脱节｜——｜——\n| 4 | 转诊不畅 | 建立专线 | 书记 |\n党建引领｜服务先行';
    const d = parseDocument(src);
    const rows = d.sentences.map((x) => d.clean.slice(x.cs, x.ce)).filter((t) => t.includes('\t'));
    expect(rows).toEqual(['序号\t存在问题\t整改措施\t责任人', '3\t品牌宣传脱节\t——\t——', '4\t转诊不畅\t建立专线\t书记']);
  });

  it('lines of Latin text are not prose', () => {
    expect(parseDocument('SOURCE: github:example/repo@abcdef:Item/1.aspx (static mirror of a website page)\n正文。').clean).toBe('正文。');
  });
});

describe('joinHardWraps: false', () => {
  it('keeps every line its own paragraph (web editor blocks)', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `第${i}段内容比较长而且没有句末标点的一行文字示例啊`).join('\n');
    expect(parseDocument(lines).paragraphs.length).toBeLessThan(8);
    expect(parseDocument(lines, 'text', { joinHardWraps: false }).paragraphs.length).toBe(8);
  });
});

describe('titles', () => {
  it('a numbered Markdown/HTML heading is a section, not the title', () => {
    expect(parseDocument('<h2>四、考核评价</h2><p>正文。</p>', 'html').title).toBe(-1);
    expect(parseDocument('# 检修党支部创建方案\n\n## 一、品牌内涵\n\n正文。', 'markdown').title).toBe(0);
  });
});

describe('nlcst tree', () => {
  // The tree a unified plugin sees: built lazily, so read it as a plugin would.
  const treeOf = (text: string, format: 'text' | 'markdown' | 'html' = 'text') => buildTree(new Analysis(parseDocument(text, format), LexiconSet.for()));

  it('has Paragraph → Sentence → Word/Punctuation/WhiteSpace nodes whose positions index the source', () => {
    const src = '# 创建方案\n\n支部要**加强**学习，提升 AI 能力。每月开展1次活动！\n';
    const root = treeOf(src, 'markdown');
    expect(root.type).toBe('RootNode');
    expect(root.position?.end.offset).toBe(src.length);
    const types = root.children.map((p) => p.type);
    expect(types).toEqual(['ParagraphNode', 'ParagraphNode']);
    const body = root.children[1] as Paragraph;
    const sentences = body.children as Sentence[];
    expect(sentences.map((s) => s.type)).toEqual(['SentenceNode', 'SentenceNode']);
    const first = sentences[0];
    expect(src.slice(first.position!.start.offset, first.position!.end.offset)).toBe('支部要**加强**学习，提升 AI 能力。');
    const kinds = first.children.map((n) => [n.type, 'value' in n ? n.value : (n as Word).children.map((t) => ('value' in t ? t.value : '')).join('')]);
    expect(kinds).toEqual([
      ['WordNode', '支部要加强学习'],
      ['PunctuationNode', '，'],
      ['WordNode', '提升'],
      ['WhiteSpaceNode', ' '],
      ['WordNode', 'AI'],
      ['WhiteSpaceNode', ' '],
      ['WordNode', '能力'],
      ['PunctuationNode', '。'],
    ]);
    // Every leaf's position covers its own text in the source (markup excluded: the word spans the ** too).
    const punct = first.children[1];
    expect(src.slice(punct.position!.start.offset, punct.position!.end.offset)).toBe('，');
    expect(punct.position!.start).toMatchObject({ line: 3, column: 12 });
  });

  it('is the same tree on every read and accepts a plugin replacing children', () => {
    const root = treeOf('一、目标\n支部要加强学习。');
    expect(root.children).toBe(root.children);
    root.children = [];
    expect(root.children).toEqual([]);
  });
});

import { tester } from '../tester.js';

tester('language/punctuation', {
  valid: [
    { name: 'angle brackets in a comparison, a disable comment, a range and an em dash', text: '风险值<<5%时不报告，3-5月完成。相关链接>>\n党员——特别是青年党员——要带头。\n<!-- redline-disable-next-line -->' },
    { name: 'a document number in 〔〕 and a year in brackets that is no document number', text: '依据《通知》（公司党发〔2025〕4号），2024年（2023年为12次）全年开展16次。' },
    { name: 'a point in a number, an abbreviation and a file name', text: '完成率98.5%，使用Vue.js开发，附件见方案.docx文件。' },
    '党支部要紧密结合本单位实际，认真落实“三会一课”制度。',
    '完成率达到98.5%，共1,200人次参加，会议于10:30开始。',
    'Redline checks text, see https://example.com/a?b=1.',
    '他说：“要干实事。”（详见附件1）《工作清单》已印发。',
    { name: 'a quotation over several paragraphs', text: '“第一段话，\n“第二段话。”' },
    { name: 'an ellipsis and dots in English or code', text: '他停顿了一下……接着说。Wait... see a...z。' },
    { name: 'reference lists keep their own style', text: '正文。\n参考文献\n[1]张三,李四.党建研究[J].期刊,2020(4):2.' },
  ],
  invalid: [
    { name: 'a title in doubled angle brackets', text: '组织党员集中学习<<中国共产党纪律处分条例>>，查找风险点31个。', errors: [{ at: '<<', expected: ['《'] }, { at: '>>', expected: ['》'] }] },
    { name: 'a dash typed as hyphens, half- or full-width', text: '最难啃的硬骨头--老旧设备停机问题；他们的办法－－“一机一档”管理。', errors: [{ at: '--', expected: ['——'] }, { at: '－－', expected: ['——'] }] },
    { name: 'a document number’s year in square brackets', text: '根据公司党委《关于开展品牌创建的通知》（公司党发[2025]4号）要求开展工作。', errors: [{ at: '[2025]', expected: ['〔2025〕'] }] },
    { name: 'a bracket left open inside a book title', text: '对照《中国共产党支部工作条例（试行》逐项自查。', errors: [{ at: '（' }] },
    { name: 'a half-width full stop between Han characters', text: '在支部党员大会上公示5天.党员有异议的，可提出复核。', errors: [{ at: '.', expected: ['。'] }] },
    { name: 'a doubled exclamation mark', text: '“现在党员服务点安排班车把我们送到家门口！！”青年职工林涛说。', errors: [{ at: '！！', expected: ['！'] }] },
    { text: '党支部要紧密结合本单位实际,认真落实"三会一课"制度。', errors: [{ at: ',', expected: ['，'] }, { at: '"', expected: ['“'] }, { at: '"', nth: 1, expected: ['”'] }] },
    { text: '主要做法如下:一是学习;二是实践(每月1次)!', errors: [{ at: ':', expected: ['：'] }, { at: ';', expected: ['；'] }, { at: '(', expected: ['（'] }, { at: ')', expected: ['）'] }, { at: '!', expected: ['！'] }] },
    { text: '全年开展活动12次，，参与职工300人。。', errors: [{ at: '，，', expected: ['，'] }, { at: '。。', expected: ['。'] }] },
    { text: '印发《工作清单，明确任务。', errors: [{ at: '《', reason: '缺少后半' }] },
    { text: '明确任务）。', errors: [{ at: '）', reason: '缺少前半' }] },
    { text: '工作完成了.', errors: [{ at: '.', expected: ['。'] }] },
    { name: 'an ellipsis typed as dots', text: '从学徒到“师傅”...他用了15年。', errors: [{ at: '...', expected: ['……'] }] },
    { name: 'an ellipsis typed as six dots before Chinese', text: '学习、讨论、实践......环环相扣。', errors: [{ at: '......', expected: ['……'] }] },
    { name: 'an ellipsis typed as full stops', text: '大家你一言我一语。。。气氛热烈。', errors: [{ at: '。。。', expected: ['……'] }] },
  ],
});

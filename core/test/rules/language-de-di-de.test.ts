import { describe, expect, it } from 'vitest';
import data from '../../src/data/de-di-de.json' with { type: 'json' };
import { check } from '../../src/index.js';
import { tester } from '../tester.js';

/** The data file's own lines: each `flag` text gives a message on its span, each `pass` text none. */
describe('de-di-de.json test lines', () => {
  const of = (t: string) => check(t).messages.filter((m) => m.ruleId === 'language/de-di-de').map((m) => m.actual);
  it.each(data.tests.flag.map(([t, at]) => [t, at] as const))('flags %s', (t, at) => expect(of(t)).toContain(at));
  it.each(data.tests.pass.map((t) => [t] as const))('passes %s', (t) => expect(of(t)).toEqual([]));
});

tester('language/de-di-de', {
  valid: [
    '我们做的工作很多。',
    { name: 'an adverb before a noun phrase is no complement', text: '我们做的还有很多工作。' },
    { name: 'a verb read as a noun before 是', text: '经过反复的提醒是必要的，细致的讲解让群众放心。' },
    { name: 'a noun-verb after an adjective', text: '开展全面的排查工作，进行细致的走访调查。' },
    { name: 'a word ending in 的 before the particle', text: '实现目的的手段要合法。' },
    { name: '的的确确 and 有的 + 的确', text: '这的的确确是事实，有的的确做得不错。' },
    '工作中存在的不足。',
    { name: 'an adjective before a noun', text: '这是一次圆满的完成，也是新的起点。' },
    { name: '得到 and 得以 are verbs', text: '群众的诉求及时得到回应，整改措施充分得以落实。' },
    { name: 'a nominal 坚守', text: '他们不分昼夜的坚守，换来了安全度汛。' },
    { name: 'a comparison of amounts may be a nominalised 的', text: '今年开展的比去年还多。' },
    { name: 'a comparison before a noun', text: '他做的比别人更好的地方在于细心。' },
    { name: '重要地位 is 重要 + 地位', text: '党建工作在企业中处于重要地位。' },
    { name: 'an adjective before a verb that is also a noun', text: '先进典型积极地影响着身边的职工。' },
    { name: 'an adjectival adverb before 作用于', text: '这项机制有力地作用于基层治理。' },
    { name: '基地 is a word', text: '研学基地效果显著。' },
    '认真的态度值得学习。',
    '党员的先锋模范作用得到发挥。',
    '这是持续的过程。',
    '做得好的支部要表扬。',
    '取得的成绩来之不易。',
    '深入的调查研究是基础。',
    { name: 'a nominalised verb after 的', text: '激发党员的积极性、主动性和创造性的发挥。' },
    { name: 'a verb used as a noun', text: '认真的组织是成功的关键。' },
    // A verb + 的 before an AABB or a degree complement is 得 only when nothing shows another reading.
    { name: '所 + verb + 的: a nominalised object', text: '所做的工作都记在台账上。' },
    { name: '所 + verb + 的 + degree adverb: what was done is good', text: '他们所做的很好，值得推广。' },
    { name: 'a number after verb + 的', text: '全年开展的12次活动都有记录。' },
    { name: '来得 already right', text: '这些成绩来得不容易。' },
    { name: '目的 is a word', text: '学习目的明明白白。' },
    { name: '的确 is a word', text: '这项制度的确管用。' },
    { name: 'AABB + 的 before a noun', text: '形形色色的问题都要认真对待。' },
    { name: 'AABB + 的 modifying a noun', text: '清清楚楚的账目让群众放心。' },
    { name: 'nominalising 的 with an AABB predicate later', text: '他管的账目清清楚楚。' },
    { name: 'a noun ending in a verb character (书记)', text: '大家都记住了老书记的兢兢业业。' },
    { name: 'a noun ending in a verb character (骨干)', text: '我们看到了业务骨干的勤勤恳恳。' },
    { name: 'a nominal AABB (方方面面)', text: '党建工作涉及的方方面面。' },
    { name: 'a nominal AABB (点点滴滴)', text: '记录下志愿服务的点点滴滴。' },
    { name: 'AABB + 的 + noun after a verb', text: '他们写的认认真真的报告得到表扬。' },
  ],
  invalid: [
    { name: 'a degree complement after 解决', text: '村党支部把群众反映的问题解决的很彻底。', errors: [{ at: '解决的', expected: ['解决得'] }] },
    { name: 'an adverbial before 排查', text: '党员突击队连夜奋战，认真的排查了每一处线路隐患。', errors: [{ at: '认真的', expected: ['认真地'] }] },
    { name: 'a one-character verb and a listed complement', text: '确保问题改的彻底。', errors: [{ at: '改的', expected: ['改得'] }] },
    { name: 'an adverb before the complement', text: '冬季除雪保通工作做的还不够细。', errors: [{ at: '做的', expected: ['做得'] }] },
    { name: 'an idiom of bustle as complement', text: '农忙时节，党员突击队干的热火朝天。', errors: [{ at: '干的', expected: ['干得'] }] },
    { name: 'an adverbial before 上门', text: '社区民警主动的上门调解邻里纠纷。', errors: [{ at: '主动的', expected: ['主动地'] }] },
    { name: 'an idiom as adverbial', text: '队员们悄无声息的守在设备区。', errors: [{ at: '悄无声息的', expected: ['悄无声息地'] }] },
    { name: 'an AABB complement after 记录', text: '把每台变压器的油位都记录的清清楚楚。', errors: [{ at: '记录的', expected: ['记录得'] }] },
    { name: 'a degree complement after 表现', text: '党员们积极地投入，表现的非常出色。', errors: [{ at: '表现的', expected: ['表现得'] }] },
    { name: 'a complement after 结合', text: '品牌与中心任务结合的还不够紧，亮点不多。', errors: [{ at: '结合的', expected: ['结合得'] }] },
    { name: 'an adverbial + 得 + verb', text: '窗口的党员律师认真得倾听每一位受援人的诉求。', errors: [{ at: '认真得', expected: ['认真地'], reason: '“得”应为“地”' }] },
    { name: 'an idiom as adverbial before 坚守在', text: '汛期，测报组党员不分昼夜的坚守在测验断面上。', errors: [{ at: '不分昼夜的', expected: ['不分昼夜地'] }] },
    { name: 'an adverbial before 完成', text: '突击队员连续奋战72小时，圆满的完成了装卸任务。', errors: [{ at: '圆满的', expected: ['圆满地'] }] },
    { name: 'a comparative complement', text: '社区党员把独居老人照顾的比亲闺女还周到。', errors: [{ at: '照顾的', expected: ['照顾得'] }] },
    { name: 'a comparative complement with 更', text: '今年的台账整理的比往年更细致。', errors: [{ at: '整理的', expected: ['整理得'] }] },
    { name: 'an adjective before a noun takes 的', text: '志愿服务在社区产生了良好地社会效果，群众纷纷点赞。', errors: [{ at: '良好地', expected: ['良好的'], reason: '“地”应为“的”' }] },
    { name: 'an adjective before 基础', text: '为明年的工作打下了坚实地基础。', errors: [{ at: '坚实地', expected: ['坚实的'] }] },
    { name: 'a doubled 的', text: '培养身心健康发展的的学生。', errors: [{ at: '的的', expected: ['的'], reason: '“的”重复' }] },
    { name: 'an idiom as complement', text: '党员们把每一次确认都做的一丝不苟。', errors: [{ at: '做的' }] },
    { text: '由于基础工作做的不到位，导致建设发展水平不高。', errors: [{ at: '做的', expected: ['做得'], reason: '“的”应为“得”' }] },
    { text: '就是让企业通过打造党建品牌，持续的把党建工作与业务工作深度融合。', errors: [{ at: '持续的', expected: ['持续地'], reason: '“的”应为“地”' }] },
    { text: '对品牌创建重视的不够。', errors: [{ at: '重视的', expected: ['重视得'] }] },
    { text: '支部认真的组织了专题学习。', errors: [{ at: '认真的', expected: ['认真地'] }] },
    { text: '完善法人结构特别的重要。', errors: [{ at: '特别的', expected: ['特别'] }] },
    { text: '既“学的好”又“用得好”。', errors: [{ at: '学的', expected: ['学得'] }] },
    { name: 'a modal shows the verb', text: '确保党建工作能顺利的实施。', errors: [{ at: '顺利的', expected: ['顺利地'] }] },
    // One-character verb + 的 + AABB at a clause end: 得.
    { name: 'AABB: 管的清清楚楚', text: '支部把集体资产台账管的清清楚楚。', errors: [{ at: '管的', expected: ['管得'], reason: '补语「清清楚楚」' }] },
    { name: 'AABB: 搞的红红火火', text: '社区文化节搞的红红火火，居民参与踊跃。', errors: [{ at: '搞的', expected: ['搞得'] }] },
    { name: 'AABB: 过的红红火火', text: '脱贫户的日子过的红红火火。', errors: [{ at: '过的', expected: ['过得'] }] },
    { name: 'AABB: 扫的干干净净', text: '党员志愿者把楼道扫的干干净净。', errors: [{ at: '扫的', expected: ['扫得'] }] },
    { name: 'AABB: two-character verb 打扫', text: '活动室每周都打扫的干干净净。', errors: [{ at: '打扫的', expected: ['打扫得'] }] },
    { name: 'AABB: two-character verb 落实', text: '整改任务要落实的扎扎实实，经得起检验。', errors: [{ at: '落实的', expected: ['落实得'] }] },
    { name: 'AABB: 写的明明白白', text: '责任清单把每项任务写的明明白白。', errors: [{ at: '写的', expected: ['写得'] }] },
    { name: 'AABB + final 的', text: '会议记录整理的整整齐齐的。', errors: [{ at: '整理的', expected: ['整理得'] }] },
    { name: 'AABB + 了', text: '这笔账终于算的明明白白了。', errors: [{ at: '算的', expected: ['算得'] }] },
    // Verb + 的 + degree adverb + adjective at a clause end: 得.
    { name: 'degree: 做的很好', text: '第二党支部的结对帮扶做的很好。', errors: [{ at: '做的', expected: ['做得'] }] },
    { name: 'degree: 完成的非常出色', text: '今年的攻坚任务完成的非常出色。', errors: [{ at: '完成的', expected: ['完成得'] }] },
    { name: 'degree: 讲解的十分生动', text: '讲解员讲解的十分生动，党员听得很认真。', errors: [{ at: '讲解的', expected: ['讲解得'] }] },
    { name: 'degree: 准备的比较充分', text: '这次组织生活会准备的比较充分。', errors: [{ at: '准备的', expected: ['准备得'] }] },
    { name: 'degree: 处理的更加及时', text: '群众反映的问题处理的更加及时。', errors: [{ at: '处理的', expected: ['处理得'] }] },
  ],
});

import { tester } from '../tester.js';

tester('formalism/campaign-style', {
  valid: [
    { name: 'a campaign made a fixed routine every term', text: '开学初，党小组集中开展了家访活动，随后把家访定为每学期必做的固定动作。' },
    '支部于5月集中开展“品牌宣传月”专项活动。活动结束后，由组织委员负责将形成的12项做法纳入支部常态化工作清单，每季度检查一次落实情况。',
    '支部建立党员积分制度，每月公布积分。',
    { name: 'a critique of campaigns', text: '有的支部把品牌建设当成一阵风，集中开展几次活动后便无人过问。' },
  ],
  invalid: [
    { name: 'records made up in a rush before an inspection', text: '为迎接上级检查，车间党支部突击补写了半年的会议记录。', errors: [{ at: '突击补' }] },
    { name: 'a week of a trade named as a campaign (技能比武周, 办税体验周)', text: '机务段于10月举办“技能比武周”，组织6个工种同台竞技。', errors: [{ at: '比武周' }] },
    { name: 'a hundred-day battle', text: '今年，党组开展“执行攻坚百日会战”，集中清理一批执行积案。', errors: [{ at: '百日会战' }] },
    { name: 'the campaign named in the title', text: '区市场监管局机关党委开展党建品牌宣传月活动\n本报讯 5月份，机关党委组织开展了党建品牌宣传月活动，制作宣传册500份。', errors: [{ at: '宣传月' }, { at: '宣传月', nth: 1 }] },
    { name: 'a promotion season opened with a ceremony', text: '出版社党委于4月举行“书香党建”品牌推广季开幕式，组织读书分享会、主题征文等系列活动，掀起了品牌创建热潮。', errors: [{ at: '推广季开幕式' }] },
    {
      text: '为提升党建品牌影响力，支部于5月集中开展为期一个月的“品牌宣传月”专项活动，举行启动仪式，组织党员集中观看宣传片。',
      errors: [{ at: '集中开展为期一个月的“品牌宣传月”专项活动，举行启动仪式' }],
    },
    { text: '车间启动百日攻坚行动。\n各班组开展誓师大会。', errors: [{ at: '百日攻坚' }, { at: '誓师大会' }] },
  ],
});

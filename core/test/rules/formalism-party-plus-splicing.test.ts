import { tester } from '../tester.js';

tester('formalism/party-plus-splicing', {
  valid: [
    { name: 'the label points back at the mechanism just told', text: '每个桥梁作业面入口都挂着一块党员包保牌，写着包保党员的姓名和电话，全线共设42块。这是项目党支部推行“党建+安全”模式的具体做法。' },
    '支部推行“党建+安全”模式：每名党员包保1个作业区域，每周开展1次隐患排查，排查结果纳入党员积分。',
    '支部推行“党建+服务”模式。由组织委员负责，每月组织党员服务队走访职工家庭20户。',
    '运用“互联网+党建”平台开展在线学习。',
    { name: 'a mechanism clause before a business result', text: '支部推行“党建+茶旅”模式，组织12名党员组建茶旅服务队，全村茶叶产值达到1200万元。' },
    { name: 'a result clause that names party work', text: '支部推行“党建+安全”模式，党员责任区隐患整改率达到100%。' },
    { name: 'a count of the work itself after the labels', text: '支部推行“党建+安全”“党建+质量”模式，2024年党员包保作业区域12个。' },
  ],
  invalid: [
    { name: 'labels followed only by the organisation’s size', text: '今年以来，飞行部党委构建“党建+安全”“党建+培训”工作格局，推动党建与生产经营深度融合。飞行部下设5个党支部，共有党员214名。', errors: [{ at: '党建+安全”“党建+培训' }] },
    { name: 'labels followed by a sentence whose only figure is 一项 of a stock phrase', text: '近年来，医院党委积极探索“党建+医疗”“党建+科研”融合发展新路径。医院党委把品牌建设作为一项系统工程来抓，坚持高位推动、统筹谋划。', errors: [{ at: '党建+医疗”“党建+科研' }] },
    { name: 'a path found is a figure of speech, no mechanism', text: '镇渔业服务中心党支部推出“党建+渔业”“党建+海洋生态”模式，走出了一条党建引领渔区发展的新路子。', errors: [{ at: '党建+渔业”“党建+海洋生态' }] },
    { name: 'where a label is rolled out is not how it works', text: '公司党支部在20家乡镇药店推行“党建+便民”模式，让党旗在基层一线高高飘扬。', errors: [{ at: '党建+便民' }] },
    { name: 'a label with Latin letters and digits', text: '公司党委大力实施党建+5G行动，让党旗在一线飘扬。', errors: [{ at: '党建+5G行动' }] },
    { name: 'pointing back at nothing concrete', text: '项目部高度重视安全生产工作。这是项目党支部推行“党建+安全”模式的具体做法。', errors: [{ at: '党建+安全' }] },
    { name: 'a count describing the brand before the labels is no mechanism', text: '支部创建“街巷管家”品牌，取意党员像管家一样管好辖区42条背街小巷，同步推行“党建+市容”“党建+执法”工作法。', errors: [{ at: '党建+市容”“党建+执法' }] },
    { name: 'three main lines are a count of the labels', text: '颐养院党支部紧紧围绕“党建+养老”“党建+医护”三条主线，着力打造党建品牌。', errors: [{ at: '党建+养老”“党建+医护' }] },
    { name: 'three name cards are a count of the labels', text: '制药厂党委先后推出“党建+研发”“党建+质量”“党建+营销”三张名片，党建与生产经营有机融合。', errors: [{ at: '党建+研发”“党建+质量”“党建+营销' }] },
    { name: 'business figures in the next sentence are no mechanism', text: '公司党委推行“党建+安全生产”“党建+优质服务”模式，推动党建与中心工作深度融合。2024年，公司完成电网改造投资1.2亿元，用户停电时间同比减少2小时。', errors: [{ at: '党建+安全生产”“党建+优质服务' }] },
    { name: 'a business result in the same sentence is no mechanism', text: '支部推行“党建+茶旅”模式，大力推进茶旅融合发展，全村茶叶产值达到1200万元。', errors: [{ at: '党建+茶旅' }] },
    { name: 'a business growth figure is no mechanism', text: '公司党委深化“党建+营销”工作，全年售电量同比增长6.5%。', errors: [{ at: '党建+营销' }] },
    { name: 'a count of the labels as joint models', text: '由车间党支部负责，2025年推行“党建+精度”“党建+工期”2项融合模式。', errors: [{ at: '党建+精度”“党建+工期' }] },
    { name: 'an idiom with a numeral is no mechanism', text: '医院党委推行“党建+医疗”“党建+护理”四位一体工作模式，推动党建与业务深度融合。', errors: [{ at: '党建+医疗”“党建+护理' }] },
    { text: '支部推行“党建+安全”“党建+质量”“党建+服务”模式，推动党建与业务深度融合。', errors: [{ at: '党建+安全”“党建+质量”“党建+服务' }] },
    { text: '构建“党建+业务”双轮驱动的协同机制。', errors: [{ at: '党建+业务' }] },
    { name: 'a time frame is no mechanism', text: '今年以来，公司深化“党建+管道保护”“党建+节能降耗”工作，党建与生产经营深度融合。', errors: [{ at: '党建+管道保护”“党建+节能降耗' }] },
    { name: 'the branch running the labels is no mechanism', text: '中原重工锻压分厂党支部全面推行“党建+质量”“党建+降本”工作模式，党建与生产经营实现深度融合。', errors: [{ at: '党建+质量”“党建+降本' }] },
    { name: 'the count of the labels is no mechanism', text: '院党组提出“党建+审判”“党建+执行”“党建+调解”三条路径，推动党建与业务同频共振、互融互促。', errors: [{ at: '党建+审判”“党建+执行”“党建+调解' }] },
  ],
});

import { tester } from '../tester.js';

tester('structure/missing-section', {
  valid: [
    { name: 'an old soldier named by his age and title', text: '【品牌故事】光荣院里的“心愿单”\n每周一上午，90岁的老兵冯长山写下的心愿是“想回老部队看看”。两年来，支部共认领心愿412个。', options: { profile: 'publicity' } },
    { name: 'a summary whose results heading says 实效', text: '支部2024年度工作总结\n一、工作开展情况\n支部设立党员先锋岗3个。\n二、取得的实效\n全年受理疑难事项516件。\n三、存在的短板\n线上咨询回复偏慢。\n四、2025年工作思路\n由支部书记负责，2025年3月底前组建5人线上答疑小组。' },
    { name: 'a WeChat post with its 原创 line, a named shift leader', text: '守好种业“芯片”\n原创 省农科院发布\n5月21日，党员值班长刘海涛担任现场指挥，40分钟内完成86名人员转移。' },
    { name: 'a teacher named after her post, then an adverb', text: '【纪实】送教上门的第三年\n每周二下午，党员教师陈晓燕都会背着教具箱走进学生家中。全校147名学生逐一制定了个别化教育方案。', options: { profile: 'publicity' } },
    { name: 'work done told as 重点工作完成情况', text: '物流监管中心党支部2024年度工作总结\n一、重点工作完成情况\n全年组织集中学习12次。\n二、取得成效\n车辆过卡时间由3分钟缩短为45秒。\n三、存在的问题\n党员年龄偏大。\n四、2025年工作计划\n由组织委员负责，2025年6月底前发展党员2名。' },
    { name: 'a backbone and a forecaster named after their posts', text: '【动态】“跑一次”变“不用跑”\n党员业务骨干罗佳佳带头编写了操作指引，点击量超过1.5万次。党员预报员甘霖提前6小时发布冰雹预警。', options: { profile: 'publicity' } },
    { name: 'plan parts in their writers\' own words', text: '××养护中心党支部“晨巡保畅”党建品牌创建方案\n一、品牌由来\n取自清晨巡查。\n二、目标任务\n2025年路况优良率达到95%。\n三、工作抓手\n由支部书记负责，每月巡查4次。\n四、推进日程\n2025年3月完成分段。\n五、检验标准\n每年12月评分，满分100分。\n六、条件支撑\n安排经费3万元。\n七、传播方式\n每季度在公众号发布1篇。' },
    { name: 'summary parts in their writers\' own words; measures after the problems are the next steps', text: '××林场党支部2024年工作总结\n一、全年抓的几件事\n组织巡山1460公里。\n二、带来的变化\n全年未发生森林火灾。\n三、问题与原因\n护林员平均年龄52岁。\n四、改进措施\n由场长负责，2025年内招录青年护林员5名。' },
    { name: 'a teller, a check-in agent and a PhD student named after their posts', text: '【支部风采】城东支行党支部：党员先锋岗守护群众钱袋子\n今年以来，支行设立3个党员先锋岗。党员柜员宋雨婷在为一位老人办理转账时发现异常，帮老人保住了8万元。党员值机员章雨萱曾推着轮椅陪伴旅客登机。支部书记、物理学博士生谭睿说，安全这根弦不能松。', options: { profile: 'publicity' } },
    { name: 'key actions and a year-by-year schedule', text: '××车辆段党支部“千车零缺陷”党建品牌建设三年行动计划\n一、品牌内涵\n每一辆出库列车都不带缺陷上线。\n二、总体目标\n到2027年底列车正线故障率下降30%。\n三、重点行动\n由组织委员牵头，2025年3月底前设8个党员把关岗。\n四、分年度安排\n2025年完成把关岗设置。\n五、考核评价\n每年12月评分。\n六、保障措施\n每年安排经费5万元。\n七、宣传推广\n每季度在公众号发布1篇故事。' },
    { name: 'a teacher and a judge named after their posts, going with what they carry', text: '【动态】法官把调解搬到院坝\n3月，党员法官罗志明带着测绘图到现场，调解成功1起纠纷；党员教师宋雨桐带领128名学生走进农耕基地。', options: { profile: 'publicity' } },
    { name: 'a member named with a masked name', text: '【纪实】“党建+网格”让抢修跑出加速度\n7月16日晚，小区突发停电，网格党员郑××接到居民电话后28分钟赶到现场。', options: { profile: 'publicity' } },
    { name: 'a liaison named after his post, and a head of department leading a trip', text: '【快讯】海关党员上门解难题\n党员联络员贺晓东联系的一家企业首次出口设备，享受关税减免约46万元。招商部部长罗成带队赴外地招商23次。', options: { profile: 'publicity' } },
    { name: 'a feature\'s subtitle names its person', text: '一盏航标灯，亮了十年\n——记航标站党员刘建勇\n凌晨三点，江面起雾。他只用了25分钟就换好了灯器，2024年帮助过往船舶排除故障41次。' },
    { name: 'a librarian named after her post, doing something for someone', text: '【简报】市图书馆党支部举办读书日活动\n4月23日，党员馆员王丽娜为到场的86名小读者讲述了英雄故事，支部向3所小学捐赠图书1200册。' },
    { name: 'a quotation followed by its speaker is a case', text: '【宣传稿】驿站温暖回家路\n近日，客运车间党支部“温馨驿站”迎来春运高峰，党员服务组累计帮扶旅客1200人次，收到表扬信20封。\n“这份工作让我觉得很踏实，也很有意义。”值班员王丽说。' },
    '运输车间党支部2024年工作总结\n一、主要做法\n由支部书记牵头，全年组织党员先锋岗攻关3次，完成机车检修126台次。\n二、取得成效\n机车故障率同比下降18%，职工满意度测评为96分。\n三、存在问题\n青年党员参与度不高，全年仅有4名青年党员参与攻关。\n四、下一步打算\n2025年6月底前，由组织委员负责吸收6名青年党员加入攻关小组。',
    { name: 'a named member leading the action is a person', text: '【消防故事】“火焰蓝”里的党员突击队\n凌晨2点，园区储罐区起火。党员周磊带领7名队员进入冷却阵地，连续奋战9小时，保住了相邻4座储罐。' },
    { name: 'steps of progress are a schedule', text: '热线受理中心党支部“一接到底”党建品牌创建方案\n一、品牌释义\n党员接线员跟办疑难诉求。\n二、创建目标\n2025年疑难诉求办结率提高到90%。\n三、重点任务\n党员接线员每人每月认领5件疑难工单。\n四、推进步骤\n3月启动认领，11月形成案例集。\n五、评估验收\n年终按办结率计分，结果纳入述职评议。\n六、组织保障\n由支部书记牵头成立创建小组。\n七、经验推广\n在中心公众号开设专栏。' },
    { name: 'an unclassified text has no required parts', text: '支部每月开展主题党日活动，全年组织集中学习12次。' },
  ],
  invalid: [
    { name: 'a 135editor export with no person and no figures', text: '<section class="_135editor" data-tools="135编辑器"><p><strong>党建引领 绿染沙海</strong></p></section><p>近年来，治沙站党支部团结带领广大党员，扎根大漠、甘于奉献，在沙海中筑起绿色屏障。</p>', options: { format: 'html' }, errors: [{ at: '党建引领 绿染沙海' }, { at: '党建引领 绿染沙海' }] },
    { name: 'a WeChat post with no figures', text: '守好种业“芯片”的党建答卷\n原创 省农科院发布\n近年来，种质资源库党支部积极创建党建品牌，把党建工作融入种质资源保护利用全过程。党员研究员孙立伟任组长，带领大家深入田间地头。', errors: [{ at: '守好种业“芯片”的党建答卷' }] },
    { name: 'a title naming the piece a 宣传稿', text: '宣传稿：守护城市洁净的“橙色力量”\n近年来，市环卫处党总支以党建品牌创建为抓手，引导党员在急难险重任务中冲锋在前，赢得了市民的广泛赞誉。', errors: [{ at: '宣传稿：守护城市洁净的“橙色力量”' }, { at: '宣传稿：守护城市洁净的“橙色力量”' }] },
    { name: 'results only announced give no result use', text: '××公司党委党建品牌考核办法\n一、考核内容\n运行机制、措施落实、创建成效、公认度、影响力五部分，满分100分。\n二、考核组织\n每年12月组织考核。\n三、结果发布\n按得分高低排出名次，在公司内网公布。', errors: [{ at: '××公司党委党建品牌考核办法' }] },
    { name: 'a team of teachers is no person', text: '【动态】党员教师队伍，撑起乡村课堂\n全校党员教师队伍，扎根乡村，展现了良好形象，共有46人。', options: { profile: 'publicity' }, errors: [{ at: '【动态】党员教师队伍，撑起乡村课堂' }] },
    { name: 'members charging ahead are no person, and one team is no figure', text: '【公众号】国门边上的守夜人\n在祖国的边境线上，有这样一支队伍。广大党员民警冲锋在前、甘于奉献，展现了良好形象。', options: { profile: 'publicity' }, errors: [{ at: '【公众号】国门边上的守夜人', reason: '人物' }, { at: '【公众号】国门边上的守夜人', reason: '数据' }] },
    { name: 'a saying of an unnamed member is no person', text: '【宣传稿】党旗在炉台前飘扬\n近年来，厂党支部把支部建在炉台上。\n“党员就是要站得出来、顶得上去。”有老党员这样说。', options: { profile: 'publicity' }, errors: [{ at: '【宣传稿】党旗在炉台前飘扬', reason: '人物' }, { at: '【宣传稿】党旗在炉台前飘扬', reason: '数据' }] },
    {
      text: '检修党支部“精检匠修”党建品牌创建方案\n一、品牌内涵\n“精检”指精细检查，“匠修”指以工匠精神开展检修。\n二、创建目标\n到2025年底，设备检修返工率降至1%以下。\n三、主要措施\n由支部书记负责，2025年3月底前建立检修质量台账。',
      errors: [
        { at: '检修党支部“精检匠修”党建品牌创建方案', reason: '进度安排' },
        { at: '检修党支部“精检匠修”党建品牌创建方案', reason: '考核评价' },
        { at: '检修党支部“精检匠修”党建品牌创建方案', reason: '保障措施' },
        { at: '检修党支部“精检匠修”党建品牌创建方案', reason: '宣传推广' },
      ],
    },
    {
      name: 'a publicity article with no person and no figures',
      text: '我校党建工作取得新成效\n近日，学校党委召开会议，研究部署党建工作，与会同志表示要再接再厉。',
      options: { profile: 'publicity' },
      errors: [
        { at: '我校党建工作取得新成效', reason: '具体人物或事例' },
        { at: '我校党建工作取得新成效', reason: '数据' },
      ],
    },
  ],
});

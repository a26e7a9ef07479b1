import { tester } from '../tester.js';

const partyOnly = '机关第一党支部2024年党建工作总结\n一、主要做法\n支部坚持每月开展主题党日活动，严格落实“三会一课”制度，全年组织集中学习12次，开展专题研讨4次。\n二、取得成效\n党员理论水平明显提高，支部组织生活更加规范。';

tester('brand/two-skins', {
  valid: [
    { name: 'a business part beside party members doing the business', text: '东岭电厂运行部党支部2024年工作总结\n一、主要做法\n支部组建党员突击队，承担2号机组检修任务。\n二、生产经营情况\n全年完成发电量58.7亿千瓦时，同比增长3.1%。' },
    { name: 'an audit bureau’s audits (审计) are its business', text: '区审计局机关党支部品牌创建方案\n一、主要措施\n（一）由支部书记负责，每月第一周组织“第一议题”学习，全年开展专题研讨4次。\n（二）由组织委员负责，2025年9月底前运用大数据方法完成2项财政资金专项审计。' },
    { name: 'a newsroom’s pages (版面) are its business', text: '市报业集团时政新闻部党支部2024年工作总结\n支部每月由1名党员记者带队深入一线，全年推出蹲点报道48篇。支部坚持每周编前会前集中学习10分钟，全年负责的时政版面未出现政治性差错。' },
    { name: 'party work and business kept apart in assessment, but members doing the business elsewhere', text: '水厂党支部党建品牌创建方案\n一、主要措施\n（一）党建工作：每月落实“第一议题”学习，每季度开展一次廉政警示教育。\n（二）生产工作：生产科负责在2025年5月底前完成2号滤池滤料更换，设备科每季度开展一次泵房检修。\n二、考核评价\n党建工作由集团党委年底评分；生产任务由集团生产部按月考核，两者分开计分。\n三、党员作用\n党员突击队承担2号滤池滤料更换，保障汛期供水安全。', options: { profile: 'plan' } },
    { name: 'a memorial hall restoring its relics is its business', text: '纪念馆党支部2024年工作总结\n支部组织党员开展主题党日12次。党员文保员牵头修复革命文物26件，全年接待观众18万人次。' },
    { name: 'a tie named beside the complaint', text: '线路车间党支部2024年党建工作总结\n一、主要做法\n全年召开支委会12次。党员带头完成设备检修任务，保障行车安全。\n二、存在不足\n个别党员存在“重业务、轻党建”的思想。\n三、下一步打算\n继续落实“三会一课”制度。' },
    { name: "a business indicator in the sector's own words", text: '种质资源库党支部“一粒种”党建品牌创建方案\n一、主要措施\n支部每月开展1次主题党日，集中学习党的创新理论。党员带头把关样品入库，2025年样品检测差错率控制在0.5%以内。' },
    { name: 'a party day joined to the harvest', text: '农机专业合作社党支部2024年工作总结\n支部把主题党日搬到田间地头，全年12次主题党日中有7次结合机收作业开展，党员机手带头完成跨区机收小麦1.8万亩。' },
    { name: 'a troupe branch writes its performances', text: '“戏韵传薪”党建品牌创建方案\n一、品牌内涵\n把习近平文化思想作为支部每月集体学习的固定内容。\n二、创建措施\n由团党支部书记负责，2025年内创排1部现代戏，送戏下乡80场。' },
    { name: 'a school branch writes its after-school care', text: '实验小学党支部2024年党建工作总结\n一、主要做法\n支部每月开展主题党日，党员教师每周承担2次课后托管，开设兴趣课12门。\n二、取得成效\n参加托管的学生达到600人。' },
    { name: 'a court branch writes its trials', text: '民事审判庭党支部2024年党建工作总结\n一、主要做法\n支部每月开展主题党日，党员法官带队巡回审判。\n二、取得成效\n全年就地开庭86场，调解邻里纠纷案件120件。' },
    { name: 'a hospital branch writes its medical work', text: '心内科党支部2024年党建工作总结\n一、主要做法\n支部每月开展主题党日，组织党员医生轮值夜间急诊。\n二、取得成效\n全年接诊危重患者860人次，平均救治时间缩短12分钟。' },
    '炼铁厂第二党支部2024年党建工作总结\n一、主要做法\n支部坚持每月开展主题党日活动，组建党员突击队承担3号高炉大修任务，比计划提前5天完工。\n二、取得成效\n全年铁水产量同比增长4.3%，吨铁成本下降21元。',
    { name: 'assessment rules are out of scope', text: partyOnly, options: { profile: 'assessment' } },
    { name: 'too short to judge', text: '工作总结\n支部每月开展主题党日。' },
  ],
  invalid: [
    { name: 'the business named only inside a 党建+ label ties no work to it', text: '矿井通风区党支部2024年工作总结\n今年，支部围绕“党建+安全生产”主题开展工作。全年组织集中学习12次，开展专题研讨3次。支部按期召开组织生活会，开展批评与自我批评。七一前夕，支部组织党员赴红色教育基地参观学习。全年发展预备党员1名。', errors: [{ at: '矿井通风区党支部2024年工作总结' }] },
    { name: 'a brand’s introduction for a showcase that tells only party activities', text: '理工大学机关第三党支部品牌简介\n支部由14名党员组成。2023年，支部创建“理论小课”品牌。支部每月第二个周四开展主题党日，严格落实“三会一课”制度。每次组织生活由一名党员领读原著，全年领读12次。支部组织党员赴纪念馆开展现场教学2次，举办党史知识竞赛1次。', errors: [{ at: '理工大学机关第三党支部品牌简介' }] },
    { name: 'the business told in a part of its own, under no party work', text: '城东支行党支部2024年度党建工作总结\n一、主要做法\n支部严格落实“第一议题”制度，全年开展学习11次。\n支部坚持为党员服务，全年走访慰问老党员9人次。\n二、经营情况\n全年新发放普惠小微贷款3.8亿元，不良贷款率控制在0.92%。\n支行营业厅全年接待客户6.4万人次。\n三、审判工作\n全年受理案件3216件。', errors: [{ at: '城东支行党支部2024年度党建工作总结' }] },
    { name: 'a reading brand: its reading room, books, loans and lecture notes are party life', text: '某税务局机关第三党支部党建品牌创建方案\n一、品牌名称\n支部创建“周末书房”党建品牌，以每月最后一个周六的读书活动为载体。\n二、主要活动\n支部在机关图书室辟出读书角，配备党史和传统文化类图书800册，2024年党员和职工借阅图书300人次。\n每期读书活动由1名党员领读，讲稿统一收入支部学习资料库。\n支部每季度开展一次主题党日。', errors: [{ at: '某税务局机关第三党支部党建品牌创建方案' }] },
    { name: 'a brand named with a business word (“明镜课堂”学习品牌), red-site visits and a reading room’s books: party life only', text: '机关第二党支部“明镜课堂”学习品牌工作总结\n一、主要做法\n支部以“明镜课堂”学习品牌为载体，全年组织集中学习12次。\n支部组织党员赴县革命烈士陵园祭扫，全年开展主题党日12次。\n2025年3月，由支部书记负责完成书屋图书采购和借阅登记，配备理论图书300余册。', errors: [{ at: '机关第二党支部“明镜课堂”学习品牌工作总结' }] },
    { name: 'the completeness of activity records (活动记录完整率) is party life, no business indicator', text: '机关第一党支部2024年度党建工作总结\n一、主要做法\n支部全年召开支委会12次、党员大会4次，讲党课4次。\n二、下一步打算\n由宣传委员负责，自2025年1月起每次活动当场签到并拍照存档，全年活动记录完整率达到100%。', errors: [{ at: '机关第一党支部2024年度党建工作总结' }] },
    { name: 'party work and business kept apart by design (两者分开计分), no member doing the business', text: '水厂党支部党建品牌创建方案\n一、主要措施\n（一）党建工作：每月落实“第一议题”学习，每季度开展一次廉政警示教育。\n（二）生产工作：生产科负责在2025年5月底前完成2号滤池滤料更换，设备科每季度开展一次泵房检修。\n二、考核评价\n党建工作由集团党委年底评分；生产任务由集团生产部按月考核，两者分开计分。', options: { profile: 'plan' }, errors: [{ at: '水厂党支部党建品牌创建方案' }] },
    { name: 'party life only, the government WeChat account its one channel (政务微信 is no business)', text: '关于打造“红色领航”党建品牌的实施方案\n一、主要措施\n严格落实“三会一课”，每月开展一次主题党日，每季度组织一次红色观影和党史读书分享。\n二、宣传推广\n在政务微信公众号开设支部风采栏目，每季度更新1次。', errors: [{ at: '关于打造“红色领航”党建品牌的实施方案' }] },
    { name: 'a bank branch visiting a memorial hall: the relics it viewed are no business of its own', text: '【宣传稿】城东支行党支部赴烈士纪念馆开展主题党日\n6月28日，支部组织14名党员来到市革命烈士纪念馆。党员们依次参观了4个展厅，观看了200余件革命文物和历史照片。随后，支部召开专题组织生活会，5名党员作了交流发言。活动结束后，支部汇编心得文章14篇。', errors: [{ at: '【宣传稿】城东支行党支部赴烈士纪念馆开展主题党日' }] },
    { name: 'a complaint of minding the business over the party is no tie', text: '线路车间党支部2024年党建工作总结\n一、主要做法\n全年召开支委会12次、党员大会4次，开展主题党日12次，更新党建宣传展板8块。\n二、存在不足\n个别党员存在“重业务、轻党建”的思想。\n三、下一步打算\n继续落实“三会一课”制度，做好党员发展工作。', errors: [{ at: '线路车间党支部2024年党建工作总结' }] },
    { name: 'books bought from the party budget are no tie', text: '机关党支部“书香支部”党建品牌创建方案\n一、主要措施\n由宣传委员负责，每月举办1次读书分享会，每季度向职工推荐书目1期。\n二、保障措施\n从支部党建工作经费中列支图书采购费用1.2万元。\n三、宣传推广\n在公众号开设读书栏目，每月推送1期。', errors: [{ at: '机关党支部“书香支部”党建品牌创建方案' }] },
    { name: 'a completion rate of study is party life', text: '区图书馆党支部2024年工作总结\n一、主要工作\n全年组织党员集中学习11次，组织党员参加网络培训，学习完成率100%。\n二、主要成效\n支部组织力不断增强，党员先锋模范作用得到充分发挥。', errors: [{ at: '区图书馆党支部2024年工作总结' }] },
    { name: 'a publicity article on party life alone', text: partyOnly, options: { profile: 'publicity' }, errors: [{ at: '机关第一党支部2024年党建工作总结' }] },
    { name: 'rates of party life only', text: '中药饮片厂党支部“红色足迹”党建品牌创建方案\n一、创建目标\n2025年组织党员赴红色教育基地学习4次，党员参学率达到100%，党史知识测试合格率100%，每名党员撰写学习体会2篇。', errors: [{ at: '中药饮片厂党支部“红色足迹”党建品牌创建方案' }] },
    { name: 'party life made more effective is no business', text: '抓实组织生活 锻造过硬支部\n——××馆机关第二党支部经验交流材料\n近年来，支部以规范化建设为抓手，推动组织生活提质增效。一、坚持理论学习常态化\n支部每月开展集中学习不少于1次，全年组织集中学习14次、专题研讨5次。\n二、坚持组织生活规范化\n支部严格落实“三会一课”制度，全年召开支委会12次、党员大会4次。', errors: [{ at: '抓实组织生活 锻造过硬支部' }] },
    { name: 'a pass rate of study notes measures party work', text: '种业第二党支部2024年度党建工作总结\n一、主要做法\n支部按月召开支部党员大会12次，为每名党员建立学习档案，人均完成线上学习课程32学时。\n二、取得成效\n党员学习笔记抽查合格率100%。', errors: [{ at: '种业第二党支部2024年度党建工作总结' }] },
    { name: 'a business word only in the unit\'s name (the title)', text: '市烟草专卖局机关第二党支部2024年工作总结\n一、主要做法\n支部严格落实“三会一课”和主题党日制度，全年召开支部委员会12次，组织党员赴革命纪念馆开展现场教学2次，发展党员1名。\n二、取得成效\n全年党费按时足额收缴率100%。', errors: [{ at: '市烟草专卖局机关第二党支部2024年工作总结' }] },
    { name: 'the quality of party meetings is no business', text: '区机关第二党支部2024年党建工作总结\n一、主要做法\n支部每月开展主题党日，严格落实“三会一课”，组织生活质量明显提高，全年集中学习12次。', errors: [{ at: '区机关第二党支部2024年党建工作总结' }] },{ text: partyOnly, errors: [{ at: '机关第一党支部2024年党建工作总结', reason: '两张皮' }] }],
});

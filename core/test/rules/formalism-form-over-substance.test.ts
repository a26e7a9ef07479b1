import { tester } from '../tester.js';

tester('formalism/form-over-substance', {
  valid: [
    { name: 'calls through the sign are an outcome', text: '2025年2月底前完成品牌LOGO和窗口标识设计，标识公开2名党员联系人电话；试运行期间，企业通过标识电话求助37次，均在当日答复。' },
    { name: 'counting the boards does not hide the outcome', text: '支部制作展板3块，全年接待参观职工600余人次，收集合理化建议45条。' },
    '支部确定品牌名称后，围绕设备检修设立4个党员责任区，全年减少非计划停机26小时，节约维修费用18万元。',
    '支部设计了品牌LOGO，制作了宣传展板。品牌推出后，职工满意度由82%提升至95%。',
    { name: 'criticism of face projects', text: '一些单位花费大量精力构思品牌命名、设计精美LOGO，搞“面子工程”。' },
    '利用宣传栏、公众号等阵地宣传品牌，营造良好氛围。',
  ],
  invalid: [
    { name: 'a count of a slogan’s characters is no outcome', text: '支部以“平安出行”为品牌口号，在候车大厅布置了一面文化墙，墙上“安全第一、服务至上”八个大字十分醒目。', errors: [{ at: '品牌口号，在候车大厅布置了一面文化墙' }] },
    { name: 'a sum spent in a clause of its own before the form items', text: '中队党支部今年投入2万余元，更换了活动室门牌和标语，新建一面品牌展示墙，营造了浓厚氛围。', errors: [{ at: '标语，新建一面品牌展示墙，营造了浓厚氛围' }] },
    { name: 'plaques counted are form items', text: '支部统一制作了品牌标识、党员徽章和工作牌，在各景点游客中心悬挂品牌牌匾9块，营造了浓厚的党建氛围。', errors: [{ at: '标识、党员徽章和工作牌，在各景点游客中心悬挂品牌牌匾9块，营造了浓厚的党建氛围' }] },
    { name: 'the money spent on the boards is no outcome', text: '党支部投入4.6万元制作品牌宣传展板、灯箱和形象墙，营造了浓厚的创建氛围。', errors: [{ at: '展板、灯箱和形象墙，营造了浓厚的创建氛围' }] },
    { name: 'the ships a logo went up in are no outcome', text: '支部统一设计了船队党建标识，在4艘船的驾驶台和餐厅张贴了党员承诺牌和宣传标语，营造了良好氛围。', errors: [{ at: '标识，在4艘船的驾驶台和餐厅张贴了党员承诺牌和宣传标语，营造了良好氛围' }] },
    { name: 'honours handed out at a launch are no outcome', text: '现场，品牌LOGO和主题口号正式亮相，崭新的党建文化墙和宣传展板布置一新。仪式上，管理处向3名优秀党员颁发了荣誉证书。', errors: [{ at: 'LOGO和主题口号正式亮相，崭新的党建文化墙和宣传展板' }] },
    { name: 'a launch ceremony held with pomp and watched', text: '9月12日上午，市外国语学校“双语讲党史”党建品牌启动仪式在学校报告厅隆重举行，全校师生通过直播观看了仪式。', errors: [{ at: '启动仪式在学校报告厅隆重举行' }] },
    { name: 'murals and branded gifts with no outcome', text: '为打造“童心向党”品牌，幼儿园党支部在走廊和楼梯间绘制了主题墙绘，定制了印有品牌标识的文创礼品，营造了浓厚的红色氛围。', errors: [{ at: '墙绘，定制了印有品牌标识的文创礼品，营造了浓厚的红色氛围' }] },
    { name: 'the length of a gallery is no outcome', text: '文化长廊全长60米，共设置展板36块、灯箱8个，营造了浓厚的党建氛围。', errors: [{ at: '文化长廊全长60米，共设置展板36块、灯箱8个，营造了浓厚的党建氛围' }] },
    { name: 'the picture on a logo is no outcome', text: '仪式上，书记介绍了品牌名称、LOGO和品牌口号的设计理念。品牌LOGO以一颗红心托起一棵小苗为主体。', errors: [{ at: '品牌名称、LOGO和品牌口号的设计理念。品牌LOGO' }] },
    { name: 'the branches given a flag are no outcome', text: '仪式上，集团党委发布了品牌LOGO、品牌口号和品牌主题曲，为10个基层党支部授予了品牌旗帜。', errors: [{ at: 'LOGO、品牌口号和品牌主题曲，为10个基层党支部授予了品牌旗帜' }] },
    { name: 'the floor the display stands on is no outcome', text: '2024年3月，支部在园区综合楼一层建成了党群服务中心，设计了品牌标识，制作了品牌文化墙和宣传展板，营造了浓厚的党建氛围。', errors: [{ at: '标识，制作了品牌文化墙和宣传展板，营造了浓厚的党建氛围' }] },
    { name: 'one wall and printed leaflets are counts of form items', text: '支部完成品牌名称和LOGO设计，建设1面品牌文化墙，制作宣传折页500份。', errors: [{ at: '品牌名称和LOGO设计，建设1面品牌文化墙，制作宣传折页' }] },
    { name: 'the size of a hall is no outcome', text: '支部设计了品牌标识和吉祥物，布置了200平方米的党建展厅，并举行了揭牌仪式。', errors: [{ at: '标识和吉祥物，布置了200平方米的党建展厅，并举行了揭牌仪式' }] },
    { name: 'printed copies are no outcome', text: '支部新建了品牌展示墙，印制品牌宣传手册300册，营造了浓厚氛围。', errors: [{ at: '展示墙，印制品牌宣传手册300册，营造了浓厚氛围' }] },
    { name: 'counts of the form items are no outcome', text: '支部印制宣传标语30余条，统一制作了党员桌牌，营造了浓厚氛围。', errors: [{ at: '宣传标语30余条，统一制作了党员桌牌，营造了浓厚氛围' }] },
    { name: 'a count right after a form word', text: '支部拍摄品牌宣传片一部，创建氛围日益浓厚。', errors: [{ at: '宣传片一部，创建氛围' }] },
    {
      text: '今年以来，支部精心设计了品牌LOGO，确定了品牌口号，制作了宣传展板和文化墙，举行了隆重的品牌启动仪式，营造了浓厚氛围。',
      errors: [{ at: 'LOGO，确定了品牌口号，制作了宣传展板和文化墙，举行了隆重的品牌启动仪式，营造了浓厚氛围', reason: '重形式轻实效' }],
    },
    { text: '车间举行揭牌仪式，悬挂品牌标识。', errors: [{ at: '揭牌仪式，悬挂品牌标识' }] },
    { name: 'the audience of the launch is no outcome', text: '支部为品牌设计了LOGO和吉祥物，布置了文化长廊。品牌发布会上，师生200余人到场，现场气氛热烈。', errors: [{ at: 'LOGO和吉祥物，布置了文化长廊。品牌发布会' }] },
  ],
});

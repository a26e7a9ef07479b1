import { tester } from '../tester.js';

tester('brand/homogeneous-name', {
  valid: [
    { name: 'a name in the field built on the unit’s own work', text: '品牌名称：“准点18路”\n品牌名称：夜巡听漏' },
    '检修班组党支部创建“精检匠修”党建品牌，名称取自班组设备检修主业。',
    '机关第三党支部打造“政策通”品牌。',
    '支部开展“红色引擎”主题演讲比赛。',
  ],
  invalid: [
    { name: 'a name in a form’s 品牌名称 field, quoted or not', text: '品牌名称：“红色引擎”\n申报单位：变电运维班党支部', errors: [{ at: '红色引擎' }] },
    { name: 'an unquoted name in the field, its note in brackets after it', text: '品牌名称：初心领航（2024年启用）', errors: [{ at: '初心领航' }] },
    { name: 'a name of overused morphemes with 行', text: '村党总支创建“党旗红·先锋行”党建品牌。', errors: [{ at: '党旗红·先锋行' }] },
    { name: 'two names in a run before 两个党建品牌', text: '车务段党委先后打造了“旗帜领航”“灯塔引擎”两个党建品牌。', errors: [{ at: '旗帜领航' }, { at: '灯塔引擎' }] },
    { name: 'a filling station of the heart (初心加油站)', text: '机关第四党支部打造“初心加油站”党建品牌。', errors: [{ at: '初心加油站' }] },
    { name: 'a name of overused morphemes with a Latin e (红色e家)', text: '支部拟培育“红色e家”党建品牌，意在把支部建成党员温馨的家。', options: { profile: 'plan' }, errors: [{ at: '红色e家' }] },
    { name: '引领 is worn out too', text: '机关党支部创建“先锋引领”党建品牌。', errors: [{ at: '先锋引领' }] },
    { text: '第三党支部着力打造“红色引擎”党建品牌，以品牌创建带动各项工作。', errors: [{ at: '红色引擎', reason: '同质化' }] },
    { text: '机关党支部创建“先锋堡垒”党建品牌。', errors: [{ at: '先锋堡垒' }] },
    { name: 'once per name', text: '支部打造“初心领航”品牌。“初心领航”品牌已初见成效。', errors: [{ at: '初心领航' }] },
  ],
});

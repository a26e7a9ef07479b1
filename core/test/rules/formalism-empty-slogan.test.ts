import { tester } from '../tester.js';

tester('formalism/empty-slogan', {
  valid: [
    { name: 'a run-in title names the task its paragraph states', text: '一是全面提升服务水平。由综合科负责，2025年6月底前完成3项窗口改造。' },
    { name: 'a year as a span is a time node', text: '力争用一年时间切实加强支部阵地建设，全面提升服务能力。' },
    '支部高度重视安全生产，2025年第一季度组织开展隐患排查12次，整改隐患37项，整改率100%。',
    '由组织委员负责，切实加强党员积分管理，每季度公布1次积分排名。',
    '今年支部开展理论学习、技能比武、安全巡查、帮扶走访四类活动，全年累计组织46场。',
    { name: 'a sentence that criticises slogans', text: '一些支部存在形式主义倾向，文稿中充斥“高度重视”“切实加强”等套话。' },
    { name: 'one stock phrase in a long concrete sentence', text: '全面落实“三会一课”制度，第二党支部全年召开支部党员大会4次、支委会12次。' },
  ],
  invalid: [
    { name: 'stock phrases around a slogan stack', text: '下一步，支部将继续守正创新、踔厉奋发、勇毅前行，切实加强老干部党员的教育管理，大力推进支部规范化建设。', errors: [{ at: '切实加强老干部党员的教育管理，大力推进' }] },
    { name: 'a Markdown list item is no heading', text: '**下一步工作方向**\n\n- 进一步加强思想政治引领，不断增强党组织的凝聚力和号召力\n- 积极推动党建工作与中心工作同频共振', options: { format: 'markdown' }, errors: [{ at: '进一步加强思想政治引领，不断增强' }] },
    { name: 'new stock phrases', text: '我们将坚持以党建引领保教工作，不断丰富活动载体，持续擦亮品牌底色。', errors: [{ at: '不断丰富活动载体，持续擦亮品牌底色' }] },
    { name: 'stock phrases after a stance and a mass word', text: '支部要始终坚持以读者为中心，不断提升服务质量，全面增强品牌吸引力。', errors: [{ at: '不断提升服务质量，全面增强' }] },
    { name: 'a stronger push with no content', text: '支部要进一步加大工作力度，确保品牌创建取得更大成效。', errors: [{ at: '进一步加大工作力度，确保品牌创建取得更大成效' }] },
    { name: 'service with heart, and no figure', text: '所党支部积极开展各类便民利民活动，用心用情解决边民群众急难愁盼问题。', errors: [{ at: '积极开展各类便民利民活动，用心用情' }] },
    { name: '每一位 means every one and counts nothing', text: '下一步，我们将继续坚持党建引领，不断提升养老服务水平，让每一位老人都能安享晚年。', errors: [{ at: '坚持党建引领，不断提升' }] },
    { name: 'the closing call of a notice', text: '三、工作要求\n各支部要高度重视，认真组织，确保考评工作取得实效。', errors: [{ at: '高度重视，认真组织' }] },
    { name: 'the closing pledge of a personal report', text: '总之，我将以更加饱满的热情、更加务实的作风，推动支部各项工作再上新台阶。', errors: [{ at: '饱满的热情、更加务实的作风，推动支部各项工作再上新台阶' }] },
    { name: 'greater results as the only target', text: '村党支部将继续坚持党建引领，持续发展壮大村集体经济，推动乡村振兴取得更大成效。', errors: [{ at: '坚持党建引领，持续发展壮大村集体经济，推动乡村振兴取得更大成效' }] },
    { name: '新的一年 is no time node', text: '新的一年，我们要切实加强组织建设，全面提升服务水平。', errors: [{ at: '切实加强组织建设，全面提升' }] },
    { text: '我们要高度重视党建品牌创建工作，切实加强组织领导，不断提升工作水平。', errors: [{ at: '高度重视党建品牌创建工作，切实加强组织领导，不断提升工作水平', reason: '空话套话' }] },
    { text: '下一步，支部将积极探索党建与业务深度融合的新路径，全面提升党建品牌影响力。', errors: [{ at: '积极探索党建与业务深度融合的新路径，全面提升' }] },
    { text: '下一步，我们将继续努力，争取取得更大成绩。', errors: [{ at: '继续努力，争取取得更大成绩' }] },
    { name: 'the stock phrases of a closing call', text: '各社区党组织要高度重视，加强领导，精心组织，确保品牌创建工作取得实效。', errors: [{ at: '高度重视，加强领导，精心组织' }] },
    { name: 'a closing pledge', text: '下一步，社区党委将继续发挥党建引领作用，为建设幸福美好家园作出新的更大贡献。', errors: [{ at: '继续发挥党建引领作用，为建设幸福美好家园作出新的更大贡献' }] },
    { name: 'a pledge of higher standards', text: '我们将以更高标准、更严要求，不断推动品牌创建工作再上新台阶。', errors: [{ at: '更高标准、更严要求，不断推动品牌创建工作再上新台阶' }] },
    { name: 'the items of a list after its introduction', text: '下一步，党委将着力做好以下工作：一是切实加强政治机关建设；二是全面提升把关服务水平。', errors: [{ at: '切实加强' }, { at: '全面提升' }] },
    { name: 'one stock phrase that is most of the sentence', text: '全体党员要再接再厉。', errors: [{ at: '再接再厉' }] },
    {
      name: 'phrases far apart: only the first is underlined',
      text: '要认真贯彻上级党组织关于加强和改进新时代基层党建工作的各项部署要求，结合本单位实际情况和党员队伍特点，全面提升工作质量。',
      errors: [{ at: '认真贯彻' }],
    },
  ],
});

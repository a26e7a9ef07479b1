/** Chinese names of presets and profiles for the options page. */
export const PRESET_NAMES_OPT: Record<string, string> = { summary: '支部书记（工作总结）', publicity: '宣传干部（宣传稿）', submission: '评审（申报材料）' };
export const PROFILE_NAMES_OPT: Record<string, string> = { auto: '自动判断', plan: '创建方案', summary: '工作总结', publicity: '宣传稿', assessment: '考核办法' };

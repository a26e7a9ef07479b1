/**
 * Generated drafts for benchmarks: realistic plan/summary paragraphs (headings,
 * measures with and without owners and dates, slogans, figures), varied so
 * that no two paragraphs are identical. Deterministic for a given size.
 */

const OPENERS = ['支部', '第二党支部', '运输车间党支部', '我们', '机关党支部', '检修班组党支部'];
const ACTIONS = ['组建党员突击队', '建立检修质量台账', '开展职工需求调研', '设立党员责任区', '组织专题党课', '推行党员积分管理', '开展技能比武', '完善工作清单'];
const SLOGANS = ['要高度重视品牌创建工作，切实加强组织领导，不断提升工作水平。', '全体党员要凝心聚力、砥砺奋进、勇毅前行、再创佳绩。', '通过品牌创建，支部凝聚力战斗力显著增强，各项工作取得明显成效。'];

/** xorshift32: deterministic pseudo-random numbers in [0, 1) (drafts and test fixtures are reproducible). */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** A draft of about `bytes` bytes of UTF-8 (Chinese is 3 bytes a character). */
export function draft(bytes: number, seed = 1): string {
  const r = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const parts: string[] = ['运输车间党支部“精检匠修”党建品牌创建方案\n'];
  let size = parts[0].length * 3;
  let section = 0;
  const cn = '一二三四五六七八九十';
  while (size < bytes) {
    let p: string;
    const k = r();
    if (k < 0.08) p = `${cn[section++ % 10]}、${pick(['主要措施', '创建目标', '存在问题', '下一步打算', '考核评价', '取得成效'])}`;
    else if (k < 0.35) p = `（${cn[Math.floor(r() * 10)]}）${pick(ACTIONS)}。由${pick(['组织委员', '支部书记', '宣传委员'])}负责，${2025 + Math.floor(r() * 2)}年${1 + Math.floor(r() * 12)}月底前${pick(ACTIONS)}，完成${1 + Math.floor(r() * 30)}项任务。`;
    else if (k < 0.55) p = `${pick(OPENERS)}将尽快${pick(ACTIONS)}，近期完成${pick(ACTIONS)}，进一步拓宽宣传渠道，提升品牌知名度。`;
    else if (k < 0.7) p = pick(SLOGANS);
    else p = `全年${pick(OPENERS)}${pick(ACTIONS)}${Math.floor(r() * 90) + 10}次，参与职工${Math.floor(r() * 2000)}人次，机车故障率同比下降${Math.floor(r() * 30)}%，节约费用${Math.floor(r() * 50)}万元。`;
    parts.push(p + '\n');
    size += p.length * 3 + 1;
  }
  return parts.join('');
}

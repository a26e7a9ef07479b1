import { check } from '@redline/core';
import { describe, expect, it } from 'vitest';
import { buildTextMap, locate, offsetOf, toRange, type TextMap } from '../lib/text-map';

function dom(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

/** Every mapped character equals the DOM character it points to. */
function assertConsistent(map: TextMap) {
  for (const s of map.segments) {
    for (let k = 0; k < s.length; k++) {
      const t = map.text[s.start + k];
      const n = s.node.data[s.nodeStart + k];
      // Collapsed white space maps a space to a newline/tab in the node.
      expect(t === n || (t === ' ' && /\s/.test(n)), `${JSON.stringify(t)} vs ${JSON.stringify(n)}`).toBe(true);
    }
  }
}

describe('buildTextMap', () => {
  it('joins Chinese split across many inline nodes without separators', () => {
    const el = dom('<p>支部<span>将</span><b>尽</b><i>快</i>组建<span><span>党员</span>服务队</span>，近期完成职工需求调研。</p>');
    const map = buildTextMap(el);
    expect(map.text).toBe('支部将尽快组建党员服务队，近期完成职工需求调研。');
    assertConsistent(map);
    expect(map.segments.length).toBe(8);
  });

  it('gives one newline per block boundary, none leading or trailing', () => {
    const el = dom('<h2>一、工作目标</h2><div><p>甲。</p><ul><li>乙</li><li>丙</li></ul></div><p>丁</p>');
    expect(buildTextMap(el).text).toBe('一、工作目标\n甲。\n乙\n丙\n丁');
  });

  it('treats <br> as a newline except the last one of a block', () => {
    expect(buildTextMap(dom('<p>甲<br>乙</p>')).text).toBe('甲\n乙');
    expect(buildTextMap(dom('<p>甲<br></p><p>乙</p>')).text).toBe('甲\n乙');
    expect(buildTextMap(dom('<p>甲</p><p><br></p><p>乙</p>')).text).toBe('甲\n\n乙');
    expect(buildTextMap(dom('<p>甲<br><br>乙</p>')).text).toBe('甲\n\n乙');
    expect(buildTextMap(dom('甲<br>乙<br>')).text).toBe('甲\n乙');
  });

  it('collapses source white space between and inside blocks, keeps it in <pre>', () => {
    const el = dom('\n  <p>\n    党支部  要\n    落实。\n  </p>\n  <p>下一步</p>\n<pre>甲\n  乙</pre>');
    const map = buildTextMap(el);
    expect(map.text).toBe('党支部 要 落实。 \n下一步\n甲\n  乙');
    assertConsistent(map);
  });

  it('drops zero-width fillers and skipped elements', () => {
    const el = dom('<p>党建\u2060品牌<script>x=1</script><style>p{}</style></p><p hidden>隐藏</p><p>\u200b<img alt="图">创建<span data-redline-ignore>界面</span></p>');
    const map = buildTextMap(el);
    expect(map.text).toBe('党建品牌\n创建');
    assertConsistent(map);
  });

  it('maps offsets to DOM points and back (round trip over every offset)', () => {
    const el = dom('<p>支部<b>将尽</b>快</p><p>近<i>期</i><br>完成</p>');
    const map = buildTextMap(el);
    expect(map.text).toBe('支部将尽快\n近期\n完成');
    for (let i = 0; i <= map.text.length; i++) {
      const p = locate(map, i, 'forward')!;
      const back = offsetOf(map, p.node, p.offset);
      // Synthetic newlines map forward to the next run's start.
      const expected = map.text[i] === '\n' ? i + 1 : i;
      expect(back, `offset ${i}`).toBe(expected);
    }
  });

  it('builds ranges whose text is the words at the offsets, across nodes and blocks', () => {
    const el = dom('<p>支部<b>将尽</b>快组建</p><p>近<i>期</i>完成</p>');
    const map = buildTextMap(el);
    const at = (a: number, b: number) => toRange(map, a, b)!.toString();
    expect(at(3, 5)).toBe('尽快');
    expect(at(2, 6)).toBe('将尽快组');
    expect(at(map.text.indexOf('近期'), map.text.indexOf('近期') + 2)).toBe('近期');
    // A range over a block boundary covers both sides (the newline is not in the DOM).
    expect(at(6, 9).replace(/\s/g, '')).toBe('建近');
  });

  it('maps element-level DOM points (caret before a child) to text offsets', () => {
    const el = dom('<p>甲乙</p><p><b>丙</b>丁</p>');
    const map = buildTextMap(el);
    const p2 = el.children[1];
    expect(offsetOf(map, p2, 0)).toBe(3);
    expect(offsetOf(map, p2, 1)).toBe(4);
    expect(offsetOf(map, p2, 2)).toBe(5);
    expect(offsetOf(map, el, 0)).toBe(0);
  });

  it('handles a long draft split into one node per character', () => {
    const chars = '我们要高度重视党建品牌创建工作，切实加强组织领导，不断提升工作水平。'.repeat(30);
    const el = dom(`<p>${[...chars].map((c) => `<span>${c}</span>`).join('')}</p>`);
    const map = buildTextMap(el);
    expect(map.text).toBe(chars);
    expect(map.segments.length).toBe(chars.length);
    const i = chars.indexOf('切实加强', 500);
    expect(toRange(map, i, i + 4)!.toString()).toBe('切实加强');
  });

  it('places core findings on the right DOM words (end to end through the core)', () => {
    const el = dom('<p><span>支部将</span>尽<span>快组建党员服务队</span>，<b>近</b>期完成职工需求调研。</p>');
    const map = buildTextMap(el);
    const { messages } = check(map.text, { format: 'text' });
    const vague = messages.filter((m) => m.ruleId === 'measure/vague-timeframe');
    expect(vague.map((m) => m.actual)).toEqual(['尽快', '近期']);
    for (const m of vague) {
      expect(toRange(map, m.place.start.offset!, m.place.end.offset!)!.toString()).toBe(m.actual);
      expect(m.expected.some((e) => e.includes('【'))).toBe(true);
    }
  });
});

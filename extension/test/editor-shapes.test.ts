/**
 * The DOM shapes each editor kind produces (copied from what the real
 * editors render), mapped to text and back: fillers, bogus <br>s, cursor
 * spans, separators and whitespace between blocks must not reach the core
 * or shift offsets.
 */
import { describe, expect, it } from 'vitest';
import { buildTextMap, toRange } from '../lib/text-map';

const DRAFT = '支部将尽快组建党员服务队，近期完成职工需求调研。';

function mapOf(html: string, root = 'div') {
  const el = document.createElement(root);
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return buildTextMap(el);
}

function expectWords(html: string, text: string) {
  const map = mapOf(html);
  expect(map.text).toBe(text);
  for (const w of ['尽快', '近期']) {
    const i = map.text.indexOf(w);
    // The range covers the DOM between the words' ends, fillers included.
    expect(toRange(map, i, i + 2)!.toString().replace(/[\u200b\u2060\ufeff]/g, '')).toBe(w);
  }
}

describe('editor DOM shapes', () => {
  it('CKEditor 5: inline filler U+2060 and filler <br>', () => {
    expectWords(`<p>支部将尽\u2060快组建党员服务队，近期完成职工需求调研。</p><p><br data-cke-filler="true"></p><p>第二段</p>`, `${DRAFT}\n\n第二段`);
  });
  it('Quill 2: empty lines as <p><br></p> and the cursor blot with U+FEFF', () => {
    expectWords(`<p>支部将<span class="ql-cursor">\ufeff</span>尽快组建党员服务队，近期完成职工需求调研。</p><p><br></p><p>第二段</p>`, `${DRAFT}\n\n第二段`);
  });
  it('ProseMirror: trailing break and separator image', () => {
    expectWords(`<p>${DRAFT}<img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p><p>第二段</p>`, `${DRAFT}\n第二段`);
  });
  it('TinyMCE: bogus <br> and &nbsp;', () => {
    expectWords(`<p>支部将<strong>尽快</strong>组建党员服务队，近期完成职工需求调研。</p><p>&nbsp;</p><p>第二段<br data-mce-bogus="1"></p>`, `${DRAFT}\n\u00a0\n第二段`);
  });
  it('KindEditor / UEditor bodies: source white space between blocks, spans per run, bookmark ZWSP', () => {
    const map = mapOf(`\n  <p>\n    支部将<span style="color:red">尽</span><span>快</span>组建党员服务队，\u200b近期完成职工需求调研。\n  </p>\n  <p>第二段</p>\n`, 'body');
    expect(map.text).toBe(`${DRAFT} \n第二段`);
    const i = map.text.indexOf('尽快');
    expect(toRange(map, i, i + 2)!.toString()).toBe('尽快');
  });
  it('designMode document body with divs and <br> lines (UEditor paste)', () => {
    expectWords(`<div>支部将尽快组建党员服务队，<br>近期完成职工需求调研。</div><div><br></div><div>第二段</div>`, `支部将尽快组建党员服务队，\n近期完成职工需求调研。\n\n第二段`);
  });
  it('lists and tables become lines', () => {
    expect(mapOf('<ol><li>甲</li><li>乙</li></ol><table><tr><td>丙</td><td>丁</td></tr></table>').text).toBe('甲\n乙\n丙\n丁');
  });
});

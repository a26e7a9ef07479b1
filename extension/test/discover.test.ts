import { describe, expect, it } from 'vitest';
import { editingHostOf, editorKind, findEditors, isEditingHost } from '../lib/discover';

describe('editor discovery', () => {
  it('finds textareas and contenteditable hosts, skipping opted-out fields', () => {
    document.body.innerHTML = `
      <textarea id="a"></textarea>
      <textarea id="b" spellcheck="false"></textarea>
      <div data-redline="off"><textarea id="c"></textarea></div>
      <textarea id="d" readonly></textarea>
      <input id="e" type="password"><input id="f" type="search">
      <div id="g" contenteditable="true"><p contenteditable="false">x</p><p>甲</p></div>
      <div contenteditable="false"><div id="h" contenteditable="true">乙</div></div>
      <div id="i" contenteditable="true" spellcheck="false">丙</div>`;
    const ids = findEditors(document).map((x) => `${x.el.id}:${x.kind}`);
    expect(ids).toEqual(['a:textarea', 'g:contenteditable', 'h:contenteditable']);
  });
  it('keeps rich-text editor roots whose spellcheck="false" is the editor default (TinyMCE, Quill, CKEditor 5)', () => {
    document.body.innerHTML = `
      <div id="mce" class="mce-content-body" contenteditable="true" spellcheck="false">甲</div>
      <div id="ql" class="ql-editor" contenteditable="true" spellcheck="false">乙</div>
      <div id="plain" contenteditable="true" spellcheck="false">丙</div>
      <div id="off" class="ql-editor" contenteditable="true" data-redline="off">丁</div>
      <textarea id="hidden" style="display:none"></textarea>`;
    expect(findEditors(document).map((x) => x.el.id)).toEqual(['mce', 'ql']);
  });
  it('skips narrow single-line inputs (no layout in happy-dom → width 0)', () => {
    document.body.innerHTML = '<input id="t" type="text">';
    expect(editorKind(document.getElementById('t')!)).toBeNull();
  });
  it('finds the editing host of a nested node', () => {
    document.body.innerHTML = '<div id="g" contenteditable="true"><p><b id="x">甲</b></p></div>';
    const x = document.getElementById('x')!;
    expect(editingHostOf(x.firstChild)?.id).toBe('g');
    expect(isEditingHost(x)).toBe(false);
  });
});

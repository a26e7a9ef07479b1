// ProseMirror page: the editor the WeChat Official Account backend uses today (inside #ueditor_0).
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

const state = EditorState.create({
  schema,
  plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
});
const view = new EditorView(document.querySelector('#ueditor_0')!, { state });
(window as unknown as Record<string, unknown>).pmView = view;
(window as unknown as Record<string, unknown>).editorApi = {
  text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  ready: () => true,
};

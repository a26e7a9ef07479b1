/**
 * Content script: runs in every frame, including about:blank, srcdoc and
 * `javascript:` iframes (matchAboutBlank + matchOriginAsFallback), so the
 * iframe editors of UEditor, KindEditor and TinyMCE are reached from inside
 * their own frame. All work is in {@link Controller}.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Controller } from '../lib/controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    const controller = new Controller(document);
    void controller.start();
    ctx.onInvalidated(() => controller.dispose());
    // Exposed for the E2E tests and the benchmark through the isolated world (never to the page).
    (globalThis as unknown as { __redline?: Controller }).__redline = controller;
  },
});

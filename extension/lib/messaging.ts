/**
 * Thin typed wrappers over `runtime.sendMessage` / `tabs.sendMessage`.
 * Listeners answer through `sendResponse` (works in Chrome and Firefox alike).
 */
import { browser } from 'wxt/browser';
import type { ContentRequest, Request, ResponseMap } from './protocol';

/**
 * Sends `req` to the background and resolves with its typed response.
 * @throws Error when the background is unreachable (e.g. the extension was reloaded)
 */
export async function send<R extends Request>(req: R): Promise<ResponseMap[R['type']]> {
  const res = (await browser.runtime.sendMessage(req)) as { ok: boolean; value?: unknown; error?: string } | undefined;
  if (!res || !res.ok) throw new Error(res?.error ?? 'Redline 后台无响应');
  return res.value as ResponseMap[R['type']];
}

/** Sends a request to the content script of one frame of a tab; resolves with its answer (undefined when none). */
export async function sendToFrame(tabId: number, frameId: number, req: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, req, { frameId });
}

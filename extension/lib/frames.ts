/**
 * Where to draw UI for an editor that lives in an iframe: the top-most
 * same-origin ancestor document (about:blank, srcdoc and `javascript:`
 * iframes of UEditor/KindEditor/TinyMCE are same-origin with their parent),
 * so a hover card is never inserted into the editor's own document. Rects are
 * converted from the editor frame's viewport to that document's viewport.
 */

/** The UI document for `doc` and the offset of `doc`'s viewport inside it (CSS px). */
export interface UiPlace {
  doc: Document;
  dx: number;
  dy: number;
}

/** The top-most same-origin ancestor document of `doc`, with the viewport offset. Never throws. */
export function uiPlaceFor(doc: Document): UiPlace {
  let dx = 0;
  let dy = 0;
  let win: Window | null = doc.defaultView;
  let place: UiPlace = { doc, dx, dy };
  while (win && win !== win.parent) {
    let frame: Element | null = null;
    let parentDoc: Document | null = null;
    try {
      frame = win.frameElement;
      parentDoc = win.parent.document;
    } catch {
      break;
    }
    if (!frame || !parentDoc) break;
    const r = frame.getBoundingClientRect();
    const f = frame as HTMLElement;
    const cs = parentDoc.defaultView?.getComputedStyle(f);
    const padL = cs ? parseFloat(cs.paddingLeft) || 0 : 0;
    const padT = cs ? parseFloat(cs.paddingTop) || 0 : 0;
    dx += r.left + (f.clientLeft || 0) + padL;
    dy += r.top + (f.clientTop || 0) + padT;
    win = win.parent;
    place = { doc: parentDoc, dx, dy };
  }
  return place;
}

/** `r` moved by the place's offset. */
export function toUi(r: DOMRect, p: UiPlace): DOMRect {
  return new DOMRect(r.left + p.dx, r.top + p.dy, r.width, r.height);
}

'use client';
/**
 * The frame's side of "Download PowerPoint" (figureMessages.ts): on a briefing slide, a `figure`
 * request from the deck is answered with the view's figure, rendered by the export pipeline
 * (`slideImage`: the frame without its title and footer, at 2× a 1920 × 1080 slide's density) from
 * the view this document's Export menu registered (components/export/figureTargets.ts). The PNG's
 * bytes go back as a transferred ArrayBuffer; a failure goes back as the key of the Export menu's
 * status message and its arguments (the deck words it in its language). The export code loads
 * on the first request. Does nothing on the dashboard or when the embed is opened on its own.
 */
import { useEffect } from 'react';
import { whenFigureTarget } from '@/components/export/figureTargets';
import { isSlideLayout } from './embedLayout';
import { figureError, figureImage, parseFigureMessage, type FigureErrorParams, type FigureReply, type FigureRequest } from './figureMessages';

/** How long a view may take to register (the map's Export menu mounts once the map is drawn). */
const TARGET_WAIT_MS = 20_000;

/** An export error as the Export menu's status key and arguments (`unreadable`, `{ width, height, min }`). */
function errorReason(error: unknown): { reason: string; params: FigureErrorParams } {
  if (error instanceof Error && 'reason' in error && typeof error.reason === 'string') {
    const params: Record<string, string | number> = {};
    if ('params' in error && typeof error.params === 'object' && error.params !== null) {
      for (const [key, value] of Object.entries(error.params)) if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
    return { reason: error.reason, params };
  }
  return { reason: 'error', params: { reason: error instanceof Error ? error.message : String(error) } };
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function answer(request: FigureRequest): Promise<{ reply: FigureReply; transfer: Transferable[] }> {
  const { chart, id } = request;
  try {
    const target = await whenFigureTarget(TARGET_WAIT_MS);
    if (!target) return { reply: figureError(chart, id, 'noTarget'), transfer: [] };
    // Whatever the view was still laying out (fonts, the map's first draw) settles first.
    await document.fonts.ready;
    await nextFrame();
    await nextFrame();
    const { slideImage } = await import('@/components/export/pptx/downloadPptx');
    const image = await slideImage(target, { title: request.title, sourceLine: request.sourceLine });
    if (typeof image.png === 'string') return { reply: figureError(chart, id, 'noPlot'), transfer: [] };
    const png = new Uint8Array(image.png).buffer;
    const reply = figureImage(chart, id, { png, widthPx: image.widthPx, heightPx: image.heightPx, alt: image.alt ?? '', palette: image.palette });
    return { reply, transfer: [png] };
  } catch (error) {
    const { reason, params } = errorReason(error);
    return { reply: figureError(chart, id, reason, params), transfer: [] };
  }
}

export function useFigureAnswer(chart: string): void {
  useEffect(() => {
    if (window.parent === window || !isSlideLayout()) return;
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== window.parent) return;
      const m = parseFigureMessage(e.data);
      if (m?.kind !== 'figure' || m.chart !== chart) return;
      void answer(m).then(({ reply, transfer }) => window.parent.postMessage(reply, { targetOrigin: window.location.origin, transfer }));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [chart]);
}

'use client';
/**
 * A layout drawn for exports only (the `slide` layout, sizes.ts), kept out of the page until an
 * export at a slide size asks for it: the exporter's request (components/export/exportLayouts.ts)
 * reaches the view's `[data-export-target]`, this draws its children hidden under
 * `[data-export-only]`, and the export waits until they are on the page. Once drawn they stay (a
 * second export reuses them).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { EXPORT_LAYOUTS_EVENT, isExportLayoutsRequest } from '@/components/export/exportLayouts';

export function ExportOnly({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  const isDrawn = useRef(false);
  const waiting = useRef<(() => void)[]>([]);

  useEffect(() => {
    const root = ref.current?.closest('[data-export-target]');
    if (!root) return;
    const onRequest = (event: Event) => {
      if (!isExportLayoutsRequest(event)) return;
      event.detail.wait(
        new Promise<void>((resolve) => {
          if (isDrawn.current) resolve();
          else {
            waiting.current.push(resolve);
            setDrawn(true);
          }
        }),
      );
    };
    root.addEventListener(EXPORT_LAYOUTS_EVENT, onRequest);
    return () => root.removeEventListener(EXPORT_LAYOUTS_EVENT, onRequest);
  }, []);

  // After the commit that drew them: the layouts are in the DOM.
  useEffect(() => {
    if (!drawn) return;
    isDrawn.current = true;
    for (const resolve of waiting.current.splice(0)) resolve();
  }, [drawn]);

  return (
    <div ref={ref} hidden data-export-only="">
      {drawn ? children : null}
    </div>
  );
}

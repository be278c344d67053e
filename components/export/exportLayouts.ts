/**
 * Layouts drawn for exports only, on demand. A view may keep a layout for slides out of its page
 * (it is large, and rarely wanted) and draw it when an export asks: the exporter dispatches
 * `EXPORT_LAYOUTS_EVENT` on the export root (`[data-export-target]`) before it looks for plots, and
 * waits for every promise a listener hands to `detail.wait`. A listener mounts its layout inside
 * the root under a hidden `[data-export-only]` ancestor and resolves once it is on the page
 * (components/charts/shared/ChartBody.tsx). Without listeners nothing is waited for.
 */
export const EXPORT_LAYOUTS_EVENT = 'sco-export-layouts';

export interface ExportLayoutsDetail {
  /** Called by a listener with a promise that resolves once its layouts are in the DOM. */
  wait(drawn: Promise<unknown>): void;
}

/** Asks the view under `root` for its export-only layouts and resolves once they are drawn. */
export async function requestExportLayouts(root: EventTarget): Promise<void> {
  const pending: Promise<unknown>[] = [];
  root.dispatchEvent(new CustomEvent<ExportLayoutsDetail>(EXPORT_LAYOUTS_EVENT, { detail: { wait: (drawn) => void pending.push(drawn) } }));
  await Promise.all(pending);
}

/** Whether `event` is the exporter's request (and its `detail` can be used). */
export function isExportLayoutsRequest(event: Event): event is CustomEvent<ExportLayoutsDetail> {
  if (event.type !== EXPORT_LAYOUTS_EVENT || !(event instanceof CustomEvent)) return false;
  const detail: unknown = event.detail;
  return typeof detail === 'object' && detail !== null && 'wait' in detail && typeof detail.wait === 'function';
}
